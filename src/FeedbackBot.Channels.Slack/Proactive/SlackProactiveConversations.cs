using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Turns;
using FeedbackBot.Channels.Slack.WebApi;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Proactive;

/// <summary>
/// Proactive messages in Slack with the bot token: a direct message (the DM channel from
/// <c>conversations.open</c>, so the user's typed answer lands in the same conversation the
/// dialog waits in) or a post into a channel the bot is a member of.
/// </summary>
internal sealed class SlackProactiveConversations(ISlackWebApi api, SlackReplySinkFactory sinks, SlackUserLocales locales, TimeProvider time) : IProactiveConversations
{
    public string Channel => SlackConversations.Channel;

    public async Task<ProactiveConversation?> OpenDirectAsync(string tenant, string userId, CancellationToken ct)
    {
        var dm = await api.OpenDirectMessageAsync(userId, ct).ConfigureAwait(false);
        var locale = await locales.GetAsync(tenant, userId, ct).ConfigureAwait(false);
        return Open(tenant, userId, dm, locale);
    }

    public Task<ProactiveConversation?> OpenConversationAsync(string tenant, string conversationId, CancellationToken ct) =>
        Task.FromResult<ProactiveConversation?>(Open(tenant, "", conversationId, locale: null));

    private ProactiveConversation Open(string tenant, string userId, string channelId, string? locale)
    {
        var target = new SlackReplyTarget { TeamId = tenant, UserId = userId, ChannelId = channelId, ReceivedAt = time.GetUtcNow() };
        return new ProactiveConversation(
            SlackConversations.Key(channelId, null),
            sinks.Create(target, SupportedCultures.Resolve(locale)),
            new Conversations.Turns.ChatUser(userId, null),
            locale,
            SlackConversations.IsGroup(channelId));
    }
}
