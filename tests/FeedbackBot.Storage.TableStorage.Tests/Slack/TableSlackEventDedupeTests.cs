using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Slack;
using FeedbackBot.Storage.TableStorage.Slack;

namespace FeedbackBot.Storage.TableStorage.Tests.Slack;

public sealed class TableSlackEventDedupeTests(AzuriteFixture azurite) : SlackEventDedupeStoreContract
{
    protected override async Task<ISlackEventDedupe> CreateStoreAsync() =>
        new TableSlackEventDedupe(await TestTables.CreateAsync(azurite.Server, "SlackDedupeContract"), TimeProvider.System);
}
