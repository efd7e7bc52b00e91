using FeedbackBot.Core.Service;
using FeedbackBot.Core.Workspace;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Service;

/// <summary>The service statement, the elements and the roles in Teams: admin-only changes, per-tenant data.</summary>
public sealed class TeamsStatementTests : IAsyncLifetime
{
    private TeamsServiceBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await TeamsServiceBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Set_ByNonAdmin_IsRefusedClearlyAndWritesNothing()
    {
        var replies = await _bot.SayAsync("service-statement set We answer within a day.", "Only admins", user: "29:ada");

        Assert.Equal(
            ["Only admins can change the service statement and the service elements. \"feedback-admin list\" shows who your admins are."],
            replies);
        Assert.Null(await _bot.Service<IServiceCatalogStore>().GetStatementAsync(Activities.TenantId, Ct));
    }

    [Fact]
    public async Task Set_ByAdmin_IsShownAndKeptInHistoryAndOnlyInItsTenant()
    {
        await _bot.SayAsync("service-statement set Every ticket answered within a day.", "Saved.", user: TeamsServiceBot.Admin);
        await _bot.SayAsync("service-statement set Same-day answers; free returns.", "Saved.", user: TeamsServiceBot.Admin);

        var shown = await _bot.SayAsync("service-statement", "Same-day answers", user: "29:ada");
        var history = await _bot.SayAsync("service-statement history", "history", user: "29:ada");
        var otherTenant = await _bot.SayAsync("service-statement", "no service statement yet", user: "29:ada", tenant: "other-tenant", conversation: "a:personal-2");

        Assert.Contains(shown, r => r.Contains("Our service statement", StringComparison.Ordinal));
        var lines = history.Single().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("Ada Lovelace: Same-day answers; free returns.", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("Ada Lovelace: Every ticket answered within a day.", lines[2], StringComparison.Ordinal);
        Assert.Single(otherTenant);
    }

    [Fact]
    public async Task Elements_NonAdminEdit_IsRefusedAndAdminEditsAreKept()
    {
        var refused = await _bot.SayAsync("service-statement elements add Live chat", "Only admins", user: "29:ada");
        await _bot.SayAsync("service-statement elements add Live chat", "Added \"Live chat\" (id: live-chat).", user: TeamsServiceBot.Admin);
        await _bot.SayAsync("service-statement elements rename shipping Delivery", "Renamed: shipping is now called \"Delivery\".", user: TeamsServiceBot.Admin);
        await _bot.SayAsync("service-statement elements retire warranties", "Retired \"Warranties\"", user: TeamsServiceBot.Admin);
        await _bot.SayAsync("service-statement elements cover Returns", "\"Returns\" is now covered", user: TeamsServiceBot.Admin);
        var unknown = await _bot.SayAsync("service-statement elements retire teleportation", "I don't know a service element", user: TeamsServiceBot.Admin);

        Assert.Single(refused);
        Assert.Single(unknown);
        var elements = await _bot.Service<IServiceCatalogStore>().GetElementsAsync(Activities.TenantId, Ct);
        Assert.Equal("live-chat", elements[^1].Id);
        Assert.Equal(new ServiceElement("shipping", "Delivery"), elements.Single(e => e.Id == "shipping"));
        Assert.True(elements.Single(e => e.Id == "warranties").Retired);
        Assert.True(elements.Single(e => e.Id == "returns").CoveredByStatement);
        Assert.Equal(ServiceElementDefaults.All, await _bot.Service<IServiceCatalogStore>().GetElementsAsync("other-tenant", Ct));
    }

    [Fact]
    public async Task Gap_NoAnswersAndNoVotes_SaysPlainlyThatThereIsNothingToCompare()
    {
        var replies = await _bot.SayAsync("service-statement gap", "nothing to compare");

        Assert.Equal(
            ["There's nothing to compare yet: no customer has answered the service survey, and no vote in the last 13 weeks named a service element. Invite customers with \"service-statement invite\"."],
            replies);
    }

    [Fact]
    public async Task Gap_AfterASurveyAnswer_NamesTheBlindspot()
    {
        await _bot.SayAsync("service-statement set Free returns.", "Saved.", user: TeamsServiceBot.Admin);
        await _bot.SayAsync("service-statement elements cover returns", "now covered", user: TeamsServiceBot.Admin);
        var quarter = Quarter.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        await _bot.Service<ISurveyAnswerStore>().SaveAsync(
            new SurveyAnswerSet(Activities.TenantId, "cust-1", quarter, new Dictionary<string, ElementImportance> { ["shipping"] = ElementImportance.Crucial }, null, true, DateTimeOffset.UtcNow),
            Ct);

        var replies = await _bot.SayAsync("service-statement gap", "definition gap");

        Assert.Contains(replies, r => r.Contains("Shipping: customers call it crucial (1 of 1); your statement never mentions it.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeedbackAdmin_AdminAddsManager_NonAdminCannotAndOtherTenantIsUnaffected()
    {
        var refused = await _bot.SayAsync("feedback-admin add manager 29:bo", "Only admins", user: "29:ada");
        await _bot.SayAsync("feedback-admin add manager 29:bo", "29:bo is now a manager.", user: TeamsServiceBot.Admin);
        var configured = await _bot.SayAsync("feedback-admin remove admin 29:admin", "by configuration", user: TeamsServiceBot.Admin);
        var list = await _bot.SayAsync("feedback-admin list", "Managers", user: "29:ada");

        Assert.Single(refused);
        Assert.Single(configured);
        Assert.Contains("Managers: 29:bo", list.Single(), StringComparison.Ordinal);
        var roles = _bot.Service<IWorkspaceRoles>();
        Assert.True(await roles.IsManagerAsync(Activities.TenantId, "29:bo", Ct));
        Assert.False(await roles.IsManagerAsync("other-tenant", "29:bo", Ct));
        Assert.False(await roles.IsAdminAsync(Activities.TenantId, "29:ada", Ct));
    }
}
