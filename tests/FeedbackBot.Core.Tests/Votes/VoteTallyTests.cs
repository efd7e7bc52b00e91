using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Votes;

public sealed class VoteTallyTests
{
    private static readonly IsoWeek Week = new(2026, 47);

    [Fact]
    public void Replace_HitWithMissNamingElement_MovesEveryCount()
    {
        var hit = Vote(Verdict.Hit, element: null);
        var miss = Vote(Verdict.Miss, element: "shipping");
        var counted = VoteTally.Count(WeeklyAggregate.Empty("t", Week), hit, +1);

        var replaced = VoteTally.Replace(counted, hit, miss);

        Assert.Equal(new HitMissCount(0, 1), replaced.Votes);
        Assert.Equal(new HitMissCount(0, 1), replaced.ByAgent["agent-7"]);
        Assert.Equal(new HitMissCount(0, 1), replaced.ByTeam["support"]);
        Assert.Equal(new HitMissCount(0, 1), replaced.ByElement["shipping"]);
    }

    [Fact]
    public void Count_VoteCountedOut_LeavesNoEmptyEntries()
    {
        var vote = Vote(Verdict.Miss, element: "returns");
        var counted = VoteTally.Count(WeeklyAggregate.Empty("t", Week), vote, +1);

        var removed = VoteTally.Count(counted, vote, -1);

        Assert.Equal(0, removed.Votes.Total);
        Assert.Empty(removed.ByAgent);
        Assert.Empty(removed.ByElement);
        Assert.Empty(removed.ByTeam);
    }

    [Fact]
    public void Rebuild_VotesAndRequests_CountsAskedRequestsOnly()
    {
        var request = new FeedbackRequest
        {
            Tenant = "t", InteractionId = "i", RequestId = "r", Week = Week, Customer = new FeedbackCustomer("c"), Agent = new FeedbackAgent("a"),
            RequestedBy = "api", OccurredAt = default, CreatedAt = default, ExpiresAt = default,
        };

        var rebuilt = VoteTally.Rebuild("t", Week, [Vote(Verdict.Hit), Vote(Verdict.Hit), Vote(Verdict.Miss)], [request, request with { Skipped = RequestSkipReason.OptedOut }]);

        Assert.Equal(new HitMissCount(2, 1), rebuilt.Votes);
        Assert.Equal(1, rebuilt.Requests);
        Assert.Equal(3.0, rebuilt.ResponseRate);
    }

    private static Vote Vote(Verdict verdict, string? element = null) => new()
    {
        Tenant = "t", Week = Week, InteractionId = Guid.NewGuid().ToString("N"), RequestId = "r", Verdict = verdict, ElementId = element,
        AgentId = "agent-7", AgentName = "Sam", Team = "support", Via = "link", VotedAt = default,
    };
}
