using FeedbackBot.Channels.Slack.Journal;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Journal;

public sealed class SlackWorkAcceptorTests : JournalTestBase
{

    [Fact]
    public async Task Accept_StoreUp_JournalsBeforeQueueingUnstartedUnderThisInstance()
    {
        var rig = await StartAsync();

        var accepted = await rig.Acceptor.AcceptAsync(JournalRig.DirectMessage("three"), Ct);

        Assert.Equal(SlackAcceptance.Accepted, accepted);
        var entry = Assert.Single(Journal.Entries);
        Assert.Equal((rig.InstanceId, 0), (entry.Owner, entry.Attempts));
        Assert.True(rig.Queue.Reader.TryPeek(out var queued));
        Assert.Equal(entry.Version, queued!.Entry?.Version);
    }

    [Fact]
    public async Task Accept_StoreDown_RefusedAndNothingQueued()
    {
        var rig = await StartAsync();
        Journal.Down = true;

        var accepted = await rig.Acceptor.AcceptAsync(JournalRig.DirectMessage("three"), Ct);

        Assert.Equal(SlackAcceptance.Refused, accepted);
        Assert.False(rig.Queue.Reader.TryPeek(out _));
        Journal.Down = false;
        Assert.Empty(Journal.Entries);
    }

    [Fact]
    public async Task Accept_EventDeliveredTwice_SecondIsAlreadyAcceptedAndNotQueued()
    {
        var rig = await StartAsync();
        await rig.Acceptor.AcceptAsync(JournalRig.DirectMessage("three", "EvTwice"), Ct);
        rig.Queue.Reader.TryRead(out _);

        var retry = await rig.Acceptor.AcceptAsync(JournalRig.DirectMessage("three", "EvTwice"), Ct);

        Assert.Equal(SlackAcceptance.AlreadyAccepted, retry);
        Assert.False(rig.Queue.Reader.TryPeek(out _));
        Assert.Single(Journal.Entries);
    }

    [Fact]
    public void JournaledWork_TurnWithEverythingSet_ReadsBackEqual()
    {
        var work = JournalRig.DirectMessage("three <@U7>", "EvRound");
        work = work with
        {
            Turn = work.Turn with { Values = new Dictionary<string, string> { ["a"] = "b" }, Mentions = [new("U7", null)], Locale = "de", IsGroup = true, RepliesArePrivate = true, SourceMessageId = "123.4" },
            Target = work.Target with { ThreadTs = "99.1", Ephemeral = true, ResponseUrl = new Uri("https://hooks.slack.test/r/1"), TriggerId = "trig" },
        };

        var read = JournaledWork.TryDeserialize(JournaledWork.Serialize(work)) as FeedbackBot.Channels.Slack.Processing.TurnWork;

        Assert.NotNull(read);
        Assert.Equal(work.Target, read.Target);
        Assert.Equal(work.Claim, read.Claim);
        Assert.Equal(work.Turn with { Values = read.Turn.Values, Mentions = read.Turn.Mentions }, read.Turn);
        Assert.Equal("b", read.Turn.Values["a"]);
        Assert.Equal("U7", Assert.Single(read.Turn.Mentions).Id);
    }
}
