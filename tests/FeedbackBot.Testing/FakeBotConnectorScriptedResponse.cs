using System.Net;

namespace FeedbackBot.Testing;

/// <summary>A failure the fake Connector answers with instead of handling the request.</summary>
/// <param name="RetryAfter">The raw <c>Retry-After</c> value (delta seconds or an HTTP date), if any.</param>
/// <param name="ErrorCode">When set, the body is an <c>ErrorResponse</c> with this <c>error.code</c>.</param>
internal sealed record FakeBotConnectorScriptedResponse(HttpStatusCode Status, string? RetryAfter, string? ErrorCode, string? ErrorMessage);
