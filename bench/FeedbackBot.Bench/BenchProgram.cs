using System.Net;
using FeedbackBot.Testing;

namespace FeedbackBot.Bench;

/// <summary>
/// Starts the fake Connector and the real host, drives the load, verifies every reply and prints
/// the figures. Exits 0 only when there were no errors and every reply was right.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["summary", .. var summaryArgs])
        {
            return await Summary.SummaryBench.RunAsync(summaryArgs);
        }

        if (args is ["votes", .. var votesArgs])
        {
            return await Votes.VotesBench.RunAsync(votesArgs);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in
        // the current directory; `dotnet run` starts in the caller's.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("feedbackbot-bench-");
        try
        {
            var ledger = new ReplyLedger(options.Conversations);
            await using var connector = await FakeBotConnector.StartAsync(recordRequests: false, observer: ledger.Observe);
            var host = new BenchHost(BenchHost.Sqlite(Path.Combine(folder.FullName, "bench.db")), options.Settings);
            await using (host)
            {
                using var handler = new SocketsHttpHandler
                {
                    MaxConnectionsPerServer = options.Concurrency,
                    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = DecompressionMethods.None,

                    // Azure Bot Service sends no traceparent; without this the generator's own trace would
                    // become the parent of every turn's span.
                    ActivityHeadersPropagator = null,
                };
                using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = host.Start(), Timeout = TimeSpan.FromSeconds(30) };

                BenchReport.PrintSetup(options, Environment.ProcessId);
                var result = await new LoadRunner(options, client, connector.ServiceUrl, ledger).RunAsync();
                var verdict = ledger.Verify();
                BenchReport.PrintResult(options, result, verdict, ProcessSnapshot.PeakWorkingSetBytes());
                return verdict.Passed && result.Errors == 0 ? 0 : 1;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
