using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Direct Line 3.0's <c>Conversation</c> (PROTOCOLS.md 5.1): the answer to token and conversation
/// calls. <c>expires_in</c> is snake_case on the wire, unlike every other name.
/// </summary>
public sealed class DirectLineConversationResponse
{
    public required string ConversationId { get; init; }

    public required string Token { get; init; }

    [JsonPropertyName("expires_in")]
    public required int ExpiresIn { get; init; }
}

/// <summary>Direct Line 3.0's <c>ActivitySet</c>: a page of the transcript and the cursor after it.</summary>
public sealed class DirectLineActivitySet
{
    public required JsonArray Activities { get; init; }

    public required string Watermark { get; init; }
}

/// <summary>The optional body of <c>POST /tokens/generate</c> (<c>TokenParameters</c>) and <c>POST /conversations</c>.</summary>
public sealed class DirectLineStartRequest
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}

/// <summary>Direct Line's error body: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error);

/// <summary>The code and the human-readable message of a <see cref="DirectLineError"/>.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
