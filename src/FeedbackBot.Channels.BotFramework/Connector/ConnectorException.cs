using System.Net;

namespace FeedbackBot.Channels.BotFramework.Connector;

/// <summary>
/// The Connector answered a call with a non-success status (after retries, for transient ones).
/// Carries the status and the <c>error.code</c> of the <c>ErrorResponse</c> body (PROTOCOLS.md
/// 3.2), e.g. <c>MessageSizeTooBig</c>. The message never contains request headers, so the
/// bearer token cannot leak through logs.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage)
        : base(Describe(operation, statusCode, errorCode))
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The Connector operation that failed, e.g. <c>SendToConversation</c>.</summary>
    public string? Operation { get; }

    public HttpStatusCode StatusCode { get; }

    /// <summary><c>error.code</c> from the response body, when it had one.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// <c>error.message</c> from the response body. Teams puts details such as
    /// <c>subCode: MessageWritesBlocked</c> here (PROTOCOLS.md 3.4).
    /// </summary>
    public string? ErrorMessage { get; }

    private static string Describe(string operation, HttpStatusCode statusCode, string? errorCode) =>
        errorCode is null
            ? $"Bot Connector {operation} failed with {(int)statusCode} {statusCode}."
            : $"Bot Connector {operation} failed with {(int)statusCode} {statusCode}, error code '{errorCode}'.";
}
