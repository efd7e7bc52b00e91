using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Core.Tests.Service;

public sealed class ElementRankingsTests
{
    private static readonly Quarter Now = new(2026, 4);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_CustomerAnsweredInTwoQuarters_CountsOnlyTheNewestCompletedSet()
    {
        var store = new InMemorySurveyAnswerStore();
        await store.SaveAsync(Set("cust-1", Now.Previous(), ElementImportance.NotImportant, completed: true), Ct);
        await store.SaveAsync(Set("cust-1", Now, ElementImportance.Crucial, completed: true), Ct);
        await store.SaveAsync(Set("cust-2", Now, ElementImportance.Important, completed: true), Ct);
        await store.SaveAsync(Set("cust-3", Now, ElementImportance.Crucial, completed: false), Ct);
        await store.SaveAsync(Set("cust-4", Now.Previous().Previous().Previous().Previous(), ElementImportance.Crucial, completed: true), Ct);

        var summary = await Rankings(store).GetAsync("t1", Ct);

        Assert.Equal(2, summary.Respondents);
        Assert.Equal(new ElementRankingCounts(1, 1, 0, 0), summary.ByElement[ServiceElementDefaults.Shipping]);
    }

    [Fact]
    public async Task GetAsync_OtherTenantsAnswers_AreNotCounted()
    {
        var store = new InMemorySurveyAnswerStore();
        await store.SaveAsync(Set("cust-1", Now, ElementImportance.Crucial, completed: true) with { Tenant = "t2" }, Ct);

        var summary = await Rankings(store).GetAsync("t1", Ct);

        Assert.Equal(ElementRankingSummary.Empty.Respondents, summary.Respondents);
        Assert.Empty(summary.ByElement);
    }

    private static ElementRankings Rankings(ISurveyAnswerStore store) =>
        new(store, new FeedbackBotOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero)));

    private static SurveyAnswerSet Set(string customer, Quarter quarter, ElementImportance shipping, bool completed) =>
        new("t1", customer, quarter, new Dictionary<string, ElementImportance> { [ServiceElementDefaults.Shipping] = shipping }, null, completed, DateTimeOffset.UnixEpoch);
}
