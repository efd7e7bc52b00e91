using FeedbackBot.Core.Service;
using FeedbackBot.Storage.Contracts.Service;
using FeedbackBot.Storage.Sqlite.Service;

namespace FeedbackBot.Storage.Sqlite.Tests.Service;

public sealed class SqliteSurveyAnswerStoreTests : SurveyAnswerStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override async Task<ISurveyAnswerStore> CreateStoreAsync() =>
        new SqliteSurveyAnswerStore(await _database.OpenAsync());

    public void Dispose() => _database.Dispose();
}
