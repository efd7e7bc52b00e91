using FeedbackBot.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Jobs;

/// <summary>The loop under every hosted job: runs at start and on each tick, survives a failed run, honours "off".</summary>
public sealed class PeriodicJobTests
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Run_FirstRunThrows_NextTickRunsAgain()
    {
        var time = new FakeTimeProvider();
        using var job = new CountingJob(time, Every, enabled: true, failFirstRun: true);

        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.WaitForRunsAsync(1);
        time.Advance(Every);
        await job.WaitForRunsAsync(2);
        var stillRunning = !job.ExecuteTask!.IsCompleted;
        await job.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, job.Runs);
        Assert.True(stillRunning);
    }

    [Fact]
    public async Task Run_BeforeTheIntervalPasses_DoesNotRunTwice()
    {
        var time = new FakeTimeProvider();
        using var job = new CountingJob(time, Every, enabled: true, failFirstRun: false);

        await job.StartAsync(TestContext.Current.CancellationToken);
        await job.WaitForRunsAsync(1);
        time.Advance(Every - TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        await job.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, job.Runs);
    }

    [Fact]
    public async Task Run_Disabled_NeverRuns()
    {
        var time = new FakeTimeProvider();
        using var job = new CountingJob(time, Every, enabled: false, failFirstRun: false);

        await job.StartAsync(TestContext.Current.CancellationToken);
        time.Advance(Every * 3);
        await job.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(0, job.Runs);
    }

    private sealed class CountingJob(TimeProvider time, TimeSpan interval, bool enabled, bool failFirstRun)
        : PeriodicJob(time, NullLogger.Instance)
    {
        private readonly SemaphoreSlim ran = new(0);
        private int runs;

        public int Runs => Volatile.Read(ref runs);

        protected override TimeSpan Interval => interval;

        protected override string Name => "counting";

        protected override bool Enabled => enabled;

        public async Task WaitForRunsAsync(int count)
        {
            while (Runs < count)
            {
                Assert.True(await ran.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), $"run {count} never came");
            }
        }

        protected override Task RunAsync(CancellationToken ct)
        {
            var run = Interlocked.Increment(ref runs);
            ran.Release();
            return failFirstRun && run == 1 ? throw new InvalidOperationException("store unreachable") : Task.CompletedTask;
        }

        public override void Dispose()
        {
            ran.Dispose();
            base.Dispose();
        }
    }
}
