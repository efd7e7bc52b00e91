using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using FeedbackBot.Bench.Common;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Sqlite.Decisions;
using FeedbackBot.Storage.Sqlite.Schema;
using FeedbackBot.Storage.Sqlite.Service;
using FeedbackBot.Storage.Sqlite.Votes;
using FeedbackBot.Storage.Sqlite;
using FeedbackBot.Storage.TableStorage.Decisions;
using FeedbackBot.Storage.TableStorage.Service;
using FeedbackBot.Storage.TableStorage.Votes;
using FeedbackBot.Storage.TableStorage;
using FeedbackBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedbackBot.Bench.Summary;

/// <summary>
/// <c>dotnet run -c Release --project bench/FeedbackBot.Bench -- summary [--votes N] [--reads N] [--store sqlite|table|both]</c>:
/// the latency of reading one weekly summary (what <c>/feedback-summary</c> and the weekly push do)
/// for a week of N votes, on SQLite and on Table Storage (a local Azurite), next to a week of 1,000
/// votes, so a cost that grows with the votes would show. On Table Storage it also lists the round
/// trips of one read. docs/benchmarks.md has the figures.
/// </summary>
internal static class SummaryBench
{
    private const int WarmupReads = 20;
    private static readonly IsoWeek Week = new(2026, 47);
    private static readonly IsoWeek SmallWeek = new(2026, 46);

    public static async Task<int> RunAsync(string[] args)
    {
        var votes = BenchArgs.Number(args, "--votes", 100_000);
        var reads = BenchArgs.Number(args, "--reads", 200);
        var store = BenchArgs.Store(args);
        Console.WriteLine($"Summary read: one week of {votes:N0} votes vs one of 1,000; {reads} reads each after {WarmupReads} warm-up reads; load average {BenchReport.LoadAverage()}");
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
                await MeasureAsync("SQLite", stores, new StoreWeekSeeder(stores.Votes, stores.Aggregates), null, votes, reads);
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
            var recorder = new RoundTripRecorder();
            var options = new TableClientOptions();
            options.AddPolicy(recorder, Azure.Core.HttpPipelinePosition.PerRetry);
            var tables = new TableStorageTables(new TableServiceClient(azurite.ConnectionString, options), "Bench");
            await new TableStorageInitializer(tables, NullLogger<TableStorageInitializer>.Instance).InitializeAsync(CancellationToken.None);
            var stores = new Stores(
                new TableVoteStore(tables), new TableWeeklyAggregateStore(tables), new TableDecisionLog(tables),
                new TableServiceCatalogStore(tables), new TableSurveyAnswerStore(tables));
            await MeasureAsync("Table Storage (Azurite)", stores, new TableWeekSeeder(tables, stores.Aggregates), recorder, votes, reads);
        }

        Console.WriteLine($"load average at the end {BenchReport.LoadAverage()}");
        return 0;
    }

    private static async Task MeasureAsync(string name, Stores stores, IWeekSeeder seeder, RoundTripRecorder? recorder, int votes, int reads)
    {
        var seeding = Stopwatch.StartNew();
        await seeder.SeedAsync("big", Week, votes, CancellationToken.None);
        await seeder.SeedAsync("small", SmallWeek, 1_000, CancellationToken.None);
        Console.WriteLine($"{name}: seeded {votes + 1_000:N0} votes in {seeding.Elapsed.TotalSeconds:F0} s");
        var options = new FeedbackBotOptions();
        var time = TimeProvider.System;
        var reader = new WeeklySummaryReader(
            stores.Aggregates, stores.Votes, stores.Decisions, stores.Catalog,
            new DefinitionGapReport(stores.Catalog, new ElementRankings(stores.Survey, options, time), stores.Aggregates, options, time));
        foreach (var (tenant, week, count) in new[] { ("small", SmallWeek, 1_000), ("big", Week, votes) })
        {
            var samples = new List<long>(reads);
            for (var i = 0; i < WarmupReads + reads; i++)
            {
                recorder?.Drain();
                var start = Stopwatch.GetTimestamp();
                var summary = await reader.ReadAsync(tenant, new SummaryQuery(week), TimeZoneInfo.Utc, CancellationToken.None);
                var elapsed = Stopwatch.GetTimestamp() - start;
                Verify(name, tenant, count, summary);
                if (i >= WarmupReads)
                {
                    samples.Add(elapsed);
                }

                if (i == WarmupReads && recorder is not null)
                {
                    var trips = recorder.Drain();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: one read of the {count:N0}-vote week, {trips.Count} round trips in {elapsed * 1000.0 / Stopwatch.Frequency:F1} ms: {string.Join("; ", trips)}"));
                }
            }

            var latency = LatencySummary.From([samples]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: week of {count,7:N0} votes: p50 {latency.P50Ms:F2} ms, p90 {latency.P90Ms:F2} ms, p99 {latency.P99Ms:F2} ms, max {latency.MaxMs:F2} ms"));
        }
    }

    private static void Verify(string name, string tenant, int count, WeeklySummary summary)
    {
        if (summary.Votes.Total != count || summary.MissComments.Count != WeeklySummaryBuilder.MaxMissComments)
        {
            throw new InvalidOperationException($"{name}: the summary of {tenant} is wrong ({summary.Votes.Total} votes, {summary.MissComments.Count} comments).");
        }
    }

    private sealed record Stores(IVoteStore Votes, IWeeklyAggregateStore Aggregates, IDecisionLog Decisions, IServiceCatalogStore Catalog, ISurveyAnswerStore Survey);
}
