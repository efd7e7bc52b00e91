using FeedbackBot.Core.Decisions;
using FeedbackBot.Storage.Contracts.Decisions;
using FeedbackBot.Storage.TableStorage.Decisions;

namespace FeedbackBot.Storage.TableStorage.Tests.Decisions;

public sealed class TableDecisionLogTests(AzuriteFixture azurite) : DecisionLogContract
{
    protected override async Task<IDecisionLog> CreateLogAsync() =>
        new TableDecisionLog(await TestTables.CreateAsync(azurite.Server, "DecisionContract"));
}
