using FeedbackBot.Channels.Slack.BlockKit;

namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>Arguments of <c>chat.postMessage</c> (https://docs.slack.dev/reference/methods/chat.postMessage).</summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks)
{
    public string? ThreadTs { get; init; }
}

/// <summary>Arguments of <c>chat.postEphemeral</c>: shown to <see cref="User"/> only.</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks)
{
    public string? ThreadTs { get; init; }
}

/// <summary>Arguments of <c>chat.update</c>.</summary>
internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, IReadOnlyList<Block> Blocks);

internal sealed record OpenViewRequest(string TriggerId, SlackView View);

internal sealed record UpdateViewRequest(string ViewId, SlackView View);

internal sealed record OpenConversationRequest(string Users);

/// <summary>
/// A message posted to a <c>response_url</c> (PROTOCOLS.md 6.3). <see cref="ReplaceOriginal"/>
/// replaces the message the interaction came from.
/// </summary>
internal sealed record ResponseUrlMessage(string Text, IReadOnlyList<Block> Blocks)
{
    public string? ResponseType { get; init; }

    public bool? ReplaceOriginal { get; init; }

    public string? ThreadTs { get; init; }
}

/// <summary>A posted message's id (<c>ts</c>) and its channel.</summary>
internal sealed record PostedMessage(string Channel, string Ts);
