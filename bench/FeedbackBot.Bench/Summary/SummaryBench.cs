using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Sqlite;
using FeedbackBot.Storage.Sqlite.Decisions;
using FeedbackBot.Storage.Sqlite.Schema;
using FeedbackBot.Storage.Sqlite.Service;
using FeedbackBot.Storage.Sqlite.Votes;
using FeedbackBot.Storage.TableStorage;
using FeedbackBot.Storage.TableStorage.Decisions;
using FeedbackBot.Storage.TableStorage.Service;
using FeedbackBot.Storage.TableStorage.Votes;
using FeedbackBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedbackBot.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/FeedbackBot.Bench -- summary [--votes N] [--reads N] [--store sqlite|table|both]</c>:
/// the latency of reading one weekly summary (what <c>/feedback-summary</c> and the weekly push do)
/// for a week of N votes, on SQLite and on Table Storage (a local Azurite), next to a week of 1,000
/// votes, so a cost that grows with the votes would show. docs/benchmarks.md has the figures.
/// </summary>
internal static class SummaryBench
{
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly IsoWeek SmallWeek = new(2026, 46);

    public static async Task<int> RunAsync(string[] args)
    {
        var votes = Option(args, "--votes", 100_000);
        var reads = Option(args, "--reads", 200);
        var store = args.SkipWhile(a => a != "--store").Skip(1).FirstOrDefault() ?? "both";
        Console.WriteLine($"Summary read: one week of {votes:N0} votes vs one of 1,000; {reads} reads each after 20 warm-up reads");
        if (store is "sqlite" or "both")
        {
            var folder = Directory.CreateTempSubdirectory("feedbackbot-summary-bench-");
            try
            {
                using var database = new SqliteDatabase(Path.Combine(folder.FullName, "bench.db"), TimeSpan.FromSeconds(30));
                await new SqliteSchemaInitializer(database, NullLogger<SqliteSchemaInitializer>.Instance).InitializeAsync(CancellationToken.None);
                var stores = new Stores(
                    new SqliteVoteStore(database), new SqliteWeeklyAggregateStore(database), new SqliteDecisionLog(database),
                    new SqliteServiceCatalogStore(database), new SqliteSurveyAnswerStore(database));
                await MeasureAsync("SQLite", stores, votes, reads);
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
            var tables = new TableStorageTables(new TableServiceClient(azurite.ConnectionString), "Bench");
            await new TableStorageInitializer(tables, NullLogger<TableStorageInitializer>.Instance).InitializeAsync(CancellationToken.None);
            var stores = new Stores(
                new TableVoteStore(tables), new TableWeeklyAggregateStore(tables), new TableDecisionLog(tables),
                new TableServiceCatalogStore(tables), new TableSurveyAnswerStore(tables));
            await MeasureAsync("Table Storage (Azurite)", stores, votes, reads);
        }

        return 0;
    }

    private static async Task MeasureAsync(string name, Stores stores, int votes, int reads)
    {
        var seeding = Stopwatch.StartNew();
        await SeedAsync(stores, "big", Week, votes);
        await SeedAsync(stores, "small", SmallWeek, 1_000);
        Console.WriteLine($"{name}: seeded {votes + 1_000:N0} votes in {seeding.Elapsed.TotalSeconds:F0} s");
        var options = new FeedbackBotOptions();
        var time = TimeProvider.System;
        var reader = new WeeklySummaryReader(
            stores.Aggregates, stores.Votes, stores.Decisions, stores.Catalog,
            new DefinitionGapReport(stores.Catalog, new ElementRankings(stores.Survey, options, time), stores.Aggregates, options, time));
        foreach (var (tenant, week, count) in new[] { ("small", SmallWeek, 1_000), ("big", Week, votes) })
        {
            var samples = new List<double>(reads);
            for (var i = 0; i < 20 + reads; i++)
            {
                var watch = Stopwatch.StartNew();
                var summary = await reader.ReadAsync(tenant, new SummaryQuery(week), TimeZoneInfo.Utc, CancellationToken.None);
                watch.Stop();
                if (summary.Votes.Total != count || summary.MissComments.Count != WeeklySummaryBuilder.MaxMissComments)
                {
                    throw new InvalidOperationException($"{name}: the summary of {tenant} is wrong ({summary.Votes.Total} votes).");
                }

                if (i >= 20)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            samples.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: week of {count,7:N0} votes: p50 {Percentile(samples, 0.50):F2} ms, p95 {Percentile(samples, 0.95):F2} ms, max {samples[^1]:F2} ms"));
        }
    }

    // Votes through the store's own write (as the bot writes them), in parallel; the aggregate row
    // as the vote recorder would have counted it. 30 % MISS, half of them with a comment.
    private static async Task SeedAsync(Stores stores, string tenant, IsoWeek week, int count)
    {
        var start = week.StartIn(TimeZoneInfo.Utc);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var miss = i % 10 < 3;
            var vote = new Vote
            {
                Tenant = tenant,
                Week = week,
                InteractionId = $"ticket-{i}",
                RequestId = $"request-{i}",
                Verdict = miss ? Verdict.Miss : Verdict.Hit,
                Comment = miss && i % 2 == 0 ? $"Comment {i}: waited, \"too long\"" : null,
                ElementId = ServiceElementDefaults.All[i % ServiceElementDefaults.All.Count].Id,
                AgentId = $"agent-{i % 50}",
                AgentName = $"Agent {i % 50}",
                Team = $"team-{i % 5}",
                Via = "link",
                VotedAt = start.AddSeconds(i % 600_000),
            };
            await stores.Votes.TryWriteAsync(vote, null, ct);
        });

        var misses = Enumerable.Range(0, count).Count(i => i % 10 < 3);
        var aggregate = WeeklyAggregate.Empty(tenant, week) with
        {
            Requests = count * 2,
            Votes = new HitMissCount(count - misses, misses),
            ByAgent = Enumerable.Range(0, 50).ToImmutableSortedDictionary(a => $"agent-{a}", a => new HitMissCount(count / 70, count / 150), StringComparer.Ordinal),
            ByTeam = Enumerable.Range(0, 5).ToImmutableSortedDictionary(t => $"team-{t}", t => new HitMissCount(count / 7, count / 15), StringComparer.Ordinal),
            ByElement = ServiceElementDefaults.All.ToImmutableSortedDictionary(e => e.Id, e => new HitMissCount(count / 10, count / 20), StringComparer.Ordinal),
        };
        await stores.Aggregates.TryWriteAsync(aggregate, null, CancellationToken.None);
        for (var back = 1; back < WeeklySummaryBuilder.TrendWeeks; back++)
        {
            await stores.Aggregates.TryWriteAsync(aggregate with { Week = week.Minus(back) }, null, CancellationToken.None);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }

    private sealed record Stores(IVoteStore Votes, IWeeklyAggregateStore Aggregates, IDecisionLog Decisions, IServiceCatalogStore Catalog, ISurveyAnswerStore Survey);
}
