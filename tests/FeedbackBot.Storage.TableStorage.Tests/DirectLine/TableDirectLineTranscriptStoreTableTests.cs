using Azure.Core;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Storage.TableStorage.DirectLine;

namespace FeedbackBot.Storage.TableStorage.Tests.DirectLine;

/// <summary>What only the Table store has to get right: an SDK retry of a write the service had already applied.</summary>
public sealed class TableDirectLineTranscriptStoreTableTests(AzuriteFixture azurite)
{
    private const string Prefix = "TranscriptTable";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartConversationAsync_ResponseLostAfterTheServiceApplied_StillReportsCreated()
    {
        var losing = new LoseResponsesPolicy(message => IsDirectLineWrite(message, RequestMethod.Post), count: 1);
        var store = new TableDirectLineTranscriptStore(await TestTables.WithPoliciesAsync(azurite.Server, Prefix, losing));
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), "dl_user", DateTimeOffset.UnixEpoch);

        var created = await store.StartConversationAsync(conversation, Ct);

        Assert.Equal(1, losing.Lost);
        Assert.True(created);
    }

    [Fact]
    public async Task AppendAsync_ResponseLostAfterTheServiceApplied_AppendsOnce()
    {
        var plain = new TableDirectLineTranscriptStore(await TestTables.CreateAsync(azurite.Server, Prefix));
        var conversation = new DirectLineConversation(Guid.NewGuid().ToString("N"), "dl_user", DateTimeOffset.UnixEpoch);
        await plain.StartConversationAsync(conversation, Ct);
        var losing = new LoseResponsesPolicy(message => IsDirectLineWrite(message, RequestMethod.Post), count: 1);
        var store = new TableDirectLineTranscriptStore(await TestTables.WithPoliciesAsync(azurite.Server, Prefix, losing));

        var watermark = await store.AppendAsync(conversation.ConversationId, "once", Ct);
        var read = await plain.ReadAfterAsync(conversation.ConversationId, 0, 10, Ct);

        Assert.Equal(1, losing.Lost);
        Assert.Equal([new TranscriptActivity(watermark, "once")], read);
    }

    // Entity inserts and entity group transactions ($batch) are POSTs to the table or the account.
    private static bool IsDirectLineWrite(HttpMessage message, RequestMethod method) =>
        message.Request.Method == method
        && (message.Request.Uri.Path.Contains(Prefix + "DirectLine", StringComparison.Ordinal)
            || message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal));
}
