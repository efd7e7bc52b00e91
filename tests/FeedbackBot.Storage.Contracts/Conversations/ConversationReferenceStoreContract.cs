using System.Globalization;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.Contracts.Conversations;

/// <summary>
/// Behaviour every <see cref="IConversationReferenceStore"/> must show. A provider's test class
/// inherits this and supplies the store; all tests go through the port only.
/// </summary>
public abstract class ConversationReferenceStoreContract
{
    /// <summary>
    /// A new store instance over the backing storage of this test. Two calls in one test must
    /// give two instances that see the same data, as two processes of the bot would.
    /// </summary>
    protected abstract Task<IConversationReferenceStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_NothingStored_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var found = await store.FindAsync(ContractValues.Unique("tenant"), "user", Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task UpsertAsync_EveryField_RoundTrips()
    {
        var store = await CreateStoreAsync();
        var reference = FullReference(ContractValues.Unique("tenant"), "29:1a-Zoë-👍🏽");

        await store.UpsertAsync(reference, Ct);
        var found = await store.FindAsync(reference.Tenant, reference.UserId, Ct);

        Assert.Equal(reference, found);
    }

    [Fact]
    public async Task UpsertAsync_OptionalFieldsNull_RoundTripAsNull()
    {
        var store = await CreateStoreAsync();
        var reference = MinimalReference(ContractValues.Unique("tenant"), "user");

        await store.UpsertAsync(reference, Ct);
        var found = await store.FindAsync(reference.Tenant, reference.UserId, Ct);

        Assert.Equal(reference, found);
    }

    [Fact]
    public async Task UpsertAsync_SameTenantAndUser_ReplacesEveryField()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        await store.UpsertAsync(FullReference(tenant, "user"), Ct);
        var replacement = MinimalReference(tenant, "user") with
        {
            ConversationId = "a newer conversation",
            UpdatedAt = ContractValues.SomeTime.AddDays(1),
        };

        await store.UpsertAsync(replacement, Ct);
        var found = await store.FindAsync(tenant, "user", Ct);
        var all = await store.ListAsync(tenant, Ct);

        Assert.Equal(replacement, found);
        Assert.Equal(replacement, Assert.Single(all));
    }

    [Theory]
    [InlineData("slash/")]
    [InlineData("hash#")]
    [InlineData("question?")]
    [InlineData("backslash\\")]
    [InlineData("quote'")]
    [InlineData("pipe|")]
    [InlineData("percent%2F")]
    [InlineData("control\t\n\r\u0001\u001f\u007f")]
    [InlineData("unicode Zoë 日本 👍🏽")]
    public async Task UpsertAsync_KeysWithReservedCharacters_RoundTrip(string fragment)
    {
        var store = await CreateStoreAsync();
        var reference = FullReference(fragment + ContractValues.Unique("tenant"), fragment + "user");

        await store.UpsertAsync(reference, Ct);
        var found = await store.FindAsync(reference.Tenant, reference.UserId, Ct);
        var listed = await store.ListAsync(reference.Tenant, Ct);

        Assert.Equal(reference, found);
        Assert.Equal(reference, Assert.Single(listed));
    }

    [Fact]
    public async Task FindAsync_UserOfAnotherTenant_ReturnsNull()
    {
        var store = await CreateStoreAsync();
        var owner = ContractValues.Unique("tenant");
        await store.UpsertAsync(FullReference(owner, "user"), Ct);

        var found = await store.FindAsync(owner + "-other", "user", Ct);
        var injected = await store.FindAsync(ContractValues.Unique("t") + ContractValues.InjectionSuffix, "user", Ct);

        Assert.Null(found);
        Assert.Null(injected);
    }

    [Fact]
    public async Task ListAsync_TenantIdBuiltToWidenAQuery_ReturnsOnlyItsOwnReferences()
    {
        var store = await CreateStoreAsync();
        var victim = ContractValues.Unique("tenant");
        var attacker = ContractValues.Unique("t") + ContractValues.InjectionSuffix;
        await store.UpsertAsync(FullReference(victim, "victim-user"), Ct);
        await store.UpsertAsync(FullReference(attacker, "attacker-user"), Ct);

        var attackerList = await store.ListAsync(attacker, Ct);
        var victimList = await store.ListAsync(victim, Ct);

        Assert.Equal(["attacker-user"], attackerList.Select(r => r.UserId));
        Assert.Equal(["victim-user"], victimList.Select(r => r.UserId));
    }

    [Fact]
    public async Task ListAsync_TenantsSharingAPrefix_AreSeparate()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        string[] tenants = [tenant, tenant + "2", tenant + "|", tenant + "/x", tenant.ToUpperInvariant()];
        foreach (var t in tenants)
        {
            await store.UpsertAsync(MinimalReference(t, "user of " + t), Ct);
        }

        var lists = new List<IReadOnlyList<ConversationReference>>();
        foreach (var t in tenants)
        {
            lists.Add(await store.ListAsync(t, Ct));
        }

        for (var i = 0; i < tenants.Length; i++)
        {
            Assert.Equal(["user of " + tenants[i]], lists[i].Select(r => r.UserId));
        }
    }

    [Fact]
    public async Task ListAsync_UnknownTenant_ReturnsEmpty()
    {
        var store = await CreateStoreAsync();

        var listed = await store.ListAsync(ContractValues.Unique("tenant"), Ct);

        Assert.Empty(listed);
    }

    [Fact]
    public async Task ListAsync_MoreThanOnePageOfReferences_ReturnsEveryOne()
    {
        var store = await CreateStoreAsync();
        var tenant = ContractValues.Unique("tenant");
        var expected = Enumerable.Range(0, 1_100)
            .Select(i => MinimalReference(tenant, "user-" + i.ToString("D4", CultureInfo.InvariantCulture)))
            .ToList();
        await Parallel.ForEachAsync(
            expected,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Ct },
            async (reference, ct) => await store.UpsertAsync(reference, ct));

        var listed = await store.ListAsync(tenant, Ct);

        Assert.Equal(expected, listed.OrderBy(r => r.UserId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindAsync_FromAnotherInstance_SeesUpsert()
    {
        var writer = await CreateStoreAsync();
        var reader = await CreateStoreAsync();
        var reference = FullReference(ContractValues.Unique("tenant"), "user");

        await writer.UpsertAsync(reference, Ct);
        var found = await reader.FindAsync(reference.Tenant, reference.UserId, Ct);

        Assert.Equal(reference, found);
    }

    private static ConversationReference FullReference(string tenant, string userId) => new()
    {
        Tenant = tenant,
        UserId = userId,
        Channel = "msteams",
        ConversationId = "a:1Xy-conversation/with#odd?chars\\'",
        UserName = "Zoë Ångström 👩🏽‍💻",
        UserAadObjectId = "6b2f9c1e-3f0a-4d2b-9a55-0c7e7d1f2a10",
        BotId = "28:bot-app-id",
        BotName = "FeedbackBot",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ConversationType = "personal",
        Locale = "de-CH",
        UpdatedAt = ContractValues.SomeTime,
    };

    private static ConversationReference MinimalReference(string tenant, string userId) => new()
    {
        Tenant = tenant,
        UserId = userId,
        Channel = "slack",
        ConversationId = "D0123456",
        BotId = "B0123456",
        ServiceUrl = "https://slack.com/api/",
        UpdatedAt = ContractValues.SomeTime,
    };
}
