using FeedbackBot.Core.Slack;
using FeedbackBot.Storage.Contracts.Slack;
using FeedbackBot.Storage.TableStorage.Slack;

namespace FeedbackBot.Storage.TableStorage.Tests.Slack;

public sealed class TableSlackWorkJournalTests(AzuriteFixture azurite) : SlackWorkJournalContract
{
    protected override async Task<ISlackWorkJournal> CreateStoreAsync() =>
        new TableSlackWorkJournal(await TestTables.CreateAsync(azurite.Server, "SlackWorkContract"));
}
