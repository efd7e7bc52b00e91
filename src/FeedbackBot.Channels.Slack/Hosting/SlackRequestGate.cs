using FeedbackBot.Channels.Http;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Hosting;

/// <summary>
/// What every Slack endpoint does first, in this order: refuse an unsigned or stale request from
/// its headers alone (401); read the raw body up to <see cref="MaxBodyBytes"/> (413), before any
/// parsing; answer a slash command's unsigned <c>ssl_check</c> probe (200); verify the signature
/// over the exact bytes (401). Refusals carry no body and the log names the reason, never the body.
/// </summary>
internal static partial class SlackRequestGate
{
    /// <summary>Generous for a modal submission of 100 long fields, form-encoded; far above any command.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <returns>The verified body, or the response that refuses the request.</returns>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(
        HttpContext context, SlackSignatureVerifier verifier, ILogger logger, bool isCommand, CancellationToken ct)
    {
        var path = context.Request.Path.Value ?? "";
        var timestamp = context.Request.Headers[SlackSignatureVerifier.TimestampHeader].ToString();
        var signature = context.Request.Headers[SlackSignatureVerifier.SignatureHeader].ToString();

        var headers = verifier.CheckHeaders(timestamp, signature);
        if (headers != SlackVerification.Verified && !isCommand)
        {
            LogRefused(logger, path, StatusCodes.Status401Unauthorized, headers.ToString());
            return (null, Results.Unauthorized());
        }

        var body = await BoundedRequestBody.ReadAsync(context.Request, MaxBodyBytes, ct);
        if (body is null)
        {
            LogRefused(logger, path, StatusCodes.Status413PayloadTooLarge, "body too large");
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        // PROTOCOLS.md 6.1: Slack's certificate probes for slash commands are not signed.
        if (isCommand && FormBody.TryParse(body) is { } form && form.TryGetValue("ssl_check", out var check) && check == "1")
        {
            return (null, Results.Ok());
        }

        var verification = verifier.Verify(timestamp, signature, body);
        if (verification != SlackVerification.Verified)
        {
            LogRefused(logger, path, StatusCodes.Status401Unauthorized, verification.ToString());
            return (null, Results.Unauthorized());
        }

        return (body, null);
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Slack request to {Path} with {StatusCode}: {Reason}")]
    public static partial void LogRefused(ILogger logger, string path, int statusCode, string reason);
}
