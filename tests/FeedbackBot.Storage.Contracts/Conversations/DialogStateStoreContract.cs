using System.Globalization;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.Contracts.Conversations;

/// <summary>
/// Behaviour every <see cref="IDialogStateStore"/> must show. A provider's test class inherits
/// this and supplies the store; all tests go through the port only.
/// </summary>
public abstract class DialogStateStoreContract
{
    /// <summary>
    /// A new store instance over the backing storage of this test. Two calls in one test must
    /// give two instances that see the same data, as two processes of the bot would.
    /// </summary>
    protected abstract Task<IDialogStateStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_NothingStored_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var state = await store.ReadAsync(NewKey(), Ct);

        Assert.Null(state);
    }

    [Fact]
    public async Task WriteAsync_NewKeyWithoutETag_ReadReturnsPayloadETagAndTime()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        var result = await store.WriteAsync(key, "{\"step\":1}", expectedETag: null, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.True(result.Saved);
        Assert.False(string.IsNullOrEmpty(result.ETag));
        Assert.Equal(new StoredDialogState("{\"step\":1}", result.ETag!, ContractValues.SomeTime), state);
    }

    [Theory]
    [InlineData("ascii")]
    [InlineData("unicode")]
    [InlineData("emoji")]
    [InlineData("reserved")]
    [InlineData("32KB")]
    [InlineData("empty")]
    public async Task WriteAsync_Payload_RoundTripsExactly(string kind)
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var payload = ContractValues.Payload(kind);

        await store.WriteAsync(key, payload, expectedETag: null, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(payload, state?.Payload);
    }

    [Theory]
    [InlineData("slash/")]
    [InlineData("hash#")]
    [InlineData("question?")]
    [InlineData("backslash\\")]
    [InlineData("quote'")]
    [InlineData("double\"quote")]
    [InlineData("pipe|")]
    [InlineData("percent%2F")]
    [InlineData("control\t\n\r\u0001\u001f\u007f")]
    [InlineData("unicode Zoë 日本 👍🏽")]
    [InlineData(ContractValues.InjectionSuffix)]
    public async Task WriteAsync_KeyWithReservedCharacters_RoundTrips(string fragment)
    {
        var store = await CreateStoreAsync();
        var key = new ConversationKey(fragment + ContractValues.Unique("channel"), fragment + ContractValues.Unique("conversation"));

        await store.WriteAsync(key, "payload", expectedETag: null, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal("payload", state?.Payload);
    }

    [Fact]
    public async Task WriteAsync_KeysThatNaiveEscapingWouldMerge_StaySeparate()
    {
        var store = await CreateStoreAsync();
        var id = ContractValues.Unique("c");
        // Pairs that collide when channel and id are joined with '|' or when reserved characters
        // are replaced or percent-encoded without escaping the escape character itself.
        ConversationKey[] keys =
        [
            new("a|b", id), new("a", "b|" + id), new("a", id),
            new("a/b", id), new("a_b", id), new("a%2Fb", id), new("a%252Fb", id), new("a~b", id),
            new("A", id), new("a ", id), new("a\u0000", id),
        ];

        for (var i = 0; i < keys.Length; i++)
        {
            var written = await store.WriteAsync(keys[i], i.ToString(CultureInfo.InvariantCulture), expectedETag: null, ContractValues.SomeTime, Ct);
            Assert.True(written.Saved, $"key {i} was taken by an earlier key");
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var state = await store.ReadAsync(keys[i], Ct);
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), state?.Payload);
        }
    }

    [Fact]
    public async Task ReadAsync_SameConversationIdOnTwoChannels_AreSeparate()
    {
        var store = await CreateStoreAsync();
        var id = ContractValues.Unique("conversation");
        var teams = new ConversationKey("msteams", id);
        var slack = new ConversationKey("slack", id);
        await store.WriteAsync(teams, "teams state", expectedETag: null, ContractValues.SomeTime, Ct);

        var slackBefore = await store.ReadAsync(slack, Ct);
        await store.WriteAsync(slack, "slack state", expectedETag: null, ContractValues.SomeTime, Ct);
        var teamsAfter = await store.ReadAsync(teams, Ct);

        Assert.Null(slackBefore);
        Assert.Equal("teams state", teamsAfter?.Payload);
    }

    [Fact]
    public async Task WriteAsync_WithoutETagWhenStateExists_ConflictsAndKeepsState()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var first = await store.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);

        var second = await store.WriteAsync(key, "second", expectedETag: null, ContractValues.SomeTime.AddMinutes(1), Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(StateWriteResult.Conflict, second);
        Assert.Equal(new StoredDialogState("first", first.ETag!, ContractValues.SomeTime), state);
    }

    [Fact]
    public async Task WriteAsync_WithCurrentETag_SavesWithNewDifferentETag()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var first = await store.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);
        var later = ContractValues.SomeTime.AddMinutes(5);

        var second = await store.WriteAsync(key, "second", first.ETag, later, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.True(second.Saved);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(new StoredDialogState("second", second.ETag!, later), state);
    }

    [Fact]
    public async Task WriteAsync_WithStaleETag_ConflictsAndKeepsNewerState()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var first = await store.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);
        var second = await store.WriteAsync(key, "second", first.ETag, ContractValues.SomeTime, Ct);

        var stale = await store.WriteAsync(key, "stale", first.ETag, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(StateWriteResult.Conflict, stale);
        Assert.Equal("second", state?.Payload);
        Assert.Equal(second.ETag, state?.ETag);
    }

    [Fact]
    public async Task WriteAsync_WithETagWhenNothingStored_Conflicts()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var elsewhere = await store.WriteAsync(NewKey(), "other", expectedETag: null, ContractValues.SomeTime, Ct);

        var result = await store.WriteAsync(key, "payload", elsewhere.ETag, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(StateWriteResult.Conflict, result);
        Assert.Null(state);
    }

    [Fact]
    public async Task WriteAsync_ETagFromBeforeDeleteAndRecreate_Conflicts()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var original = await store.WriteAsync(key, "original", expectedETag: null, ContractValues.SomeTime, Ct);
        await store.DeleteAsync(key, original.ETag!, Ct);
        await store.WriteAsync(key, "recreated", expectedETag: null, ContractValues.SomeTime, Ct);

        var stale = await store.WriteAsync(key, "stale", original.ETag, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal(StateWriteResult.Conflict, stale);
        Assert.Equal("recreated", state?.Payload);
    }

    [Fact]
    public async Task DeleteAsync_WithCurrentETag_RemovesState()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var written = await store.WriteAsync(key, "payload", expectedETag: null, ContractValues.SomeTime, Ct);

        var deleted = await store.DeleteAsync(key, written.ETag!, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.True(deleted);
        Assert.Null(state);
    }

    [Fact]
    public async Task DeleteAsync_WithStaleETag_ReturnsFalseAndKeepsState()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var first = await store.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);
        await store.WriteAsync(key, "second", first.ETag, ContractValues.SomeTime, Ct);

        var deleted = await store.DeleteAsync(key, first.ETag!, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.False(deleted);
        Assert.Equal("second", state?.Payload);
    }

    [Fact]
    public async Task DeleteAsync_NothingStored_ReturnsFalse()
    {
        var store = await CreateStoreAsync();
        var elsewhere = await store.WriteAsync(NewKey(), "other", expectedETag: null, ContractValues.SomeTime, Ct);

        var deleted = await store.DeleteAsync(NewKey(), elsewhere.ETag!, Ct);

        Assert.False(deleted);
    }

    [Fact]
    public async Task WriteAsync_AfterDelete_InsertsAgainWithoutETag()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();
        var first = await store.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);
        await store.DeleteAsync(key, first.ETag!, Ct);

        var again = await store.WriteAsync(key, "again", expectedETag: null, ContractValues.SomeTime, Ct);
        var state = await store.ReadAsync(key, Ct);

        Assert.True(again.Saved);
        Assert.Equal("again", state?.Payload);
    }

    [Fact]
    public async Task WriteAsync_ManyInsertsWithoutETagAtOnce_ExactlyOneSaves()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () => store.WriteAsync(key, i.ToString(CultureInfo.InvariantCulture), expectedETag: null, ContractValues.SomeTime, Ct), Ct)));
        var state = await store.ReadAsync(key, Ct);

        var winner = Assert.Single(results, r => r.Saved);
        Assert.Equal(winner.ETag, state?.ETag);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentReadModifyWriteWithRetry_LosesNoIncrement()
    {
        var store = await CreateStoreAsync();
        var key = NewKey();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => IncrementAsync(store, key, times: 25), Ct)));
        var state = await store.ReadAsync(key, Ct);

        Assert.Equal("200", state?.Payload);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersOnTwoInstances_LoseNoIncrement()
    {
        var first = await CreateStoreAsync();
        var second = await CreateStoreAsync();
        var key = NewKey();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? first : second, key, times: 25), Ct)));
        var state = await first.ReadAsync(key, Ct);

        Assert.Equal("200", state?.Payload);
    }

    [Fact]
    public async Task ReadAsync_FromAnotherInstance_SeesLatestWrite()
    {
        var writer = await CreateStoreAsync();
        var reader = await CreateStoreAsync();
        var key = NewKey();
        var first = await writer.WriteAsync(key, "first", expectedETag: null, ContractValues.SomeTime, Ct);
        var second = await writer.WriteAsync(key, "second", first.ETag, ContractValues.SomeTime, Ct);

        var state = await reader.ReadAsync(key, Ct);

        Assert.Equal(new StoredDialogState("second", second.ETag!, ContractValues.SomeTime), state);
    }

    private static ConversationKey NewKey() => new("test", ContractValues.Unique("conversation"));

    // The read-modify-write loop a dialog turn runs: re-read and retry on a conflict.
    private static async Task IncrementAsync(IDialogStateStore store, ConversationKey key, int times)
    {
        for (var done = 0; done < times;)
        {
            var current = await store.ReadAsync(key, Ct);
            var next = (current is null ? 0 : int.Parse(current.Payload, CultureInfo.InvariantCulture)) + 1;
            var result = await store.WriteAsync(key, next.ToString(CultureInfo.InvariantCulture), current?.ETag, ContractValues.SomeTime, Ct);
            if (result.Saved)
            {
                done++;
            }
        }
    }
}
