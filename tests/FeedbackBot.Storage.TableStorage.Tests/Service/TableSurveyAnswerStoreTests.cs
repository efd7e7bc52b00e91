using FeedbackBot.Core.Service;
using FeedbackBot.Storage.Contracts.Service;
using FeedbackBot.Storage.TableStorage.Service;

namespace FeedbackBot.Storage.TableStorage.Tests.Service;

public sealed class TableSurveyAnswerStoreTests(AzuriteFixture azurite) : SurveyAnswerStoreContract
{
    protected override async Task<ISurveyAnswerStore> CreateStoreAsync() =>
        new TableSurveyAnswerStore(await TestTables.CreateAsync(azurite.Server, "SurveyAnswerStoreContract"));
}
