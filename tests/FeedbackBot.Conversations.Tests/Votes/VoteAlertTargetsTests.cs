using System.Globalization;
using FeedbackBot.Conversations.Votes;

namespace FeedbackBot.Conversations.Tests.Votes;

public sealed class VoteAlertTargetsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void For_TeamOfTheTenant_PrefersTheTeamThenTheTenantsDefault()
    {
        var targets = Targets(false, ("T1/support", "slack:C1SUPPORT"), ("T1/*", "slack:C1ANY"));

        var team = targets.For("T1", "Support");
        var other = targets.For("T1", "sales");
        var none = targets.For("T1", null);

        Assert.Equal(new AlertTarget("slack", "C1SUPPORT"), team);
        Assert.Equal(new AlertTarget("slack", "C1ANY"), other);
        Assert.Equal(new AlertTarget("slack", "C1ANY"), none);
    }

    [Fact]
    public void For_AnotherTenantWithTheSameTeamName_GetsNothing()
    {
        var targets = Targets(false, ("T1/support", "slack:C1SUPPORT"), ("T1/*", "slack:C1ANY"));

        var target = targets.For("T2", "support");

        Assert.Null(target);
    }

    [Fact]
    public void For_TenantIdsDifferingOnlyInCase_AreDifferentTenants()
    {
        var targets = Targets(false, ("T1/*", "slack:C1ANY"));

        var target = targets.For("t1", "support");

        Assert.Null(target);
    }

    [Fact]
    public void For_UnqualifiedKeysForEveryTenant_ComeAfterTheTenantsOwn()
    {
        var targets = Targets(true, ("T1/*", "slack:C1ANY"), ("support", "slack:CSUPPORT"), ("*", "slack:CANY"));

        var own = targets.For("T1", "support");
        var team = targets.For("T2", "SUPPORT");
        var any = targets.For("T2", "sales");

        Assert.Equal(new AlertTarget("slack", "C1ANY"), own);
        Assert.Equal(new AlertTarget("slack", "CSUPPORT"), team);
        Assert.Equal(new AlertTarget("slack", "CANY"), any);
    }

    [Fact]
    public void For_UnqualifiedKeysWithoutEveryTenant_AreNeverUsed()
    {
        var targets = Targets(false, ("support", "slack:CSUPPORT"), ("*", "slack:CANY"));

        var target = targets.For("T1", "support");

        Assert.Null(target);
    }

    [Fact]
    public void Problems_QualifiedKeysWithTargets_AreNone()
    {
        var problems = VoteAlertTargets.Problems(Map(("T1/support", "slack:C1"), ("T1/*", "msteams:19:abc@thread.tacv2")), unqualifiedForEveryTenant: false);

        Assert.Empty(problems);
    }

    [Fact]
    public void Problems_UnqualifiedKeyWithoutEveryTenant_NamesTheKeyAndTheFix()
    {
        var problems = VoteAlertTargets.Problems(Map(("*", "slack:C1")), unqualifiedForEveryTenant: false);

        var problem = Assert.Single(problems);
        Assert.Contains("AlertChannels:* names no tenant", problem, StringComparison.Ordinal);
        Assert.Contains("{tenant}/*", problem, StringComparison.Ordinal);
        Assert.Contains("AlertChannelsForEveryTenant=true", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/support", "slack:C1")]
    [InlineData("T1/", "slack:C1")]
    [InlineData("T1/*", "slack")]
    [InlineData("T1/*", ":C1")]
    public void Problems_HalfKeyOrTarget_IsReported(string key, string target)
    {
        var problems = VoteAlertTargets.Problems(Map((key, target)), unqualifiedForEveryTenant: true);

        Assert.Contains(problems, p => p.Contains($"AlertChannels:{key} must be", StringComparison.Ordinal));
    }

    private static VoteAlertTargets Targets(bool everyTenant, params (string Key, string Value)[] entries) => new(Map(entries), everyTenant, English);

    private static Dictionary<string, string> Map(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
}
