using System.Text;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.Tests.Keys;
using FsCheck.Fluent;

namespace FeedbackBot.Storage.TableStorage.Tests.Conversations;

public sealed class TableConversationReferenceStoreTableTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_GeneratedTenantIdsIncludingFilterInjections_EachSeesOnlyItsOwnReference()
    {
        var store = new TableConversationReferenceStore(await TestTables.CreateAsync(azurite.Server, "ReferenceTable"));
        var run = Guid.NewGuid().ToString("N");
        // Well-formed UTF-16 only: a lone surrogate in a property value does not survive the wire
        // (in SQLite neither); keys with them are covered by the dialog state tests.
        var tenants = KeyText.Any.Sample(40, 60)
            .Select(t => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(t)))
            .Concat(["x' or PartitionKey ne '", "' or '1' eq '1", "x' or true or 'a' eq '", "", "*"])
            .Select(t => t + run)
            .Distinct()
            .ToList();
        foreach (var tenant in tenants)
        {
            await store.UpsertAsync(Reference(tenant), Ct);
        }

        foreach (var tenant in tenants)
        {
            var listed = await store.ListAsync(tenant, Ct);
            Assert.Equal([tenant], listed.Select(r => r.Tenant));
        }
    }

    [Fact]
    public async Task FindAsync_TenantAndUserLongerThanTheKeyLimit_RoundTripsWithTheFullIds()
    {
        var store = new TableConversationReferenceStore(await TestTables.CreateAsync(azurite.Server, "ReferenceTable"));
        var reference = Reference(new string('t', 2_000) + Guid.NewGuid().ToString("N")) with { UserId = new string('u', 2_000) };

        await store.UpsertAsync(reference, Ct);
        var found = await store.FindAsync(reference.Tenant, reference.UserId, Ct);
        var listed = await store.ListAsync(reference.Tenant, Ct);

        Assert.Equal(reference, found);
        Assert.Equal(reference, Assert.Single(listed));
    }

    private static ConversationReference Reference(string tenant) => new()
    {
        Tenant = tenant,
        UserId = "user",
        Channel = "msteams",
        ConversationId = "a:1",
        BotId = "28:bot",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
