using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Core.Slack;
using FeedbackBot.Testing.Slack;
using System.Globalization;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

public sealed class SlackWorkTakeoverTests : JournalTestBase
{
    private static readonly string Interrupted = JournalTexts.Interrupted(CultureInfo.GetCultureInfo("en"));

    [Fact]
    public async Task RunOnce_NeverStartedWork_RunsTheTurnAndRemovesTheEntry()
    {
        var rig = await StartAsync();
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three"), attempts: 0);

        var taken = await rig.Takeover.RunOnceAsync(Ct);

        Assert.Equal(1, taken);
        Assert.Contains("What is your name?", Texts("chat.postMessage"));
        Assert.DoesNotContain(Interrupted, Texts("chat.postMessage"));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task RunOnce_StartedCommandTurn_SaysInterruptedAndDoesNotRunItAgain()
    {
        var rig = await StartAsync();
        var command = JournalRig.DirectMessage("three");
        command = command with { Target = command.Target with { Ephemeral = true, ResponseUrl = Slack.ResponseUrl("cmd-1") } };
        rig.LeftByDeadInstance(command, attempts: 1);

        await rig.Takeover.RunOnceAsync(Ct);

        var said = Assert.Single(Slack.CallsTo(FakeSlackWebApi.ResponseUrlMethod));
        Assert.Contains(Interrupted, said.AllText());
        Assert.DoesNotContain("What is your name?", Slack.Calls.SelectMany(c => c.AllText()));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task RunOnce_StartedEventTheDeadInstanceClaimed_SaysInterrupted()
    {
        var rig = await StartAsync();
        await Dedupe.TryClaimAsync("T42", "Ev1", DateTimeOffset.UtcNow, Ct);
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three", "Ev1"), attempts: 1);

        await rig.Takeover.RunOnceAsync(Ct);

        var said = Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.Contains(Interrupted, said.AllText());
    }

    [Fact]
    public async Task RunOnce_StartedEventNeverClaimed_RunsTheTurnOnce()
    {
        var rig = await StartAsync();
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three", "Ev2"), attempts: 1);

        await rig.Takeover.RunOnceAsync(Ct);

        var said = Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.Contains("What is your name?", said.AllText());
        Assert.False(await Dedupe.TryClaimAsync("T42", "Ev2", DateTimeOffset.UtcNow, Ct));
    }

    [Fact]
    public async Task RunOnce_NeverStartedEventAlreadyHandled_DoesNothingAndRemovesIt()
    {
        // A retry journaled after the first delivery had run and left the journal.
        var rig = await StartAsync();
        await Dedupe.TryClaimAsync("T42", "Ev3", DateTimeOffset.UtcNow, Ct);
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three", "Ev3"), attempts: 0);

        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Empty(Slack.CallsTo("chat.postMessage"));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task RunOnce_LeaseStillLive_LeavesTheWork()
    {
        var rig = await StartAsync();
        var entry = rig.LeftByDeadInstance(JournalRig.DirectMessage("three"), attempts: 0);
        Journal.Put(entry with { LeaseExpiresAt = DateTimeOffset.UtcNow.AddMinutes(1) });

        var taken = await rig.Takeover.RunOnceAsync(Ct);

        Assert.Equal(0, taken);
        Assert.Empty(Slack.Calls);
        Assert.Single(Journal.Entries);
    }

    [Fact]
    public async Task RunOnce_StartedTooOften_GivesUpWithoutAnswering()
    {
        var rig = await StartAsync();
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three"), attempts: SlackWorkTakeover.MaxAttempts);

        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Empty(Slack.Calls);
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task RunOnce_TwoInstancesAtOnce_RunTheWorkOnce()
    {
        var rig = await StartAsync();
        await using var other = new JournalRig(Slack, Journal, Dedupe);
        for (var i = 0; i < 5; i++)
        {
            var work = JournalRig.DirectMessage("three");
            rig.LeftByDeadInstance(work with { Turn = work.Turn with { Conversation = new("slack", "D" + i) }, Target = work.Target with { ChannelId = "D" + i } }, attempts: 0);
        }

        var taken = await Task.WhenAll(rig.Takeover.RunOnceAsync(Ct), other.Takeover.RunOnceAsync(Ct));

        Assert.Equal(5, taken.Sum());
        Assert.Equal(5, Slack.CallsTo("chat.postMessage").Count);
        Assert.Empty(Journal.Entries);
    }

    private List<string> Texts(string method) => [.. Slack.CallsTo(method).SelectMany(c => c.AllText())];
}
