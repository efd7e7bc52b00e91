using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Core.Tests.Service;

public sealed class DefinitionGapCalculatorTests
{
    private static readonly ServiceStatement Statement = new("Free returns, a real guarantee.", "U1", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// The seeded elements; the statement covers guarantees, returns and after-hours service.
    /// Four customers ranked: shipping 3 crucial + 1 important; returns 1 crucial + 3 important;
    /// after-hours 4 nice to have; guarantees 2 crucial + 2 important.
    /// Votes: 10 MISSes in all, 4 name shipping (1 HIT too); returns 1 HIT 3 MISSes.
    /// </summary>
    private static IReadOnlyList<ServiceElement> Elements =>
    [
        .. ServiceElementDefaults.All.Select(e => e.Id is ServiceElementDefaults.Guarantees or ServiceElementDefaults.Returns or ServiceElementDefaults.AfterHoursService
            ? e with { CoveredByStatement = true }
            : e),
    ];

    private static ElementRankingSummary Rankings => new(
        new Dictionary<string, ElementRankingCounts>
        {
            [ServiceElementDefaults.Shipping] = new(3, 1, 0, 0),
            [ServiceElementDefaults.Returns] = new(1, 3, 0, 0),
            [ServiceElementDefaults.AfterHoursService] = new(0, 0, 4, 0),
            [ServiceElementDefaults.Guarantees] = new(2, 2, 0, 0),
        },
        4);

    private static ElementVoteFigures Votes => new(
        new HitMissCount(20, 10),
        new Dictionary<string, HitMissCount>
        {
            [ServiceElementDefaults.Shipping] = new(1, 4),
            [ServiceElementDefaults.Returns] = new(1, 3),
        });

    [Fact]
    public void Compute_SeededData_ShippingIsABlindspotNamedByFortyPercentOfMisses()
    {
        var gap = DefinitionGapCalculator.Compute(Statement, Elements, Rankings, Votes);

        var shipping = gap.Rows[0];
        Assert.Equal(ServiceElementDefaults.Shipping, shipping.Element.Id);
        Assert.Equal(GapFinding.Blindspot, shipping.Finding);
        Assert.Equal(CustomerView.Crucial, shipping.View);
        Assert.False(shipping.Covered);
        Assert.Equal(0.4, shipping.MissShare);
        Assert.Equal(0.2, shipping.Votes.HitRate);
    }

    [Fact]
    public void Compute_SeededData_FindsEveryKindOfGapInOrderOfUrgency()
    {
        var gap = DefinitionGapCalculator.Compute(Statement, Elements, Rankings, Votes);

        Assert.Equal(
            [
                (ServiceElementDefaults.Shipping, GapFinding.Blindspot),
                (ServiceElementDefaults.Returns, GapFinding.BrokenPromise),
                (ServiceElementDefaults.AfterHoursService, GapFinding.Overpromise),
            ],
            gap.Gaps.Select(r => (r.Element.Id, r.Finding)));
        Assert.Equal(GapFinding.Aligned, gap.Rows.Single(r => r.Element.Id == ServiceElementDefaults.Guarantees).Finding);
        Assert.Equal(
            [ServiceElementDefaults.Warranties, ServiceElementDefaults.ReturningContacts, ServiceElementDefaults.OrderFulfillment],
            gap.Rows.Where(r => r.Finding == GapFinding.NoData).Select(r => r.Element.Id));
        Assert.True(gap.HasData);
    }

    [Fact]
    public void Compute_NoAnswersAndNoVotes_SaysThereIsNoData()
    {
        var gap = DefinitionGapCalculator.Compute(null, ServiceElementDefaults.All, ElementRankingSummary.Empty, ElementVoteFigures.Empty);

        Assert.False(gap.HasData);
        Assert.False(gap.HasStatement);
        Assert.Empty(gap.Gaps);
        Assert.All(gap.Rows, r => Assert.Equal(GapFinding.NoData, r.Finding));
        Assert.All(gap.Rows, r => Assert.Null(r.MissShare));
    }

    [Fact]
    public void Compute_NoStatement_CountsNothingAsCovered()
    {
        var gap = DefinitionGapCalculator.Compute(null, Elements, Rankings, Votes);

        Assert.All(gap.Rows, r => Assert.False(r.Covered));
        Assert.Equal(
            [ServiceElementDefaults.Shipping, ServiceElementDefaults.Guarantees],
            gap.Gaps.Select(r => r.Element.Id));
    }

    [Fact]
    public void Compute_RetiredElement_IsLeftOut()
    {
        var elements = Elements.Select(e => e.Id == ServiceElementDefaults.Shipping ? e with { Retired = true } : e).ToList();

        var gap = DefinitionGapCalculator.Compute(Statement, elements, Rankings, Votes);

        Assert.DoesNotContain(gap.Rows, r => r.Element.Id == ServiceElementDefaults.Shipping);
    }

    [Fact]
    public void Compute_CoveredElementWithTwoMisses_IsNotYetABrokenPromise()
    {
        var votes = new ElementVoteFigures(new HitMissCount(0, 2), new Dictionary<string, HitMissCount> { [ServiceElementDefaults.Returns] = new(0, 2) });

        var gap = DefinitionGapCalculator.Compute(Statement, Elements, Rankings, votes);

        Assert.Equal(GapFinding.Aligned, gap.Rows.Single(r => r.Element.Id == ServiceElementDefaults.Returns).Finding);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, CustomerView.Unranked)]
    [InlineData(2, 0, 2, 0, CustomerView.Crucial)]
    [InlineData(1, 1, 1, 0, CustomerView.Important)]
    [InlineData(1, 0, 1, 1, CustomerView.Minor)]
    [InlineData(0, 0, 0, 1, CustomerView.Minor)]
    public void ViewOf_Counts_NamesTheMajority(int crucial, int important, int nice, int not, CustomerView expected)
    {
        var view = DefinitionGapCalculator.ViewOf(new ElementRankingCounts(crucial, important, nice, not));

        Assert.Equal(expected, view);
    }
}
