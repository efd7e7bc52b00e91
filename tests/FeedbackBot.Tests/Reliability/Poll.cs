using System.Diagnostics;
using System.Net;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Reliability;

/// <summary>Waits for a condition with a generous deadline instead of a fixed sleep.</summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> holds; fails the test with <paramref name="what"/> at <see cref="FaultRun.Deadline"/>.</summary>
    /// <param name="state">What the test saw meanwhile, for the failure message.</param>
    public static async Task UntilAsync(Func<bool> condition, string what, Func<string>? state = null)
    {
        if (!await TryUntilAsync(() => Task.FromResult(condition())))
        {
            Assert.Fail($"Waited {FaultRun.Deadline.TotalSeconds:0} s for {what}. {state?.Invoke()}");
        }
    }

    /// <summary>Whether <paramref name="host"/>'s <c>/readyz</c> answered <paramref name="status"/> before the deadline.</summary>
    public static Task<bool> ReadinessAsync(BotHost host, HttpStatusCode status) => TryUntilAsync(async () =>
    {
        using var response = await host.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        return response.StatusCode == status;
    });

    private static async Task<bool> TryUntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < FaultRun.Deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(Interval, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
