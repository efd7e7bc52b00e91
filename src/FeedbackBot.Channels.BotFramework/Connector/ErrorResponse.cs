namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>The Connector's error body: <c>{ "error": { "code", "message" } }</c> (PROTOCOLS.md 3.2).</summary>
internal sealed class ErrorResponse
{
    public ErrorDetails? Error { get; set; }
}

internal sealed class ErrorDetails
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
