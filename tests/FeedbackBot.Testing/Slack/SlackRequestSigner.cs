using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace FeedbackBot.Testing.Slack;

/// <summary>
/// Signs requests the way Slack does (PROTOCOLS.md 6.1), written independently of the bot's
/// verifier so a test can catch a mistake in it: <c>v0=</c> + hex(HMAC-SHA256(secret,
/// <c>v0:{timestamp}:{body}</c>)).
/// </summary>
public sealed class SlackRequestSigner(string signingSecret, TimeProvider? time = null)
{
    public const string TestSigningSecret = "8f742231b10e8888abcd99yyyzzz85a5-feedbackbot-tests";
    public const string FormContentType = "application/x-www-form-urlencoded";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>A signer with <see cref="TestSigningSecret"/>.</summary>
    public static SlackRequestSigner ForTests(TimeProvider? time = null) => new(TestSigningSecret, time);

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var baseString = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body.ToArray()).ToArray();
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), baseString);
        return "v0=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>A signed POST with the current time; <paramref name="age"/> makes the timestamp older.</summary>
    public HttpRequestMessage Request(string path, string body, string contentType, TimeSpan age = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (_time.GetUtcNow() - age).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(signingSecret, timestamp, bytes));
        return request;
    }

    /// <summary>A signed slash-command or interactivity request (form-encoded).</summary>
    public HttpRequestMessage Form(string path, string body, TimeSpan age = default) => Request(path, body, FormContentType, age);

    /// <summary>A signed Events API request (JSON).</summary>
    public HttpRequestMessage Json(string path, string body, TimeSpan age = default) => Request(path, body, "application/json", age);

    /// <summary>An interactivity body: <c>payload=</c> + the URL-encoded JSON.</summary>
    public static string InteractionBody(string payloadJson) => "payload=" + Uri.EscapeDataString(payloadJson);
}
