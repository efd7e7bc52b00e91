using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Core.Tests.Service;

public sealed class SurveyInvitationsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldInviteAfterVoteAsync_EveryTenth_PicksAboutOneInTenAndTheSameAgain()
    {
        var invitations = Invitations(new InMemorySurveyAnswerStore(), every: 10);
        var ids = Enumerable.Range(0, 2000).Select(i => $"ticket-{i}").ToList();

        var picked = new List<string>();
        foreach (var id in ids)
        {
            if (await invitations.ShouldInviteAfterVoteAsync("t1", "cust-1", id, Ct))
            {
                picked.Add(id);
            }
        }

        Assert.InRange(picked.Count, 150, 250);
        Assert.True(await invitations.ShouldInviteAfterVoteAsync("t1", "cust-1", picked[0], Ct));
    }

    [Fact]
    public async Task ShouldInviteAfterVoteAsync_Zero_NeverInvites()
    {
        var invitations = Invitations(new InMemorySurveyAnswerStore(), every: 0);

        var invited = await invitations.ShouldInviteAfterVoteAsync("t1", "cust-1", "ticket-1", Ct);

        Assert.False(invited);
    }

    [Fact]
    public async Task ShouldInviteAfterVoteAsync_CustomerCompletedThisQuarter_DoesNotInviteAgain()
    {
        var store = new InMemorySurveyAnswerStore();
        await store.SaveAsync(new SurveyAnswerSet("t1", "cust-1", new Quarter(2026, 4), new Dictionary<string, ElementImportance>(), null, true, Now), Ct);
        var invitations = Invitations(store, every: 1);

        var invited = await invitations.ShouldInviteAfterVoteAsync("t1", "cust-1", "ticket-1", Ct);
        var other = await invitations.ShouldInviteAfterVoteAsync("t1", "cust-2", "ticket-1", Ct);

        Assert.False(invited);
        Assert.True(other);
    }

    [Fact]
    public async Task CanInviteAsync_UnfinishedSet_StillInvites()
    {
        var store = new InMemorySurveyAnswerStore();
        await store.SaveAsync(new SurveyAnswerSet("t1", "cust-1", new Quarter(2026, 4), new Dictionary<string, ElementImportance>(), null, false, Now), Ct);

        var can = await Invitations(store, every: 1).CanInviteAsync("t1", "cust-1", Ct);

        Assert.True(can);
    }

    private static SurveyInvitations Invitations(ISurveyAnswerStore store, int every) =>
        new(store, new FeedbackBotOptions { SurveyEveryNthVote = every }, new FakeTimeProvider(Now));
}
