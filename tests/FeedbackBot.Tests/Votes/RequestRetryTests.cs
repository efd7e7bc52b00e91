using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// A helpdesk's retry of <c>POST /api/interactions</c> whose first call never asked the customer
/// in chat (the store failed after the request row was written, the chat send failed, or the
/// instance died while it held the question) asks them now, once, also when two instances get the
/// retry at the same moment; a retry of a request whose customer was asked never asks again.
/// The customer is a Slack user; the fake Slack Web API is a real loopback server.
/// </summary>
public sealed class RequestRetryTests : IAsyncLifetime
{
    private const string Question = "How was your experience with Sam today?";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await VoteBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retry_StoreFailedAfterTheRowWasWritten_AsksTheCustomerOnce()
    {
        await StoreFailsAfterTheRequestRowAsync("ticket-1");

        var (status, answer) = await PostAsync("ticket-1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer["messaged"]!.GetValue<bool>());
        Assert.Equal(1, QuestionsAsked());
    }

    [Fact]
    public async Task Retry_ConcurrentlyOnTwoHostsSharingTheStore_AsksTheCustomerOnceAndBothSayMessaged()
    {
        await StoreFailsAfterTheRequestRowAsync("ticket-1");
        var second = bot.NewHost();
        var received = bot.Slack.Calls.Count;

        Task<(HttpStatusCode, JsonObject)> first, other;
        using (bot.Slack.Hold())
        {
            first = PostAsync("ticket-1");
            other = PostAsync("ticket-1", second.Client);

            // One of them is asking (Slack holds its call); the other finds the question claimed.
            await bot.Slack.WaitForReceivedAsync(received + 1, Wait, Ct);
        }

        var answers = await Task.WhenAll(first, other);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Item1));
        Assert.All(answers, a => Assert.True(a.Item2["messaged"]!.GetValue<bool>()));
        Assert.Equal(1, QuestionsAsked());
    }

    [Fact]
    public async Task Retry_OfARequestWhoseCustomerWasAsked_DoesNotAskAgainAndSaysMessaged()
    {
        var (createdStatus, created) = await PostAsync("ticket-1");

        var (status, answer) = await PostAsync("ticket-1", bot.NewHost().Client);

        Assert.Equal(HttpStatusCode.Created, createdStatus);
        Assert.True(created["messaged"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer["messaged"]!.GetValue<bool>());
        Assert.Equal(created["requestId"]!.GetValue<string>(), answer["requestId"]!.GetValue<string>());
        Assert.Equal(1, QuestionsAsked());
    }

    [Fact]
    public async Task Retry_AfterTheChatSendFailed_AsksAgainAndOnlyThatQuestionArrives()
    {
        bot.Slack.FailNext("chat.postMessage", 1, "channel_not_found");
        var (_, failed) = await PostAsync("ticket-1");

        var (status, answer) = await PostAsync("ticket-1");

        Assert.False(failed["messaged"]!.GetValue<bool>());
        Assert.NotNull(failed["surveyUrl"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer["messaged"]!.GetValue<bool>());
        Assert.Equal(1, QuestionsAsked());
        var stored = await bot.Service<IFeedbackRequestStore>().FindAsync(SlackPayloads.Team, "ticket-1", Ct);
        Assert.Equal(1, stored!.Value.ChatQuestion!.FailedAttempts);
        Assert.NotNull(stored.Value.ChatQuestion.SentAt);
    }

    [Fact]
    public async Task Retry_AfterTheInstanceHoldingTheQuestionDied_AsksOnceItsClaimHasRunOut()
    {
        await StoreFailsAfterTheRequestRowAsync("ticket-1");
        var stored = await bot.Service<IFeedbackRequestStore>().FindAsync(SlackPayloads.Team, "ticket-1", Ct);
        var dead = await bot.Service<ChatQuestions>().ClaimAsync(stored!.Value, Ct);
        bot.Time.Advance(ChatQuestions.ClaimLifetime);

        var (status, answer) = await PostAsync("ticket-1");

        Assert.Equal(ChatQuestionStatus.Claimed, dead.Status);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer["messaged"]!.GetValue<bool>());
        Assert.Equal(1, QuestionsAsked());
        Assert.False(await bot.Service<ChatQuestions>().RecordSentAsync(dead, Ct));
    }

    /// <summary>
    /// The first call stores the request row, then the store fails (a trigger refuses the
    /// customer's "last asked" write, which follows the row): 503 with Retry-After, nobody asked.
    /// </summary>
    private async Task StoreFailsAfterTheRequestRowAsync(string interactionId)
    {
        _ = bot.Client;
        await ExecuteAsync("CREATE TRIGGER store_gone BEFORE INSERT ON customer_preferences BEGIN SELECT RAISE(ABORT, 'store gone'); END;");
        var (status, _) = await PostAsync(interactionId);
        await ExecuteAsync("DROP TRIGGER store_gone;");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.NotNull(await bot.Service<IFeedbackRequestStore>().FindAsync(SlackPayloads.Team, interactionId, Ct));
        Assert.Equal(0, QuestionsAsked());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bot.Database.Path, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>The helpdesk reports an interaction with the Slack user <see cref="SlackPayloads.User"/>.</summary>
    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string interactionId, HttpClient? client = null)
    {
        var body = VoteBot.Interaction(interactionId, new JsonObject { ["id"] = "cust-1", ["name"] = "Ada Lovelace", ["channel"] = "slack", ["channelUserId"] = SlackPayloads.User });
        body["tenant"] = SlackPayloads.Team;
        using var response = await bot.PostInteractionAsync(body, client: client);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!);
    }

    /// <summary>Questions that reached the customer: posts Slack accepted that carry the HIT/MISS question.</summary>
    private int QuestionsAsked() =>
        bot.Slack.CallsTo("chat.postMessage").Count(c =>
            c.Response is { } response && response.GetProperty("ok").GetBoolean() && c.Json.ToString()!.Contains(Question, StringComparison.Ordinal));
}
