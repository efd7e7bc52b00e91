namespace FeedbackBot.Channels.Slack.WebApi;

/// <summary>
/// Slack refused a call: <c>ok:false</c> with an error code (<c>not_in_channel</c>,
/// <c>trigger_expired</c> …), or an HTTP failure that outlived the retries (<c>http_429</c>,
/// <c>http_503</c>). Carries the method and Slack's code; never the token or the request.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}.")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method, or <c>response_url</c>.</summary>
    public string? Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>.</summary>
    public string? Error { get; }
}
