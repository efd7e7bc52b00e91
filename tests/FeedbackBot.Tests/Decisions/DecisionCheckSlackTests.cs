using System.Net;
using System.Text.Json;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Tests.Decisions;

/// <summary>
/// <c>/decision-check</c> driven as a Slack user would, with signed requests: the slash command
/// opens a modal that walks through the questions (each submission answers with the next form or
/// field errors), the result card is posted to the channel as Block Kit, teammates' clicks update
/// it with <c>chat.update</c>, and the follow-up arrives as a DM days later.
/// </summary>
public sealed class DecisionCheckSlackTests : IAsyncLifetime
{
    private const string Channel = "C2147483705";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Starts at the real time: Slack requests are signed with it and the host checks their age.
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly List<(int Host, DateTimeOffset Now)> scans = [];
    private SlackBot bot = null!;
    private int hosts;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        bot = await SlackBot.StartWithFeaturesAsync(services => ObservedDecisionLog.Register(services, time, scans, Interlocked.Increment(ref hosts)));
        await bot.Host.Services.GetRequiredService<IServiceCatalogStore>()
            .SetStatementAsync(SlackPayloads.Team, new ServiceStatement(TeamsDecisionBot.Statement, "UADMIN", time.GetUtcNow()), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        var violations = bot.Slack.Calls
            .Where(c => c.Json is not null && c.Method is "chat.postMessage" or "chat.update" or "chat.postEphemeral" or "views.open" or "views.update" or FakeSlackWebApi.ResponseUrlMethod)
            .SelectMany(c => BlockKitLimitsCheck.Violations(c.Method.StartsWith("views.", StringComparison.Ordinal) ? c.Json!.Value.GetProperty("view") : c.Json!.Value, c.Method.StartsWith("views.", StringComparison.Ordinal)).Select(v => $"{c.Method}: {v}"))
            .Concat(submissionViews.SelectMany(v => BlockKitLimitsCheck.Violations(v, isView: true).Select(e => $"view update: {e}")))
            .ToList();
        await bot.DisposeAsync();
        Assert.Empty(violations);
    }

    private readonly List<JsonElement> submissionViews = [];

    [Fact]
    public async Task DecisionCheck_GoPathInTheModal_PostsTheGoCardToTheChannel()
    {
        var metadata = await StartAsync("Offer free express shipping");

        var final = await SubmitAllAsync(metadata, "shipping", "hit", "Customers want speed", "yes", "Faster delivery", "no", "yes");

        Assert.Equal("", final);
        var card = await ResultCardAsync();
        Assert.Equal(Channel, card.Field("channel"));
        Assert.Contains(card.AllText(), t => t.Contains("Recommendation: GO", StringComparison.Ordinal));
        Assert.True(Assert.Single(await DecisionsAsync()).Recommendation.Go);
    }

