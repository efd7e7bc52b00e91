using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Tests.Support;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Core.Tests.Workspace;

public sealed class WorkspaceRolesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IsAdminAsync_ConfiguredAdmin_IsAdminInEveryTenantButNotManager()
    {
        var roles = Roles(new InMemoryRoleGrantStore());

        Assert.True(await roles.IsAdminAsync("t1", "U-ADMIN", Ct));
        Assert.True(await roles.IsAdminAsync("t2", "U-ADMIN", Ct));
        Assert.False(await roles.IsManagerAsync("t1", "U-ADMIN", Ct));
        Assert.False(await roles.IsAdminAsync("t1", "U-OTHER", Ct));
    }

    [Fact]
    public async Task GrantAsync_Manager_IsManagerOnlyInThatTenant()
    {
        var roles = Roles(new InMemoryRoleGrantStore());

        var outcome = await roles.GrantAsync("t1", "U2", "Bo", WorkspaceRole.Manager, "U-ADMIN", Ct);

        Assert.Equal(RoleChangeOutcome.Granted, outcome);
        Assert.True(await roles.IsManagerAsync("t1", "U2", Ct));
        Assert.False(await roles.IsManagerAsync("t2", "U2", Ct));
        Assert.Equal(["U-MANAGER", "U2"], await roles.GetManagersAsync("t1", Ct));
    }

    [Fact]
    public async Task GrantAsync_AlreadyHeld_SaysSo()
    {
        var roles = Roles(new InMemoryRoleGrantStore());

        var outcome = await roles.GrantAsync("t1", "U-ADMIN", null, WorkspaceRole.Admin, "U-ADMIN", Ct);

        Assert.Equal(RoleChangeOutcome.AlreadyHeld, outcome);
    }

    [Fact]
    public async Task RevokeAsync_ConfiguredRole_IsRefused()
    {
        var roles = Roles(new InMemoryRoleGrantStore());

        var outcome = await roles.RevokeAsync("t1", "U-ADMIN", WorkspaceRole.Admin, Ct);

        Assert.Equal(RoleChangeOutcome.Configured, outcome);
        Assert.True(await roles.IsAdminAsync("t1", "U-ADMIN", Ct));
    }

    [Fact]
    public async Task RevokeAsync_LastAdminWithoutConfiguredOnes_IsRefused()
    {
        var store = new InMemoryRoleGrantStore();
        var roles = new WorkspaceRoles(store, new FeedbackBotOptions(), new FakeTimeProvider());
        await store.GrantAsync("t1", new RoleGrant("U1", WorkspaceRole.Admin, null, null), Ct);

        var outcome = await roles.RevokeAsync("t1", "U1", WorkspaceRole.Admin, Ct);

        Assert.Equal(RoleChangeOutcome.LastAdmin, outcome);
    }

    [Fact]
    public async Task RevokeAsync_GrantedAdmin_RemovesIt()
    {
        var roles = Roles(new InMemoryRoleGrantStore());
        await roles.GrantAsync("t1", "U2", null, WorkspaceRole.Admin, "U-ADMIN", Ct);

        var outcome = await roles.RevokeAsync("t1", "U2", WorkspaceRole.Admin, Ct);

        Assert.Equal(RoleChangeOutcome.Revoked, outcome);
        Assert.False(await roles.IsAdminAsync("t1", "U2", Ct));
    }

    private static WorkspaceRoles Roles(IRoleGrantStore store)
    {
        var options = new FeedbackBotOptions();
        options.Admins.Add("U-ADMIN");
        options.Managers.Add("U-MANAGER");
        return new WorkspaceRoles(store, options, new FakeTimeProvider());
    }
}
