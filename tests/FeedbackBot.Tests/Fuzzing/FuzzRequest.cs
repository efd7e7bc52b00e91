namespace FeedbackBot.Tests.Fuzzing;

/// <summary>One generated request; <see cref="Describe"/> names it in a failure message without dumping megabytes.</summary>
internal sealed record FuzzRequest(HttpMethod Method, string Path, byte[] Body, string ContentType = "application/json")
{
    public string Describe()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body);
        return $"{Method} {Path} ({Body.Length} bytes): {(text.Length > 2_000 ? text[..2_000] + "…" : text)}";
    }
}

/// <summary>What the host answered to one generated request.</summary>
internal sealed record FuzzResult(FuzzRequest Request, int Status, string Body);
