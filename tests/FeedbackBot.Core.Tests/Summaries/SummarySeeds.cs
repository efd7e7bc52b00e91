using System.Collections.Immutable;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Summaries;

/// <summary>Seeded aggregates, votes and decision records for summary tests.</summary>
internal static class SummarySeeds
{
    public const string Tenant = "contoso";

    public static WeeklyAggregate Aggregate(
        IsoWeek week,
        int hits,
        int misses,
        int requests = 0,
        Dictionary<string, HitMissCount>? agents = null,
        Dictionary<string, HitMissCount>? teams = null,
        Dictionary<string, HitMissCount>? elements = null,
        string tenant = Tenant) => new()
        {
            Tenant = tenant,
            Week = week,
            Requests = requests,
            Votes = new HitMissCount(hits, misses),
            ByAgent = (agents ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            ByTeam = (teams ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            ByElement = (elements ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            AgentNames = (agents ?? []).Keys.ToImmutableSortedDictionary(k => k, k => "Name of " + k, StringComparer.Ordinal),
        };

    public static Vote Miss(IsoWeek week, string comment, DateTimeOffset at, string? team = null, string tenant = Tenant) => new()
    {
        Tenant = tenant,
        Week = week,
        InteractionId = "i-" + at.ToUnixTimeSeconds(),
        RequestId = "r-" + at.ToUnixTimeSeconds(),
        Verdict = Verdict.Miss,
        Comment = comment,
        AgentId = "agent-1",
        AgentName = "Sam",
        Team = team,
        Via = "link",
        VotedAt = at,
    };

    public static DecisionRecord Decision(string id, DateTimeOffset createdAt, Verdict predicted, Verdict? actual = null, DateTimeOffset? actualAt = null) => new()
    {
        Tenant = Tenant,
        Id = id,
        OwnerId = "u-1",
        OwnerName = "Ada",
        Channel = "msteams",
        ConversationId = "c-1",
        Decision = "Decision " + id,
        PredictedReaction = predicted,
        ReactionReason = "why",
        FindsValue = true,
        ValueReason = "value",
        CustomersAsked = false,
        CreatedAt = createdAt,
        FollowUpDueAt = createdAt.AddDays(14),
        ActualReaction = actual,
        ActualRecordedAt = actualAt,
    };
}
