using System.Globalization;
using System.Resources;
using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Votes;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// The bot's chat answers that tell a user a turn was not taken, read from the bot's own resources
/// (English: the harness's users speak it), so a changed wording cannot turn a clear answer into
/// "silence". <see cref="TryAgain"/> asks the user to repeat; <see cref="Stopped"/> ends the dialog.
/// </summary>
internal static class ClearTexts
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly string[] TryAgain =
    [
        Text(new ResourceManager("FeedbackBot.Conversations.Localization.ConversationStrings", typeof(ConversationEngine).Assembly), "Engine.SaveFailed"),
        Text(new ResourceManager("FeedbackBot.Conversations.Localization.ConversationStrings", typeof(ConversationEngine).Assembly), "Engine.Busy"),
        Text(VoteTexts.Manager, VoteTexts.VoteSaveFailed),
        Text(new ResourceManager("FeedbackBot.Channels.Slack.Localization.SlackStrings", typeof(SlackEndpoints).Assembly), "Slack.Busy"),

        // "Sorry, I was interrupted while answering your last message …": another instance took over a
        // turn that had started on a killed one; the user sends it again if no answer came.
        Text(new ResourceManager("FeedbackBot.Channels.Slack.Journal.JournalStrings", typeof(SlackEndpoints).Assembly), "Slack.Journal.Interrupted"),

        // "Sorry, I couldn't post my reply here. Slack said: {0}.": what the bot says in Slack once a reply failed past its retries.
        Text(new ResourceManager("FeedbackBot.Channels.Slack.Localization.SlackStrings", typeof(SlackEndpoints).Assembly), "Slack.DeliveryFailed").Split("{0}")[0],
    ];

    private static readonly string Stopped =
        Text(new ResourceManager("FeedbackBot.Conversations.Localization.ConversationStrings", typeof(ConversationEngine).Assembly), "Engine.DialogFailed");

    /// <summary>What <paramref name="message"/> tells the user about their turn.</summary>
    public static ChatAnswer Classify(string message) =>
        TryAgain.Any(t => message.Contains(t, StringComparison.Ordinal)) ? ChatAnswer.TryAgain
        : message.Contains(Stopped, StringComparison.Ordinal) ? ChatAnswer.Stopped
        : ChatAnswer.Reply;

    private static string Text(ResourceManager resources, string key) =>
        resources.GetString(key, English) is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"The bot has no text {key}; the fault run's refusal texts are out of date.");
}

/// <summary>What a chat message means for the turn it answers.</summary>
internal enum ChatAnswer
{
    /// <summary>An answer to the turn.</summary>
    Reply,

    /// <summary>"Please try again": the turn was not taken, repeating it is the user's way on.</summary>
    TryAgain,

    /// <summary>The bot stopped the dialog, saying so.</summary>
    Stopped,
}
