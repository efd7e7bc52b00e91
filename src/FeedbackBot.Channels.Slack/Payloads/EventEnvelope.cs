namespace FeedbackBot.Channels.Slack.Payloads;

/// <summary>
/// An Events API request body (PROTOCOLS.md 6.5): <c>url_verification</c> or an
/// <c>event_callback</c> wrapping one event. Only what FeedbackBot reads.
/// </summary>
internal sealed record EventEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? EventId { get; init; }

    /// <summary>Epoch seconds; every retry of the event repeats it.</summary>
    public long? EventTime { get; init; }

    public SlackEvent? Event { get; init; }

    public IReadOnlyList<EventAuthorization>? Authorizations { get; init; }
}

/// <summary>The inner event: <c>message</c> (in a DM) or <c>app_mention</c>.</summary>
internal sealed record SlackEvent
{
    public const string Message = "message";
    public const string AppMention = "app_mention";
    public const string ImChannelType = "im";

    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? Channel { get; init; }

    public string? ChannelType { get; init; }
}

/// <summary>An installation the event is delivered for; for a bot install, <c>user_id</c> is the bot user.</summary>
internal sealed record EventAuthorization
{
    public string? UserId { get; init; }

    public bool IsBot { get; init; }
}
