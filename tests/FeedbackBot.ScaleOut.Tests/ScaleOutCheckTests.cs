using FeedbackBot.ScaleOut;

namespace FeedbackBot.ScaleOut.Tests;

/// <summary>
/// The scale-out check at CI size: two bot processes sharing one Azurite, 30 s of mixed Teams,
/// Slack and helpdesk traffic with every conversation switching instance and a rolling restart
/// half-way, then the store and the fakes are audited (<see cref="ScaleOutRuns"/> for a missing
/// Azurite). The full run is
/// <c>dotnet run -c Release --project bench/FeedbackBot.ScaleOut -- check</c>.
/// </summary>
public sealed class ScaleOutCheckTests
{
    [Fact]
    public async Task CheckRun_TwoInstancesUnderMixedTrafficWithARestart_EveryCheckPassesOverRealData()
    {
        var options = ScaleOutOptions.Parse(["check", "--duration", "30s", "--concurrency", "4"]);
        using var output = new StringWriter();

        var outcome = await ScaleOutRuns.RunAsync(() => ScaleOutRun.CheckAsync(options, output, TestContext.Current.CancellationToken));

        Console.WriteLine(output.ToString());
        Assert.True(outcome.Passed, output.ToString());
        Assert.All(outcome.Checks, c => Assert.True(c.Checked > 0, $"{c.Name}: nothing was checked, so its pass proves nothing.\n{output}"));
    }
}
