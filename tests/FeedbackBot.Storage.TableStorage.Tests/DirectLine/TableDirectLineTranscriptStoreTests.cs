using FeedbackBot.Core.DirectLine;
using FeedbackBot.Storage.Contracts.DirectLine;
using FeedbackBot.Storage.TableStorage.DirectLine;

namespace FeedbackBot.Storage.TableStorage.Tests.DirectLine;

public sealed class TableDirectLineTranscriptStoreTests(AzuriteFixture azurite) : DirectLineTranscriptStoreContract
{
    protected override async Task<IDirectLineTranscriptStore> CreateStoreAsync() =>
        new TableDirectLineTranscriptStore(await TestTables.CreateAsync(azurite.Server, "TranscriptContract"));
}
