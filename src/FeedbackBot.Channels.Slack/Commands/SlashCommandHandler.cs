using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Turns;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.Slack.Commands;

/// <summary>
/// Answers a verified slash command within Slack's 3 seconds (PROTOCOLS.md 6.2): it only
/// decides and journals the work (<see cref="SlackWorkAcceptor"/>), and the 200 goes back at once;
/// work that could not be journaled is answered "busy" instead. A registered command becomes the message
/// turn "<c>decision-check &lt;text&gt;</c>", which the root router starts the dialog from. Replies are
/// private to the user, as Slack's own default for commands is.
/// </summary>
internal sealed class SlashCommandHandler(
    RegisteredDialogCommands registered,
    SlackWorkAcceptor acceptor,
    SlackUserLocales locales,
    TimeProvider time)
{
    public async Task<IResult> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        var word = SlashCommands.Word(command.Command);
        var culture = SupportedCultures.Resolve(locales.Cached(command.TeamId, command.UserId));
        if (!SlashCommands.IsKnown(word))
        {
            var ours = string.Join(", ", SlashCommands.All.Select(c => "/" + c));
            return SlackAcks.Ephemeral(SlackTexts.Format(SlackTexts.CommandUnknown, culture, command.Command, ours));
        }

        var target = new SlackReplyTarget
        {
            TeamId = command.TeamId,
            UserId = command.UserId,
            ChannelId = command.ChannelId,
            Ephemeral = true,
            ResponseUrl = command.ResponseUrl,
            TriggerId = command.TriggerId,
            ReceivedAt = time.GetUtcNow(),
        };
        SlackWork work = registered.Contains(word)
            ? new TurnWork(Turn(command, word), target)
            : new NoticeWork(target, SlackTexts.CommandNotAvailable, ["/" + word]);

        return await acceptor.AcceptAsync(work, ct) == SlackAcceptance.Refused
            ? SlackAcks.Ephemeral(SlackTexts.Get(SlackTexts.Busy, culture))
            : Results.Ok();
    }

    private static ConversationTurn Turn(SlashCommand command, string word) => new()
    {
        Kind = TurnKind.Message,
        Conversation = SlackConversations.Key(command.ChannelId, threadTs: null),
        Tenant = command.TeamId,
        User = new ChatUser(command.UserId, null),
        Text = $"{word} {UserMentions.Readable(command.Text)}".Trim(),
        Mentions = UserMentions.Parse(command.Text),
        IsGroup = SlackConversations.IsGroup(command.ChannelId),
        RepliesArePrivate = true, // the reply target is ephemeral (see Handle)
    };
}
