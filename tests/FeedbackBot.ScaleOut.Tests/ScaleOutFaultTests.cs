namespace FeedbackBot.ScaleOut.Tests;

/// <summary>
/// The fault run at CI size: two bot processes sharing one Azurite (saving every write before
/// answering it), a minute of mixed traffic while the faults happen, then the store and the fakes
/// are audited and every answer must have been an answer or a clear refusal, never silence. The
/// full run (all three faults, two minutes) is
/// <c>dotnet run -c Release --project bench/FeedbackBot.ScaleOut -- faults</c>.
/// </summary>
public sealed class ScaleOutFaultTests
{
    /// <summary>Azurite killed (SIGKILL) for 10 s and restarted on its folder; the Bot Connector and Slack answering 429, then 503.</summary>
    [Fact]
    public async Task FaultRun_StoreKilledAndPeersRefusing_NothingAcknowledgedLostAndEveryFailureClear()
    {
        var outcome = await RunAsync("store,peers");

        Assert.True(outcome.Passed, outcome.Output);
        Assert.All(outcome.Checks, c => Assert.True(c.Checked > 0, $"{c.Name}: nothing was checked, so its pass proves nothing.\n{outcome.Output}"));
    }

    /// <summary>Instance a killed (SIGKILL, no drain) mid-dialog and started again 10 s later.</summary>
    [Fact(Skip = "Open defect (docs/reliability.md, Faults): Slack commands and events the killed instance had acknowledged but not yet run are lost with its in-memory work queue, so their users hear nothing. Run it with `dotnet run -c Release --project bench/FeedbackBot.ScaleOut -- faults --only instance`.")]
    public async Task FaultRun_InstanceKilledMidDialog_DialogsResumeOnTheOtherAndEveryFailureClear()
    {
        var outcome = await RunAsync("instance");

        Assert.True(outcome.Passed, outcome.Output);
        Assert.All(outcome.Checks, c => Assert.True(c.Checked > 0, $"{c.Name}: nothing was checked, so its pass proves nothing.\n{outcome.Output}"));
    }

    private static async Task<(bool Passed, IReadOnlyList<Checks.CheckResult> Checks, string Output)> RunAsync(string faults)
    {
        var options = ScaleOutOptions.Parse(["faults", "--duration", "60s", "--rate", "6", "--only", faults]);
        using var output = new StringWriter();

        var outcome = await ScaleOutRuns.RunAsync(() => ScaleOutRun.FaultsAsync(options, output, TestContext.Current.CancellationToken));

        Console.WriteLine(output.ToString());
        return (outcome.Passed, outcome.Checks, output.ToString());
    }
}
