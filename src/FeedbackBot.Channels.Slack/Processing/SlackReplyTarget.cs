namespace FeedbackBot.Channels.Slack.Processing;

/// <summary>
/// Where and how a turn's replies go in Slack: the conversation, whether only the user sees them
/// (slash commands are private, as Slack's own default is), the request's <c>response_url</c> and
/// <c>trigger_id</c>, and for a click the message it came from.
/// </summary>
internal sealed record SlackReplyTarget
{
    public required string TeamId { get; init; }

    public required string UserId { get; init; }

    public required string ChannelId { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>Replies are visible to <see cref="UserId"/> only (response_url ephemeral, chat.postEphemeral).</summary>
    public bool Ephemeral { get; init; }

    public Uri? ResponseUrl { get; init; }

    /// <summary>Lets the turn open a modal: single use, valid 3 seconds after <see cref="ReceivedAt"/>.</summary>
    public string? TriggerId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
