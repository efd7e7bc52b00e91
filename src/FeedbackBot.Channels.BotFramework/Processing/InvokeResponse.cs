namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity. On the wire it IS the HTTP response:
/// status code and JSON body, not an envelope (PROTOCOLS.md 4.3).
/// </summary>
public sealed record InvokeResponse(int Status, object? Body);
