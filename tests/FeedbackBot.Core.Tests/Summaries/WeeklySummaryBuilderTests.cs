using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using static FeedbackBot.Core.Tests.Summaries.SummarySeeds;

namespace FeedbackBot.Core.Tests.Summaries;

public sealed class WeeklySummaryBuilderTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly IsoWeek Week47 = new(2026, 47);

    [Fact]
    public void Build_SeededWeek_ComputesRatesAndDeltas()
    {
        var inputs = Inputs(Week47, [
            Aggregate(Week47, hits: 30, misses: 10, requests: 80),
            Aggregate(Week47.Previous(), hits: 15, misses: 15, requests: 60),
        ]);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(new HitMissCount(30, 10), summary.Votes);
        Assert.Equal(0.75, summary.Votes.HitRate);
        Assert.Equal(80, summary.Requests);
        Assert.Equal(0.5, summary.ResponseRate);
        Assert.Equal(25.0, summary.Change.HitRatePoints!.Value, precision: 9);
        Assert.Equal(10, summary.Change.VoteCountChange);
        Assert.Equal(0.0, summary.Change.ResponseRatePoints!.Value, precision: 9);
        Assert.Equal(new DateOnly(2026, 11, 16), summary.FirstDay);
        Assert.Equal(new DateOnly(2026, 11, 22), summary.LastDay);
    }

    [Fact]
    public void Build_AgentsAndTeams_ListOnlyFromThreeVotes()
    {
        var inputs = Inputs(Week47, [
            Aggregate(Week47, hits: 7, misses: 3,
                agents: new() { ["a-3"] = new(2, 1), ["a-2"] = new(1, 1), ["a-5"] = new(5, 0), ["a-0"] = new(0, 0) },
                teams: new() { ["Support"] = new(6, 2), ["Sales"] = new(1, 1) }),
        ]);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(["a-5", "a-3"], summary.Agents.Select(a => a.Key));
        Assert.Equal("Name of a-5", summary.Agents[0].Name);
        Assert.Equal(1, summary.AgentsBelowMinimum);
        Assert.Equal(["Support"], summary.Teams.Select(t => t.Key));
        Assert.Equal(1, summary.TeamsBelowMinimum);
    }

    [Fact]
    public void Build_Elements_NamedAndMostMissesFirst()
    {
        var inputs = Inputs(Week47, [
            Aggregate(Week47, hits: 5, misses: 5, elements: new() { ["shipping"] = new(1, 1), ["returns"] = new(0, 3), ["custom-x"] = new(2, 0) }),
        ]) with { Elements = ServiceElementDefaults.All };

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(["Returns", "Shipping", "custom-x"], summary.Elements.Select(e => e.Name));
    }

    [Fact]
    public void Build_EmptyWeek_HasZerosAndNoRates()
    {
        var inputs = Inputs(Week47, []);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.True(summary.IsEmpty);
        Assert.Equal(0, summary.Votes.Total);
        Assert.Null(summary.Votes.HitRate);
        Assert.Null(summary.ResponseRate);
        Assert.Null(summary.Change.HitRatePoints);
        Assert.Equal(0, summary.Change.VoteCountChange);
        Assert.Empty(summary.Agents);
        Assert.Empty(summary.MissComments);
        Assert.Equal(8, summary.Trend.Count);
        Assert.All(summary.Trend, p => Assert.Equal(0, p.Votes.Total));
        Assert.Null(summary.Decisions.PredictionRate);
    }

    [Fact]
    public void Build_Trend_EightWeeksOldestFirstWithGaps()
    {
        var inputs = Inputs(Week47, [
            Aggregate(Week47, hits: 3, misses: 1),
            Aggregate(Week47.Minus(7), hits: 1, misses: 1),
            Aggregate(Week47.Minus(8), hits: 100, misses: 0),
        ]);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(Enumerable.Range(40, 8).Select(w => new IsoWeek(2026, w)), summary.Trend.Select(p => p.Week));
        Assert.Equal(2, summary.Trend[0].Votes.Total);
        Assert.Equal(0, summary.Trend[3].Votes.Total);
        Assert.Equal(4, summary.Trend[7].Votes.Total);
    }

    [Fact]
    public void Build_NewYearWeek_ComparesWithWeek53AndTrendsAcrossYears()
    {
        var week1 = new IsoWeek(2027, 1);
        var inputs = Inputs(week1, [
            Aggregate(week1, hits: 9, misses: 1, requests: 20),
            Aggregate(new IsoWeek(2026, 53), hits: 4, misses: 4, requests: 10),
        ]);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(new HitMissCount(4, 4), summary.Change.PreviousVotes);
        Assert.Equal(40.0, summary.Change.HitRatePoints!.Value, precision: 9);
        Assert.Equal(new IsoWeek(2026, 47), summary.Trend[0].Week);
        Assert.Equal(new IsoWeek(2026, 53), summary.Trend[6].Week);
        Assert.Equal(new DateOnly(2027, 1, 4), summary.FirstDay);
        Assert.Equal(new DateOnly(2027, 1, 10), summary.LastDay);
    }

    [Fact]
    public void Build_DstWeek_CountsDecisionsByTheLocalWeek()
    {
        // 2026-W43 in Berlin: clocks fall back on Sunday 25 October, so the week has 169 hours.
        var week = new IsoWeek(2026, 43);
        var sundayLateLocal = new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.FromHours(1));
        var mondayEarlyLocal = new DateTimeOffset(2026, 10, 26, 0, 30, 0, TimeSpan.FromHours(1));
        var mondayStartLocal = new DateTimeOffset(2026, 10, 19, 0, 10, 0, TimeSpan.FromHours(2));
        var inputs = Inputs(week, []) with
        {
            Decisions =
            [
                Decision("in-late", sundayLateLocal, Verdict.Hit),
                Decision("in-early", mondayStartLocal, Verdict.Miss),
                Decision("next-week", mondayEarlyLocal, Verdict.Hit),
                Decision("before", mondayStartLocal.AddMinutes(-20), Verdict.Hit),
            ],
        };

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(["in-late", "in-early"], summary.Decisions.Checks.Select(d => d.Id));
        Assert.Equal(TimeSpan.FromHours(169), week.EndIn(Berlin) - week.StartIn(Berlin));
    }

    [Fact]
    public void Build_ClosedLoops_ShowsThisWeeksAndRateOverLookback()
    {
        var start = Week47.StartIn(Berlin);
        var inputs = Inputs(Week47, []) with
        {
            Decisions =
            [
                Decision("closed-now-true", start.AddDays(-30), Verdict.Hit, Verdict.Hit, start.AddDays(1)),
                Decision("closed-now-false", start.AddDays(-20), Verdict.Hit, Verdict.Miss, start.AddDays(2)),
                Decision("closed-earlier-true", start.AddDays(-60), Verdict.Miss, Verdict.Miss, start.AddDays(-10)),
                Decision("closed-too-long-ago", start.AddDays(-200), Verdict.Hit, Verdict.Miss, start.AddDays(-120)),
                Decision("closed-after-week", start.AddDays(-20), Verdict.Hit, Verdict.Miss, start.AddDays(8)),
                Decision("open", start.AddDays(3), Verdict.Miss),
            ],
        };

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(["closed-now-false", "closed-now-true"], summary.Decisions.ClosedLoops.Select(d => d.Id));
        Assert.Equal(["open"], summary.Decisions.Checks.Select(d => d.Id));
        Assert.Equal(3, summary.Decisions.ClosedInLookback);
        Assert.Equal(2, summary.Decisions.CameTrueInLookback);
        Assert.Equal(2.0 / 3, summary.Decisions.PredictionRate!.Value, precision: 9);
    }

    [Fact]
    public void Build_MissComments_NewestFirstAtMostFiveVerbatim()
    {
        var start = Week47.StartIn(Berlin);
        var misses = Enumerable.Range(0, 7)
            .Select(i => Miss(Week47, $"comment {i}, with \"quotes\" 🙁", start.AddHours(i)))
            .Append(Miss(Week47.Previous(), "other week", start.AddHours(50)))
            .Append(Miss(Week47, "other tenant", start.AddHours(60), tenant: "fabrikam"))
            .ToList();
        var inputs = Inputs(Week47, []) with { LatestMisses = misses };

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(
            ["comment 6, with \"quotes\" 🙁", "comment 5, with \"quotes\" 🙁", "comment 4, with \"quotes\" 🙁", "comment 3, with \"quotes\" 🙁", "comment 2, with \"quotes\" 🙁"],
            summary.MissComments.Select(c => c.Text));
    }

    [Fact]
    public void Build_TeamQuery_UsesTheTeamsSliceWithStoredSpelling()
    {
        var start = Week47.StartIn(Berlin);
        var inputs = Inputs(Week47, [
            Aggregate(Week47, hits: 10, misses: 10, requests: 50, teams: new() { ["Support"] = new(4, 1), ["Sales"] = new(6, 9) }),
            Aggregate(Week47.Previous(), hits: 2, misses: 2, teams: new() { ["Support"] = new(1, 1) }),
        ]) with
        {
            Query = new SummaryQuery(Week47, "support"),
            LatestMisses = [Miss(Week47, "slow", start.AddHours(1), team: "Support"), Miss(Week47, "rude", start.AddHours(2), team: "Sales")],
        };

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal("Support", summary.Team);
        Assert.Equal(new HitMissCount(4, 1), summary.Votes);
        Assert.Null(summary.Requests);
        Assert.Null(summary.ResponseRate);
        Assert.Equal(30.0, summary.Change.HitRatePoints!.Value, precision: 9);
        Assert.Empty(summary.Agents);
        Assert.Equal(["slow"], summary.MissComments.Select(c => c.Text));
        Assert.Equal(2, summary.Trend[6].Votes.Total);
    }

    [Fact]
    public void Build_OtherTenantsAggregate_IsIgnored()
    {
        var inputs = Inputs(Week47, [Aggregate(Week47, hits: 99, misses: 1, tenant: "fabrikam")]);

        var summary = WeeklySummaryBuilder.Build(inputs);

        Assert.Equal(0, summary.Votes.Total);
    }

    private static SummaryInputs Inputs(IsoWeek week, IReadOnlyList<WeeklyAggregate> aggregates) => new()
    {
        Tenant = Tenant,
        Query = new SummaryQuery(week),
        Zone = Berlin,
        Aggregates = aggregates,
    };
}
