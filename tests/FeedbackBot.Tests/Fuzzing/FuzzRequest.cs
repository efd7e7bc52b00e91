namespace FeedbackBot.Tests.Fuzzing;

/// <summary>One generated request; <see cref="Describe"/> names it in a failure message without dumping megabytes.</summary>
internal sealed record FuzzRequest(HttpMethod Method, string Path, byte[] Body, string ContentType = "application/json")
{
    /// <summary>Headers sent as they are (without validation), so odd values reach the host.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string Describe()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body);
        var headers = string.Concat(Headers.Select(h => $" [{h.Key}: {(h.Value.Length > 200 ? h.Value[..200] + "…" : h.Value)}]"));
        return $"{Method} {Path}{headers} ({Body.Length} bytes): {(text.Length > 2_000 ? text[..2_000] + "…" : text)}";
    }
}

/// <summary>What the host answered to one generated request.</summary>
internal sealed record FuzzResult(FuzzRequest Request, int Status, string Body);
