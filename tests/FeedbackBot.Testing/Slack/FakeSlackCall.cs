using System.Text.Json;

namespace FeedbackBot.Testing.Slack;

/// <summary>One request the fake Slack received, as it arrived on the wire.</summary>
/// <param name="Method">The Web API method (<c>chat.postMessage</c>), or <see cref="FakeSlackWebApi.ResponseUrlMethod"/> for a response_url post.</param>
/// <param name="Authorization">The <c>Authorization</c> header, or null when none was sent.</param>
/// <param name="Json">The JSON body, when the body was JSON.</param>
/// <param name="Form">The form fields, when the body was form-encoded.</param>
/// <param name="ResponseUrlId">For a response_url post: the id in the URL (<see cref="FakeSlackWebApi.ResponseUrl"/>).</param>
/// <param name="StatusCode">The HTTP status the fake answered.</param>
/// <param name="Error">The <c>error</c> of an <c>ok:false</c> answer, if the fake gave one.</param>
/// <param name="Response">The JSON the fake answered with (<c>ts</c>, <c>view.id</c> …); null for a response_url.</param>
public sealed record FakeSlackCall(
    string Method,
    string? Authorization,
    string? ContentType,
    JsonElement? Json,
    IReadOnlyDictionary<string, string>? Form,
    string? ResponseUrlId,
    int StatusCode,
    string? Error,
    JsonElement? Response)
{
    /// <summary>When the fake answered it; a test reads the waits between retries from it.</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>A top-level string field of the JSON body, or a form field.</summary>
    public string? Field(string name) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : Form?.GetValueOrDefault(name);

    /// <summary>Every <c>text</c> value anywhere in the JSON body: the fallback text and the text in every block.</summary>
    public IEnumerable<string> AllText() => Json is { } json ? JsonTexts.Of(json, "text") : [];
}
