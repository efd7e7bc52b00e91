using System.Text;
using FeedbackBot.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generated requests against <c>POST /api/interactions</c>: mutated helpdesk bodies (most with a
/// valid API key, so they reach the parser and the validation), odd keys and content types, and
/// bodies past the 64 KB limit. No 5xx, no unhandled exception, and what is refused writes nothing.
/// </summary>
public sealed class InteractionsFuzzTests
{
    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1", "application/problem+json",
        "application/json-patch+json", "multipart/form-data; boundary=x", "application/xml", "",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InteractionsEndpoint_GeneratedRequests_AnswerWithoutServerErrorsAndRefusedOnesWriteNothing()
    {
        var logs = new CapturedLogs();
        using var database = new TempDatabase();
        await using var host = HelpdeskFuzzHost.Start(database, logs);
        var requests = Generate();

        var results = await FuzzDriver.SendAllAsync(host.Client, requests, null, Ct);

        FuzzLogs.AssertNoneUnhandled(logs);
        FuzzDriver.AssertNoFailures(results);
        Assert.Contains(results, r => r.Status == 201);
        Assert.Contains(results, r => r.Status == 400);
        Assert.Contains(results, r => r.Status == 413);
        await RefusedFuzz.AssertWriteNothingAsync(results, HelpdeskFuzzHost.Start, null, Ct);
    }

    private static FuzzRequest[] Generate()
    {
        string?[] tenants = [null, null, "default", "contoso"];
        string?[] channels = [null, null, "webchat", "msteams", "slack", "email"];
        var seeds = Gen.Zip(Gen.Choose(0, 99_999), Gen.Zip(Gen.Elements(tenants), Gen.Elements(channels)))
            .Select(t => HelpdeskFuzzHost.Interaction($"ticket-{t.Item1}", t.Item2.Item1, t.Item2.Item2));
        var mutated = seeds.SelectMany(seed => JsonFuzz.Mutants(seed));
        var valid = seeds.Select(seed => Encoding.UTF8.GetBytes(seed.ToJsonString()));
        var oversized = Gen.Zip(seeds, Gen.Choose(64 * 1024 - 200, 200_000)).Select(t =>
        {
            // Valid JSON throughout: only the size is wrong, so a refusal is about the size.
            t.Item1["agent"]!["name"] = new string('x', t.Item2);
            return Encoding.UTF8.GetBytes(t.Item1.ToJsonString());
        });
        var bodies = Gen.Frequency((14, mutated), (3, valid), (2, oversized));

        // An empty key stands for no X-Api-Key header at all.
        var keys = Gen.Frequency(
            (16, Gen.Constant(HelpdeskFuzzHost.ApiKey)),
            (2, Gen.Constant(HelpdeskFuzzHost.ContosoKey)),
            (1, Gen.Constant(string.Empty)),
            (1, HelpdeskFuzzHost.HeaderText),
            (1, HelpdeskFuzzHost.HeaderText.Select(text => HelpdeskFuzzHost.ApiKey + text)));
        var contentTypes = Gen.Frequency((17, Gen.Constant("application/json")), (3, Gen.Elements(ContentTypes)));

        var all = Gen.Zip(bodies, Gen.Zip(keys, contentTypes)).Select(t =>
            new FuzzRequest(HttpMethod.Post, "/api/interactions", t.Item1, t.Item2.Item2)
            {
                Headers = t.Item2.Item1 is { Length: > 0 } key ? [new("X-Api-Key", key)] : [],
            });
        return FuzzSettings.Sample(all, FuzzSettings.InputsPerEndpoint, salt: 4);
    }
}
