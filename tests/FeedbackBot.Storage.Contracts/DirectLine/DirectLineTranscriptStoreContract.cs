using System.Collections.Concurrent;
using System.Globalization;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.DirectLine;

/// <summary>
/// Behaviour every <see cref="IDirectLineTranscriptStore"/> must show. A provider's test class
/// inherits this and supplies the store; all tests go through the port only.
/// </summary>
public abstract class DirectLineTranscriptStoreContract
{
    /// <summary>
    /// A new store instance over the backing storage of this test. Two calls in one test must
    /// give two instances that see the same data, as two processes of the bot would.
    /// </summary>
    protected abstract Task<IDirectLineTranscriptStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindConversationAsync_NeverStarted_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        var found = await store.FindConversationAsync(ContractValues.Unique("conversation"), Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task StartConversationAsync_New_ReturnsTrueAndRoundTrips()
    {
        var store = await CreateStoreAsync();
        var conversation = NewConversation();

        var created = await store.StartConversationAsync(conversation, Ct);
        var found = await store.FindConversationAsync(conversation.ConversationId, Ct);

        Assert.True(created);
        Assert.Equal(conversation, found);
    }

    [Fact]
    public async Task StartConversationAsync_AlreadyStarted_ReturnsFalseAndKeepsTheFirstRecord()
    {
        var store = await CreateStoreAsync();
        var first = NewConversation();
        await store.StartConversationAsync(first, Ct);

        var created = await store.StartConversationAsync(first with { UserId = "dl_someone-else", StartedAt = first.StartedAt.AddHours(1) }, Ct);
        var found = await store.FindConversationAsync(first.ConversationId, Ct);

        Assert.False(created);
        Assert.Equal(first, found);
    }

    [Fact]
    public async Task StartConversationAsync_ConcurrentlyOnTwoInstances_ExactlyOneCreates()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var conversation = NewConversation();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? one : two).StartConversationAsync(conversation, Ct)));

        Assert.Equal(1, results.Count(created => created));
    }

    [Fact]
    public async Task AppendAsync_NeverStartedConversation_ThrowsAndStoresNothing()
    {
        var store = await CreateStoreAsync();
        var conversationId = ContractValues.Unique("conversation");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AppendAsync(conversationId, "{}", Ct));
        var read = await store.ReadAfterAsync(conversationId, 0, 10, Ct);

        Assert.Empty(read);
    }

    [Fact]
    public async Task AppendAsync_Sequence_ReturnsIncreasingPositiveWatermarksAndReadsBackInOrder()
    {
        var store = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(store);
        string[] payloads = ["""{"text":"one"}""", """{"text":"two"}""", """{"text":"three"}"""];

        var watermarks = new List<long>();
        foreach (var payload in payloads)
        {
            watermarks.Add(await store.AppendAsync(conversation, payload, Ct));
        }

        var read = await store.ReadAfterAsync(conversation, 0, 10, Ct);

        Assert.True(watermarks[0] > 0);
        Assert.Equal(watermarks.Order(), watermarks);
        Assert.Equal(watermarks.Count, watermarks.Distinct().Count());
        Assert.Equal(watermarks.Zip(payloads, (w, p) => new TranscriptActivity(w, p)), read);
    }

    [Theory]
    [InlineData("ascii")]
    [InlineData("unicode")]
    [InlineData("emoji")]
    [InlineData("reserved")]
    [InlineData("32KB")]
    [InlineData("empty")]
    public async Task AppendAsync_Payload_RoundTripsExactly(string kind)
    {
        var store = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(store);
        var payload = ContractValues.Payload(kind);

        var watermark = await store.AppendAsync(conversation, payload, Ct);
        var read = await store.ReadAfterAsync(conversation, 0, 10, Ct);

        Assert.Equal(new TranscriptActivity(watermark, payload), Assert.Single(read));
    }

    [Fact]
    public async Task ReadAfterAsync_AWatermark_ReturnsOnlyLaterActivities()
    {
        var store = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(store);
        var first = await store.AppendAsync(conversation, "1", Ct);
        var second = await store.AppendAsync(conversation, "2", Ct);
        var third = await store.AppendAsync(conversation, "3", Ct);

        var afterFirst = await store.ReadAfterAsync(conversation, first, 10, Ct);
        var afterThird = await store.ReadAfterAsync(conversation, third, 10, Ct);

        Assert.Equal([new TranscriptActivity(second, "2"), new TranscriptActivity(third, "3")], afterFirst);
        Assert.Empty(afterThird);
    }

    [Fact]
    public async Task ReadAfterAsync_MoreThanMaxCount_PagesThroughEveryActivityOnce()
    {
        var store = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(store);
        var expected = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            var payload = i.ToString(CultureInfo.InvariantCulture);
            expected.Add(payload);
            await store.AppendAsync(conversation, payload, Ct);
        }

        var pages = new List<IReadOnlyList<TranscriptActivity>>();
        var watermark = 0L;
        while (true)
        {
            var page = await store.ReadAfterAsync(conversation, watermark, 10, Ct);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add(page);
            watermark = page[^1].Watermark;
        }

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        Assert.Equal(expected, pages.SelectMany(p => p).Select(a => a.Payload));
    }

    [Fact]
    public async Task ReadAfterAsync_AnotherConversation_IsNeverMixedIn()
    {
        var store = await CreateStoreAsync();
        var mine = await StartedConversationAsync(store);
        var other = await StartedConversationAsync(store);
        var prefixed = await StartedConversationAsync(store, mine + "x");
        await store.AppendAsync(other, "other", Ct);
        await store.AppendAsync(prefixed, "prefixed", Ct);
        await store.AppendAsync(mine, "mine", Ct);

        var read = await store.ReadAfterAsync(mine, 0, 10, Ct);
        var injected = await store.ReadAfterAsync(mine + ContractValues.InjectionSuffix, 0, 10, Ct);

        Assert.Equal(["mine"], read.Select(a => a.Payload));
        Assert.Empty(injected);
    }

    [Theory]
    [InlineData("slash/")]
    [InlineData("hash#")]
    [InlineData("question?")]
    [InlineData("backslash\\")]
    [InlineData("quote'")]
    [InlineData("pipe|")]
    [InlineData("control\t\u0001")]
    [InlineData("unicode Zoë 👍🏽")]
    public async Task AppendAsync_ConversationIdWithReservedCharacters_RoundTrips(string fragment)
    {
        var store = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(store, fragment + ContractValues.Unique("conversation"));

        var watermark = await store.AppendAsync(conversation, "payload", Ct);
        var read = await store.ReadAfterAsync(conversation, 0, 10, Ct);
        var found = await store.FindConversationAsync(conversation, Ct);

        Assert.Equal(new TranscriptActivity(watermark, "payload"), Assert.Single(read));
        Assert.Equal(conversation, found?.ConversationId);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentlyOnTwoInstances_EveryActivityGetsItsOwnWatermark()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(one);
        var payloads = Enumerable.Range(0, 40).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

        var watermarks = await Task.WhenAll(payloads.Select(p => (int.Parse(p, CultureInfo.InvariantCulture) % 2 == 0 ? one : two).AppendAsync(conversation, p, Ct)));
        var read = await two.ReadAfterAsync(conversation, 0, 100, Ct);

        Assert.Equal(payloads.Count, watermarks.Distinct().Count());
        Assert.Equal(payloads.Order(StringComparer.Ordinal), read.Select(a => a.Payload).Order(StringComparer.Ordinal));
        Assert.Equal(read.Select(a => a.Watermark).Order(), read.Select(a => a.Watermark));
    }

    [Fact]
    public async Task ReadAfterAsync_PollingWhileTwoInstancesAppend_MissesNothing()
    {
        var one = await CreateStoreAsync();
        var two = await CreateStoreAsync();
        var reader = await CreateStoreAsync();
        var conversation = await StartedConversationAsync(one);
        var appended = Enumerable.Range(0, 60).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var seen = new ConcurrentQueue<string>();

        var writers = Task.WhenAll(
            AppendAllAsync(one, conversation, appended.Where((_, i) => i % 2 == 0)),
            AppendAllAsync(two, conversation, appended.Where((_, i) => i % 2 == 1)));
        var poller = PollUntilAsync(reader, conversation, seen, writers);
        await writers;
        await poller;

        Assert.Equal(appended.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    private static async Task AppendAllAsync(IDirectLineTranscriptStore store, string conversation, IEnumerable<string> payloads)
    {
        foreach (var payload in payloads)
        {
            await store.AppendAsync(conversation, payload, Ct);
        }
    }

    // Polls "after the last watermark seen", as a client does, until the writers are done and one
    // more poll finds nothing new.
    private static async Task PollUntilAsync(IDirectLineTranscriptStore store, string conversation, ConcurrentQueue<string> seen, Task writers)
    {
        var watermark = 0L;
        while (true)
        {
            var finished = writers.IsCompleted;
            var page = await store.ReadAfterAsync(conversation, watermark, 7, Ct);
            foreach (var activity in page)
            {
                seen.Enqueue(activity.Payload);
            }

            if (page.Count > 0)
            {
                watermark = page[^1].Watermark;
            }
            else if (finished)
            {
                return;
            }
            else
            {
                await Task.Yield();
            }
        }
    }

    private static DirectLineConversation NewConversation(string? id = null) =>
        new(id ?? ContractValues.Unique("conversation"), "dl_" + Guid.NewGuid().ToString("N"), ContractValues.SomeTime);

    private static async Task<string> StartedConversationAsync(IDirectLineTranscriptStore store, string? id = null)
    {
        var conversation = NewConversation(id);
        await store.StartConversationAsync(conversation, Ct);
        return conversation.ConversationId;
    }
}
