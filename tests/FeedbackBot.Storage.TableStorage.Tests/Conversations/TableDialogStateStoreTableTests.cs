using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.Tests.Keys;
using FsCheck.Fluent;

namespace FeedbackBot.Storage.TableStorage.Tests.Conversations;

/// <summary>What only the Table store has to get right: row size limits, key limits, ambiguous retries.</summary>
public sealed class TableDialogStateStoreTableTests(AzuriteFixture azurite)
{
    private const string Prefix = "DialogTable";
    private static readonly DateTimeOffset SomeTime = new(2026, 11, 20, 14, 3, 7, 123, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ChunkedPayload.ChunkLength + 1)]
    [InlineData(200_000)]
    [InlineData(ChunkedPayload.MaxLength)]
    public async Task WriteAsync_PayloadOverSeveralProperties_RoundTripsExactly(int length)
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        // Emoji are surrogate pairs: with an odd offset some fall across a chunk boundary.
        var payload = ("x" + string.Concat(Enumerable.Repeat("👍é", length)))[..(length - 1)] + "x";

        await store.WriteAsync(key, payload, expectedETag: null, SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(payload, state?.Payload);
    }

    [Fact]
    public async Task WriteAsync_PayloadTooLargeForOneRow_ThrowsAndStoresNothing()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        var write = () => store.WriteAsync(key, new string('x', (ChunkedPayload.ChunkLength * ChunkedPayload.MaxChunks) + 1), null, SomeTime, Ct);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(write);
        Assert.Null(await store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_ConversationIdsLongerThanTheKeyLimit_StaySeparate()
    {
        var store = await CreateStoreAsync();
        var shared = new string('c', 3_000);
        var first = new ConversationKey("test", shared + "1");
        var second = new ConversationKey("test", shared + "2");

        await store.WriteAsync(first, "first", expectedETag: null, SomeTime, Ct);
        var secondWrite = await store.WriteAsync(second, "second", expectedETag: null, SomeTime, Ct);
        var firstState = await store.ReadAsync(first, Ct);
        var secondState = await store.ReadAsync(second, Ct);

        Assert.True(secondWrite.Saved);
        Assert.Equal("first", firstState?.Payload);
        Assert.Equal("second", secondState?.Payload);
    }

    [Fact]
    public async Task WriteAsync_GeneratedKeysWithEveryKindOfCharacter_EachRoundTripsToItsOwnRow()
    {
        var store = await CreateStoreAsync();
        var run = Guid.NewGuid().ToString("N");
        var keys = KeyText.Any.Sample(200, 150)
            .Zip(KeyText.Any.Sample(50, 150), (channel, id) => new ConversationKey(channel, id + run))
            .Distinct()
            .ToList();

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            var written = await store.WriteAsync(key, i.ToString(CultureInfo.InvariantCulture), expectedETag: null, SomeTime, Ct);
            Assert.True(written.Saved, $"key {i} was refused or taken by an earlier key");
        }

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), (await store.ReadAsync(key, Ct))?.Payload);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WriteAsync_ResponseLostAfterTheServiceApplied_ReportsSavedNotConflict(bool update)
    {
        var key = NewKey();
        var existing = update ? await (await CreateStoreAsync()).WriteAsync(key, "before", null, SomeTime, Ct) : default;
        var losing = new LoseResponsesPolicy(IsEntityWrite, count: 1);
        var store = new TableDialogStateStore(await TestTables.WithPoliciesAsync(azurite.Server, Prefix, losing));

        var written = await store.WriteAsync(key, "after", existing.ETag, SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(1, losing.Lost);
        Assert.True(written.Saved);
        Assert.Equal(new StoredDialogState("after", written.ETag!, SomeTime), state);
    }

    private async Task<TableDialogStateStore> CreateStoreAsync() => new(await TestTables.CreateAsync(azurite.Server, Prefix));

    private static bool IsEntityWrite(HttpMessage message) =>
        (message.Request.Method == RequestMethod.Post || message.Request.Method == RequestMethod.Put)
        && message.Request.Uri.Path.Contains(Prefix + "DialogState", StringComparison.Ordinal);

    private static ConversationKey NewKey() => new("test", Guid.NewGuid().ToString("N"));
}
