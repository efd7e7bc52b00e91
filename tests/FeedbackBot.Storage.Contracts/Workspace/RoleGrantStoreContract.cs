using FeedbackBot.Core.Workspace;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Workspace;

/// <summary>Behaviour every <see cref="IRoleGrantStore"/> must show, through the port only.</summary>
public abstract class RoleGrantStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 14, 3, 0, TimeSpan.Zero);

    /// <summary>A new store over this test's storage; two calls see the same data, as two instances would.</summary>
    protected abstract Task<IRoleGrantStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_NothingGranted_IsEmpty()
    {
        var store = await CreateStoreAsync();

        var grants = await store.ListAsync(ContractValues.Unique("tenant"), Ct);

        Assert.Empty(grants);
    }

    [Fact]
    public async Task GrantAsync_AdminAndManager_ListsBothWithEveryField()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var admin = new RoleGrant("29:1a/ö#", WorkspaceRole.Admin, "U0", At, UserName: "Zoë");
        var manager = new RoleGrant("U2", WorkspaceRole.Manager, "U0", At.AddMinutes(1));

        await store.GrantAsync(tenant, admin, Ct);
        await store.GrantAsync(tenant, manager, Ct);
        var grants = await (await CreateStoreAsync()).ListAsync(tenant, Ct);

        Assert.Equal([admin, manager], grants.OrderBy(g => g.Role));
    }

    [Fact]
    public async Task GrantAsync_SameUserAndRoleAgain_KeepsOneGrant()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await store.GrantAsync(tenant, new RoleGrant("U1", WorkspaceRole.Admin, "U0", At), Ct);

        await store.GrantAsync(tenant, new RoleGrant("U1", WorkspaceRole.Admin, "U9", At.AddDays(1)), Ct);

        var grant = Assert.Single(await store.ListAsync(tenant, Ct));
        Assert.Equal("U9", grant.GrantedBy);
    }

    [Fact]
    public async Task RevokeAsync_HeldRole_RemovesOnlyThatRole()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await store.GrantAsync(tenant, new RoleGrant("U1", WorkspaceRole.Admin, "U0", At), Ct);
        await store.GrantAsync(tenant, new RoleGrant("U1", WorkspaceRole.Manager, "U0", At), Ct);

        var revoked = await store.RevokeAsync(tenant, "U1", WorkspaceRole.Admin, Ct);

        Assert.True(revoked);
        Assert.Equal(WorkspaceRole.Manager, Assert.Single(await store.ListAsync(tenant, Ct)).Role);
    }

    [Fact]
    public async Task RevokeAsync_NotHeld_ReturnsFalse()
    {
        var store = await CreateStoreAsync();

        var revoked = await store.RevokeAsync(ContractValues.Unique("tenant"), "U1", WorkspaceRole.Manager, Ct);

        Assert.False(revoked);
    }

    [Fact]
    public async Task Tenants_GrantInOne_NeverShowsInAnother()
    {
        var store = await CreateStoreAsync();
        var mine = ContractValues.Unique("tenant");
        await store.GrantAsync(mine, new RoleGrant("U1", WorkspaceRole.Admin, "U0", At), Ct);

        var theirs = await store.ListAsync(ContractValues.Unique("tenant") + ContractValues.InjectionSuffix, Ct);

        Assert.Empty(theirs);
    }
}
