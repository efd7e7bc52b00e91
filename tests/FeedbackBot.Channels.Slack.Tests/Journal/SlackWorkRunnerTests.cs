using System.Globalization;
using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

/// <summary>
/// An acknowledged event whose claim fails (the store away) must still be answered exactly once:
/// the journal keeps it, and the user is not told "busy" (they would repeat it, and the journal
/// would answer the original too).
/// </summary>
public sealed class SlackWorkRunnerTests : JournalTestBase
{
    private const string NameQuestion = "What is your name?";

    private static readonly string Busy = SlackTexts.Get(SlackTexts.Busy, CultureInfo.GetCultureInfo("en"));
    private static readonly string Interrupted = JournalTexts.Interrupted(CultureInfo.GetCultureInfo("en"));

    [Fact]
    public async Task Run_EventClaimFails_SaysNothingAndGivesTheWorkBackUnstarted()
    {
        var rig = await StartAsync();
        var work = await AcceptAsync(rig, "EvClaimDown");
        Dedupe.Down = true;

        await rig.Runner.RunAsync(work, Ct);

        Assert.Empty(Slack.Calls);
        var entry = Assert.Single(Journal.Entries);
        Assert.Equal(0, entry.Attempts);
        Assert.True(entry.LeaseLapsed(DateTimeOffset.UtcNow), "given back at once, not left to its lease");
    }

    [Fact]
    public async Task Run_EventClaimFailsThenStoreBack_TakeOverAnswersTheMessageOnce()
    {
        var rig = await StartAsync();
        var work = await AcceptAsync(rig, "EvOnce");
        Dedupe.Down = true;
        await rig.Runner.RunAsync(work, Ct);
        Dedupe.Down = false;

        await rig.Takeover.RunOnceAsync(Ct);
        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Contains(NameQuestion, Assert.Single(Messages()));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task Run_WholeStoreDownAtTheClaim_StartStaysButTheTakeOverStillAnswersOnce()
    {
        // The store goes away after the start was recorded: the claim, the give-back and the
        // removal all fail, so the entry stays as started. The take-over must not take that for a
        // turn that ran: the claim was never made, so it runs the turn, once.
        var rig = await StartAsync();
        var work = await AcceptAsync(rig, "EvAllDown");
        Dedupe.OnClaim = () => Dedupe.Down = Journal.Down = true;
        await rig.Runner.RunAsync(work, Ct);
        Dedupe.OnClaim = null;
        Dedupe.Down = Journal.Down = false;
        var left = Assert.Single(Journal.Entries);
        Assert.Equal(1, left.Attempts);
        Journal.Put(left with { LeaseExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) });

        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Contains(NameQuestion, Assert.Single(Messages()));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task TakeOver_ClaimCannotBeChecked_LeavesTheWorkAsItWasForTheNextPass()
    {
        var rig = await StartAsync();
        rig.LeftByDeadInstance(JournalRig.DirectMessage("three", "EvUnknown"), attempts: 1);
        Dedupe.Down = true;

        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Empty(Slack.Calls);
        var entry = Assert.Single(Journal.Entries);
        Assert.Equal(1, entry.Attempts);
        Assert.True(entry.LeaseLapsed(DateTimeOffset.UtcNow));

        Dedupe.Down = false;
        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Contains(NameQuestion, Assert.Single(Messages()));
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task Run_EventThatRan_NeitherBusyNorInterruptedAfterwards()
    {
        var rig = await StartAsync();
        var work = await AcceptAsync(rig, "EvFine");

        await rig.Runner.RunAsync(work, Ct);
        await rig.Takeover.RunOnceAsync(Ct);

        Assert.Contains(NameQuestion, Assert.Single(Messages()));
        Assert.DoesNotContain(Busy, Messages().Single());
        Assert.DoesNotContain(Interrupted, Messages().Single());
        Assert.Empty(Journal.Entries);
    }

    /// <summary>Accepts a DM event as the endpoint would and answers the queued, journaled work.</summary>
    private static async Task<SlackWork> AcceptAsync(JournalRig rig, string eventId)
    {
        Assert.Equal(SlackAcceptance.Accepted, await rig.Acceptor.AcceptAsync(JournalRig.DirectMessage("three", eventId), Ct));
        Assert.True(rig.Queue.Reader.TryRead(out var work));
        return work!;
    }

    /// <summary>Each message the bot posted, its texts (fallback and blocks) joined.</summary>
    private List<string> Messages() => [.. Slack.CallsTo("chat.postMessage").Select(c => string.Join(" | ", c.AllText()))];
}
