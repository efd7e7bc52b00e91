using System.Net.Http.Headers;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Sends generated requests to a running host a few at a time and records every answer. A 5xx, a
/// stack trace in a body or a connection dropped by the server is what the fuzz tests look for.
/// </summary>
internal static class FuzzDriver
{
    private const int Parallel = 8;

    public static async Task<IReadOnlyList<FuzzResult>> SendAllAsync(
        HttpClient client, IReadOnlyList<FuzzRequest> requests, Action<FuzzRequest, HttpRequestMessage>? decorate, CancellationToken ct)
    {
        var results = new FuzzResult[requests.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, requests.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct },
            async (i, token) => results[i] = await SendAsync(client, requests[i], decorate, token));
        return results;
    }

    public static async Task<FuzzResult> SendAsync(HttpClient client, FuzzRequest request, Action<FuzzRequest, HttpRequestMessage>? decorate, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Method != HttpMethod.Get)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type : null;
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        decorate?.Invoke(request, message);
        using var response = await client.SendAsync(message, ct);
        return new FuzzResult(request, (int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Fails the test, naming up to five failing inputs in full, when any answer was a server error or showed internals.</summary>
    public static void AssertNoFailures(IReadOnlyList<FuzzResult> results)
    {
        Report(results);
        var failures = results
            .Where(r => IsServerError(r.Status) || r.Body.Contains("   at ", StringComparison.Ordinal) || r.Body.Contains("Exception", StringComparison.Ordinal))
            .ToList();
        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} inputs failed (seed {FuzzSettings.Seed}); the first ones:\n" +
                string.Join("\n", failures.Take(5).Select(r => $"{r.Status} for {r.Request.Describe()} → {Excerpt(r.Body)}")));
        }
    }

    /// <summary>
    /// How many inputs this run sent and what they got, in the test's output (shown live with the
    /// runner's <c>-showLiveOutput</c>): the figure docs/reliability.md quotes comes from here.
    /// </summary>
    private static void Report(IReadOnlyList<FuzzResult> results)
    {
        var statuses = string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{results.Count} inputs (seed {FuzzSettings.Seed}); answers {statuses}");
    }

    // 501 is not a failure: it is the Bot Framework's documented answer to an invoke the bot does
    // not handle (PROTOCOLS.md, "Invoke"), and a fuzzed activity can be any invoke.
    private static bool IsServerError(int status) => status >= 500 && status != 501;

    private static string Excerpt(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
