using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// The outbound half of the Activity protocol: the Bot Connector REST API v3, called at the
/// <c>serviceUrl</c> an inbound activity came from (PROTOCOLS.md 3.2). Transient failures are
/// retried inside the client; any other non-success answer surfaces as a
/// <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>: a new message in the conversation.</summary>
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    /// <summary>
    /// <c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>. The body's
    /// <c>replyToId</c> is set to <paramref name="replyToId"/> when empty; a different one is refused.
    /// </summary>
    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct);

    /// <summary>
    /// <c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: replaces an earlier bot
    /// message (PROTOCOLS.md 4.4). The body's <c>id</c> is set to <paramref name="activityId"/> when
    /// empty; a different one is refused.
    /// </summary>
    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>POST v3/conversations</c>: starts a proactive 1:1 chat or a channel thread (PROTOCOLS.md 3.4).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken ct);
}
