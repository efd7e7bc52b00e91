using System.Collections.Immutable;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Conversations.Tests.Support;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Tests.Summaries;

/// <summary>Transcripts of /feedback-summary and "weekly summary": who may see what, and what the card says.</summary>
public sealed class FeedbackSummaryDialogTests : IDisposable
{
    // The harness clock stands on Friday 2026-11-20, in 2026-W47.
    private static readonly IsoWeek Week47 = new(2026, 47);

    private readonly InMemoryAggregates aggregates = new();
    private readonly InMemoryVotes votes = new();
    private readonly InMemoryDecisions decisions = new();
    private readonly FixedRoles roles = new();
    private readonly ConversationHarness harness;

    public FeedbackSummaryDialogTests()
    {
        harness = new ConversationHarness(services => services
            .AddSingleton<IWeeklyAggregateStore>(aggregates)
            .AddSingleton<IVoteStore>(votes)
            .AddSingleton<IDecisionLog>(decisions)
            .AddSingleton<IServiceCatalogStore>(new DefaultCatalog())
            .AddSingleton<IWorkspaceRoles>(roles)
            .AddSingleton<ISummaryLinks>(new SpellingLinks())
            .AddSingleton(Options.Create(new FeedbackBotOptions { TimeZone = "Europe/Berlin" }))
            .AddFeedbackSummaries());
        aggregates.Rows.Add(Aggregate("contoso", Week47, hits: 6, misses: 2, requests: 16));
        aggregates.Rows.Add(Aggregate("contoso", Week47.Previous(), hits: 2, misses: 2, requests: 8));
        aggregates.Rows.Add(Aggregate("fabrikam", Week47, hits: 1, misses: 9, requests: 10));
    }