    [Theory]
    [InlineData("miss", "yes", "yes", "customers are expected to react with a MISS")]
    [InlineData("hit", "no", "yes", "customers will not find value in it")]
    [InlineData("hit", "yes", "no", "it does not honour our service statement")]
    public async Task DecisionCheck_RethinkPaths_NameTheAnswerThatDroveIt(string reaction, string value, string honours, string reason)
    {
        var metadata = await StartAsync("Charge a restocking fee");

        await SubmitAllAsync(metadata, "returns", reaction, "why", value, "because", "yes", honours);

        var card = await ResultCardAsync();
        Assert.Contains(card.AllText(), t => t.Contains("Recommendation: RETHINK", StringComparison.Ordinal));
        Assert.Contains(card.AllText(), t => t.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecisionCheck_InvalidAnswerInTheModal_ShowsAFieldErrorAndKeepsTheQuestion()
    {
        var metadata = await StartAsync("Close on Sundays");
        metadata = await NextFormAsync(metadata, "shipping");

        using var invalid = await SubmitAsync(metadata, "neutral");
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Ct)).RootElement;
        var next = await NextFormAsync(metadata, "miss");

        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.StartsWith("Sorry", errors.GetProperty("errors").GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(metadata, next);
    }

    [Fact]
    public async Task DecisionCheck_ModalClosedMidWay_CancelsAndStoresNothing()
    {
        var metadata = await StartAsync("Close on Sundays");
        metadata = await NextFormAsync(metadata, "after-hours service");

        using var closed = await PostAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewClosed(metadata))));
        await WaitUntilAsync(() => bot.Slack.Calls.Any(c => c.AllText().Any(t => t.StartsWith("OK, I've stopped", StringComparison.Ordinal))));

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Empty(await DecisionsAsync());
    }

    [Fact]
    public async Task DecisionCheck_HostRestartsBetweenSubmissions_CompletesWithAllAnswers()
    {
        var metadata = await StartAsync("Offer free express shipping");
        foreach (var answer in new[] { "shipping", "hit", "speed", "yes", "faster", "no" })
        {
            await bot.RestartAsync();
            metadata = await NextFormAsync(metadata, answer);
        }

        await bot.RestartAsync();
        await SubmitAllAsync(metadata, "yes");

        await ResultCardAsync();
        Assert.Equal("speed", Assert.Single(await DecisionsAsync()).ReactionReason);
    }

    [Fact]
    public async Task ResultCard_TeammateClicksPrediction_UpdatesTheCardInPlaceWithChatUpdate()
    {
        var metadata = await StartAsync("Drop phone support");
        await SubmitAllAsync(metadata, "returning-contacts", "miss", "people call", "no", "none", "no", "no");
        var card = await ResultCardAsync();
        var ts = card.Response!.Value.GetProperty("ts").GetString()!;
        var button = Buttons(card).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "I predict HIT");

        var click = SlackPayloads.BlockActions(Channel, ts, button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!, ephemeral: false, bot.Slack.ResponseUrl("click-1"))
            .Replace(SlackPayloads.User, "UMATE", StringComparison.Ordinal);
        await PostAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)));
        await bot.Slack.WaitForCallsAsync("chat.update", 1, Wait, Ct);

        var update = Assert.Single(bot.Slack.CallsTo("chat.update"));
        Assert.Equal((Channel, ts), (update.Field("channel"), update.Field("ts")));
        Assert.Contains(update.AllText(), t => t.Contains("1 HIT · 0 MISS", StringComparison.Ordinal));
        Assert.Equal(("UMATE", Verdict.Hit), Assert.Single(Assert.Single(await DecisionsAsync()).TeamPredictions) is var p ? (p.UserId, p.Prediction) : default);
    }

    [Fact]
    public async Task FollowUp_TwoHostsSharingTheStore_SendsOneDirectMessage()
    {
        var metadata = await StartAsync("Offer free express shipping");
        await SubmitAllAsync(metadata, "shipping", "hit", "speed", "yes", "faster", "no", "yes");
        await ResultCardAsync();
        var record = Assert.Single(await DecisionsAsync());
        await using var second = bot.NewHost();
        _ = second.Client;

        time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() =>
        {
            lock (scans)
            {
                return scans.Where(s => s.Now >= record.FollowUpDueAt).Select(s => s.Host).Distinct().Count() == 2;
            }
        });
        await WaitUntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Any(c => c.AllText().Any(t => t.Contains("How did customers actually react?", StringComparison.Ordinal))));

        var followUps = bot.Slack.CallsTo("chat.postMessage").Where(c => c.AllText().Any(t => t.Contains("How did customers actually react?", StringComparison.Ordinal))).ToList();
        Assert.Equal("D" + SlackPayloads.User, Assert.Single(followUps).Field("channel"));
        Assert.Single(bot.Slack.CallsTo("conversations.open"));
        Assert.NotNull(Assert.Single(await DecisionsAsync()).FollowUpSentAt);
    }

    private async Task<string> StartAsync(string decision)
    {
        using var command = await PostAsync(bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", decision, Channel, bot.Slack.ResponseUrl("cmd-1"), "trigger-1")));
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        await bot.Slack.WaitForCallsAsync("views.open", 1, Wait, Ct);
        return bot.Slack.CallsTo("views.open").Single().Json!.Value.GetProperty("view").GetProperty("private_metadata").GetString()!;
    }

    /// <summary>Submits the form's answer and returns the next form's metadata (the modal moved on).</summary>
    private async Task<string> NextFormAsync(string metadata, string answer)
    {
        using var response = await SubmitAsync(metadata, answer);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("update", body.GetProperty("response_action").GetString());
        var view = body.GetProperty("view").Clone();
        submissionViews.Add(view);
        return view.GetProperty("private_metadata").GetString()!;
    }

    /// <summary>Answers every form in turn; returns the last submission's body (empty: the modal closed).</summary>
    private async Task<string> SubmitAllAsync(string metadata, params string[] answers)
    {
        for (var i = 0; i < answers.Length - 1; i++)
        {
            metadata = await NextFormAsync(metadata, answers[i]);
        }

        using var last = await SubmitAsync(metadata, answers[^1]);
        return await last.Content.ReadAsStringAsync(Ct);
    }

    private Task<HttpResponseMessage> SubmitAsync(string metadata, string answer) =>
        PostAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewSubmission(metadata, "answer", answer))));

    private async Task<FakeSlackCall> ResultCardAsync()
    {
        await WaitUntilAsync(() => bot.Slack.CallsTo("chat.postMessage").Any(IsResultCard));
        return bot.Slack.CallsTo("chat.postMessage").Single(IsResultCard);
    }

    private static bool IsResultCard(FakeSlackCall call) => call.AllText().Any(t => t.StartsWith("Recommendation:", StringComparison.Ordinal));

    private async Task<IReadOnlyList<DecisionRecord>> DecisionsAsync() =>
        await bot.Host.Services.GetRequiredService<IDecisionLog>().ListByOwnerAsync(SlackPayloads.Team, SlackPayloads.User, 10, Ct);

    private static IEnumerable<JsonElement> Buttons(FakeSlackCall call) =>
        call.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray());

    private async Task<HttpResponseMessage> PostAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await bot.Client.SendAsync(request, Ct);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {Wait}.");
            await Task.Delay(50, Ct);
        }
    }
}
