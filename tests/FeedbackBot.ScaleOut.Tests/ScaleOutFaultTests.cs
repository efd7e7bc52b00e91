namespace FeedbackBot.ScaleOut.Tests;

/// <summary>
/// The fault run at CI size: two bot processes sharing one Azurite, a minute of mixed traffic
/// while Azurite is killed (SIGKILL) for 10 s and restarted on its folder, the Bot Connector and
/// Slack answer 429 then 503, and instance a is killed mid-dialog and started again; then the
/// store and the fakes are audited and every answer must have been an answer or a clear refusal.
/// The full run is <c>dotnet run -c Release --project bench/FeedbackBot.ScaleOut -- faults</c>.
/// </summary>
public sealed class ScaleOutFaultTests
{
    [Fact]
    public async Task FaultRun_StoreKilledPeersRefusingInstanceKilled_NothingAcknowledgedLostAndEveryFailureClear()
    {
        var options = ScaleOutOptions.Parse(["faults", "--duration", "60s", "--rate", "6"]);
        using var output = new StringWriter();

        var outcome = await ScaleOutRuns.RunAsync(() => ScaleOutRun.FaultsAsync(options, output, TestContext.Current.CancellationToken));

        Console.WriteLine(output.ToString());
        Assert.True(outcome.Passed, output.ToString());
        Assert.All(outcome.Checks, c => Assert.True(c.Checked > 0, $"{c.Name}: nothing was checked, so its pass proves nothing.\n{output}"));
    }
}