    [Fact]
    public async Task Summary_Manager_GetsCardWithFiguresChartAndCsvLink()
    {
        roles.Managers.Add(("contoso", "user-1"));

        var sink = await harness.SayAsync("/feedback-summary");

        var card = Assert.Single(sink.Sent).Card;
        Assert.NotNull(card);
        Assert.StartsWith("Weekly summary 2026-W47 (16 Nov", card.Title, StringComparison.Ordinal);
        Assert.Equal("75% (HIT 6 / MISS 2)", card.Facts[0].Value);
        Assert.Equal("50% (8 votes / 16 requests)", card.Facts[1].Value);
        Assert.Equal("HIT rate +25 pp, +4 votes, response rate ±0 pp (previous week: 50% (HIT 2 / MISS 2))", card.Facts[2].Value);
        Assert.Equal("https://bot.example.com/chart/contoso/2026-W47//en", card.Image!.Url.AbsoluteUri);
        Assert.Contains("2026-W47: 75% of 8", card.Image.AltText, StringComparison.Ordinal);
        Assert.Equal("https://bot.example.com/csv/contoso/2026-W47/", Assert.Single(card.Links).Url.AbsoluteUri);
        Assert.Contains(card.Sections, s => s.Heading == "Who can see this" && s.Text!.Contains("Only managers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_NonManager_IsRefusedWithoutFigures()
    {
        roles.Managers.Add(("contoso", "someone-else"));

        var sink = await harness.SayAsync("/feedback-summary last week");

        var reply = Assert.Single(sink.Sent);
        Assert.Null(reply.Card);
        Assert.StartsWith("Sorry, only managers of this workspace", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ManagerOfAnotherTenant_IsRefused()
    {
        roles.Managers.Add(("fabrikam", "user-1"));

        var sink = await harness.SayAsync("/feedback-summary");

        Assert.Null(Assert.Single(sink.Sent).Card);
    }

    [Fact]
    public async Task Summary_ManagerOfTwoTenants_SeesOnlyTheTurnsTenant()
    {
        roles.Managers.Add(("contoso", "user-1"));
        roles.Managers.Add(("fabrikam", "user-1"));

        var contoso = await harness.SendAsync(ConversationHarness.Message("/feedback-summary"));
        var fabrikam = await harness.SendAsync(ConversationHarness.Message("/feedback-summary") with { Tenant = "fabrikam", Conversation = new("test", "conversation-2") });

        Assert.Equal("75% (HIT 6 / MISS 2)", contoso.Sent[0].Card!.Facts[0].Value);
        Assert.Equal("10% (HIT 1 / MISS 9)", fabrikam.Sent[0].Card!.Facts[0].Value);
        Assert.Contains("/fabrikam/", fabrikam.Sent[0].Card!.Links[0].Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklySummaryPhrase_LastWeek_SummarizesThePreviousWeek()
    {
        roles.Managers.Add(("contoso", "user-1"));

        var sink = await harness.SayAsync("Weekly summary last week");

        var card = Assert.Single(sink.Sent).Card!;
        Assert.StartsWith("Weekly summary 2026-W46", card.Title, StringComparison.Ordinal);
        Assert.Equal("50% (HIT 2 / MISS 2)", card.Facts[0].Value);
    }

    [Fact]
    public async Task Wochenbericht_GermanTurn_AnswersInGerman()
    {
        roles.Managers.Add(("contoso", "user-1"));

        var sink = await harness.SayAsync("Wochenbericht", locale: "de-DE");

        var card = Assert.Single(sink.Sent).Card!;
        Assert.StartsWith("Wochenbericht 2026-W47 (16. Nov", card.Title, StringComparison.Ordinal);
        Assert.Equal("HIT-Quote", card.Facts[0].Label);
        Assert.Equal("75 % (HIT 6 / MISS 2)", card.Facts[0].Value);
        Assert.EndsWith("/de", card.Image!.Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_TeamArgument_NarrowsToTheTeam()
    {
        roles.Managers.Add(("contoso", "user-1"));
        aggregates.Rows[0] = aggregates.Rows[0] with { ByTeam = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("Support", new HitMissCount(3, 1))]) };
        votes.Votes.Add(Miss("contoso", "Support", "Waited two days for an answer"));
        votes.Votes.Add(Miss("contoso", "Sales", "Pushy"));

        var sink = await harness.SayAsync("/feedback-summary 2026-W47 support");

        var card = Assert.Single(sink.Sent).Card!;
        Assert.Contains("team Support", card.Title, StringComparison.Ordinal);
        Assert.Equal("75% (HIT 3 / MISS 1)", card.Facts[0].Value);
        var comments = card.Sections.Single(s => s.Heading.StartsWith("Latest MISS", StringComparison.Ordinal)).Text!;
        Assert.Contains("Waited two days for an answer", comments, StringComparison.Ordinal);
        Assert.DoesNotContain("Pushy", comments, StringComparison.Ordinal);
        Assert.EndsWith("/Support", card.Links[0].Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feedback-summary 2026-W60", "There is no such week or date")]
    [InlineData("/feedback-summary 2027-W10", "That week has not begun yet")]
    public async Task Summary_BadPeriod_SaysWhatItExpects(string text, string expected)
    {
        roles.Managers.Add(("contoso", "user-1"));

        var sink = await harness.SayAsync(text);

        Assert.StartsWith(expected, Assert.Single(sink.Sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_InAGroupChat_IsShownOnlyWhereRepliesArePrivate()
    {
        roles.Managers.Add(("contoso", "user-1"));

        var group = await harness.SendAsync(ConversationHarness.Message("/feedback-summary") with { IsGroup = true });
        var ephemeral = await harness.SendAsync(ConversationHarness.Message("/feedback-summary") with { IsGroup = true, RepliesArePrivate = true });

        Assert.Null(Assert.Single(group.Sent).Card);
        Assert.StartsWith("Summaries are for managers only", group.Sent[0].Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(ephemeral.Sent).Card);
    }

    [Fact]
    public async Task Summary_EmptyWeek_SaysSoInsteadOfRates()
    {
        roles.Managers.Add(("contoso", "user-1"));
        aggregates.Rows.Clear();

        var sink = await harness.SayAsync("/feedback-summary");

        var card = Assert.Single(sink.Sent).Card!;
        Assert.Equal("No feedback requests and no votes this week.", card.Text);
        Assert.Equal("no votes (HIT 0 / MISS 0)", card.Facts[0].Value);
    }

    public void Dispose() => harness.Dispose();

    private static WeeklyAggregate Aggregate(string tenant, IsoWeek week, int hits, int misses, int requests) => new()
    {
        Tenant = tenant,
        Week = week,
        Votes = new HitMissCount(hits, misses),
        Requests = requests,
    };

    private static Vote Miss(string tenant, string team, string comment) => new()
    {
        Tenant = tenant,
        Week = Week47,
        InteractionId = "i-" + comment.Length,
        RequestId = "r-" + comment.Length,
        Verdict = Verdict.Miss,
        Comment = comment,
        AgentId = "agent-1",
        AgentName = "Sam",
        Team = team,
        Via = "link",
        VotedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero),
    };
}
