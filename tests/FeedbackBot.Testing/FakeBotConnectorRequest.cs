using System.Text.Json;

namespace FeedbackBot.Testing;

/// <summary>One request the fake Connector received, as it arrived on the wire.</summary>
/// <param name="RawTarget">The request target exactly as sent, still percent-encoded (proves ids were escaped).</param>
/// <param name="ConversationId">The decoded <c>{conversationId}</c> path segment.</param>
/// <param name="ActivityId">The decoded <c>{activityId}</c> path segment.</param>
/// <param name="Authorization">The <c>Authorization</c> header, or null when none was sent.</param>
/// <param name="Body">The JSON body (an Activity or ConversationParameters), or null when empty.</param>
/// <param name="StatusCode">What the fake answered.</param>
public sealed record FakeBotConnectorRequest(
    string Method,
    string RawTarget,
    FakeBotConnectorOperation Operation,
    string? ConversationId,
    string? ActivityId,
    string? Authorization,
    string? ContentType,
    JsonElement? Body,
    int StatusCode)
{
    /// <summary>When the fake received it; a test reads the waits between retries from it.</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The activity carried: the body itself, or <c>activity</c> of a create-conversation body.</summary>
    public JsonElement? Activity => Operation == FakeBotConnectorOperation.CreateConversation
        ? Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("activity", out var activity) ? activity : null
        : Body;
}
