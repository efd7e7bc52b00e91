using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Bench.Votes;

/// <summary>
/// <c>dotnet run -c Release --project bench/FeedbackBot.Bench -- votes [--interactions N] [--warmup N] [--concurrency C] [--store sqlite|table|both]</c>:
/// votes end to end through the real host on SQLite or Table Storage (an Azurite the bench
/// starts). A helpdesk creates N feedback requests (<c>POST /api/interactions</c> with its API key),
/// then customers vote with the one-click link (<c>GET /feedback/{token}?vote=hit|miss</c>), from C
/// clients at once. Every answer must be 201 / 200, and afterwards the weeks' aggregates must hold
/// exactly the requests and votes sent (warm-up included): figures count only work that landed.
/// </summary>
internal static class VotesBench
{
    private const string ApiKey = "bench-helpdesk-key-0123456789abcdef";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["FeedbackBot:ApiKeys:0"] = ApiKey,
        ["FeedbackBot:PublicBaseUrl"] = "https://bot.example.com/",
        ["FeedbackBot:Votes:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var interactions = BenchArgs.Number(args, "--interactions", 5_000);
        var warmup = BenchArgs.Number(args, "--warmup", 1_000);
        var concurrency = BenchArgs.Number(args, "--concurrency", 16);
        var store = BenchArgs.Store(args);

        // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in
        // the current directory; `dotnet run` starts in the caller's.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Votes end to end: {interactions} requests and votes measured after {warmup} warm-up, {concurrency} clients; {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average {BenchReport.LoadAverage()}"));
        var passed = true;
        if (store is "sqlite" or "both")
        {
            var folder = Directory.CreateTempSubdirectory("feedbackbot-votes-bench-");
            try
            {
                passed &= await RunOneAsync("SQLite", BenchHost.Sqlite(Path.Combine(folder.FullName, "bench.db")), interactions, warmup, concurrency);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }

        if (store is "table" or "both")
        {
            await using var azurite = await AzuriteServer.StartNewAsync();
            passed &= await RunOneAsync("Table Storage (Azurite)", BenchHost.TableStorage(azurite.ConnectionString), interactions, warmup, concurrency);
        }

        Console.WriteLine($"load average at the end {BenchReport.LoadAverage()}");
        return passed ? 0 : 1;
    }

    private static async Task<bool> RunOneAsync(string name, Dictionary<string, string> store, int interactions, int warmup, int concurrency)
    {
        await using var host = new BenchHost(store, Settings);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, UseCookies = false, ActivityHeadersPropagator = null };
        using var client = new HttpClient(handler) { BaseAddress = host.Start(), Timeout = TimeSpan.FromSeconds(60) };
        var began = DateTimeOffset.UtcNow;
        var run = Guid.NewGuid().ToString("N")[..8];
        var tokens = new string?[warmup + interactions];
        var phases = new PhaseRunner(concurrency, warmup, interactions);

        Console.WriteLine($"{name}: POST /api/interactions");
        var created = await phases.RunAsync(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/interactions") { Content = JsonContent.Create(Interaction(run, i)) };
            request.Headers.Add("X-Api-Key", ApiKey);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            var surveyUrl = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["surveyUrl"]?.GetValue<string>();
            tokens[i] = surveyUrl is null ? null : new Uri(surveyUrl).AbsolutePath.Split('/')[^1];
            return tokens[i] is null ? "no survey link" : null;
        });
        BenchReport.PrintPhase("requests", created);

        Console.WriteLine($"{name}: GET /feedback/{{token}}?vote=hit|miss");
        var voted = await phases.RunAsync(async i =>
        {
            if (tokens[i] is not { } token)
            {
                return "no request";
            }

            using var response = await client.GetAsync(new Uri($"feedback/{token}?vote={(IsMiss(i) ? "miss" : "hit")}", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode}";
        });
        BenchReport.PrintPhase("votes", voted);

        var verified = await VerifyAsync(name, host, began, warmup + interactions);
        var latency = voted.Latency;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {interactions} | {concurrency} | {created.TurnsPerSecond:0} | {voted.TurnsPerSecond:0} | {latency.P50Ms:0.0} | {latency.P99Ms:0.0} | {latency.MaxMs:0.0} | {created.Errors + voted.Errors} | {(verified ? "pass" : "FAIL")} |"));
        return verified && created.Errors + voted.Errors == 0;
    }

    // The aggregates of the weeks the run touched (a run across midnight on Sunday spans two)
    // must hold every request and vote sent, warm-up included, and nothing else.
    private static async Task<bool> VerifyAsync(string name, BenchHost host, DateTimeOffset began, int sent)
    {
        var first = IsoWeek.FromInstant(began.AddDays(-1), TimeZoneInfo.Utc);
        var last = IsoWeek.FromInstant(DateTimeOffset.UtcNow.AddDays(1), TimeZoneInfo.Utc);
        var weeks = await host.Services.GetRequiredService<IWeeklyAggregateStore>().ListAsync(Tenants.Default, first, last, CancellationToken.None);
        var misses = Enumerable.Range(0, sent).Count(IsMiss);
        var counted = new HitMissCount(weeks.Sum(w => w.Hits), weeks.Sum(w => w.Misses));
        var requests = weeks.Sum(w => w.Requests);
        var passed = counted == new HitMissCount(sent - misses, misses) && requests == sent;
        Console.WriteLine($"{name}: verified aggregate {counted.Hits} HIT + {counted.Misses} MISS, {requests} requests, of {sent} sent ({sent - misses} HIT + {misses} MISS): {(passed ? "PASS" : "FAIL")}");
        return passed;
    }

    private static bool IsMiss(int i) => i % 10 < 3;

    // One customer per interaction: the once-per-N-days rule would otherwise skip the repeats.
    private static JsonObject Interaction(string run, int i) => new()
    {
        ["interactionId"] = $"bench-{run}-{i}",
        ["customer"] = new JsonObject { ["id"] = $"customer-{run}-{i}", ["name"] = $"Customer {i}" },
        ["agent"] = new JsonObject { ["id"] = $"agent-{i % 50}", ["name"] = $"Agent {i % 50}" },
        ["team"] = $"team-{i % 5}",
        ["occurredAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    };
}
