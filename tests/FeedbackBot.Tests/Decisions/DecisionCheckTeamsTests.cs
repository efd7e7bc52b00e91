using System.Text.Json;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Decisions;

/// <summary>
/// <c>/decision-check</c> driven as a Teams user would, through <c>/api/messages</c> with replies
/// going to the fake Connector: typed answers in any case and with emoji, card submits, the team's
/// predictions on a group card, restarts and the follow-up days later.
/// </summary>
public sealed class DecisionCheckTeamsTests : IAsyncLifetime
{
    private TeamsDecisionBot bot = null!;

    public async ValueTask InitializeAsync()
    {
        bot = await TeamsDecisionBot.StartAsync();
        await bot.SetStatementAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await AdaptiveCardSchema.AssertValidAsync(bot.Cards());
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task DecisionCheck_GoPath_SendsGoCardAndStoresTheRecord()
    {
        await bot.SayAsync("/decision-check Offer free express shipping");

        var replies = await AnswerAsync("Shipping", "HIT 🎯", "Customers want speed", " yes ", "Faster delivery", "no", "YES");

        var card = TeamsDecisionBot.CardOf(replies[^1]);
        Assert.Equal("Recommendation: GO", TeamsDecisionBot.Title(card));
        Assert.Equal("Decision check saved. Record below what you will do.", Activities.TextOf(replies[0]));
        var record = Assert.Single(await bot.DecisionsAsync());
        Assert.True(record.Recommendation.Go);
        Assert.Equal(("msteams", Activities.TenantId), (record.Channel, record.Tenant));
        Assert.Equal(["shipping"], record.Elements);
    }

    [Theory]
    [InlineData("miss", "yes", "yes", "customers are expected to react with a MISS")]
    [InlineData("hit", "no", "yes", "customers will not find value in it")]
    [InlineData("hit", "yes", "no", "it does not honour our service statement")]
    public async Task DecisionCheck_RethinkPaths_NameTheAnswerThatDroveIt(string reaction, string value, string honours, string reason)
    {
        await bot.SayAsync("decision-check Charge a restocking fee");

        var replies = await AnswerAsync("returns", reaction, "why", value, "because", "yes", honours);

        var card = TeamsDecisionBot.CardOf(replies[^1]);
        Assert.Equal("Recommendation: RETHINK", TeamsDecisionBot.Title(card));
        Assert.Contains(reason, TeamsDecisionBot.AllText(card), StringComparison.Ordinal);
        Assert.False(Assert.Single(await bot.DecisionsAsync()).Recommendation.Go);
    }

    [Fact]
    public async Task DecisionCheck_CancelMidWay_StoresNothing()
    {
        await bot.SayAsync("decision-check Close on Sundays");
        await AnswerAsync("after hours service", "miss");

        var cancelled = await bot.SayAsync("CANCEL");

        Assert.StartsWith("OK, I've stopped", Activities.TextOf(Assert.Single(cancelled)), StringComparison.Ordinal);
        Assert.Empty(await bot.DecisionsAsync());
    }

    [Fact]
    public async Task DecisionCheck_InvalidAnswer_IsReasked()
    {
        await bot.SayAsync("decision-check Close on Sundays");
        await bot.SayAsync("shipping");

        var reasked = await bot.SayAsync("meh, neutral");
        var accepted = await bot.SayAsync("miss 👎");

        Assert.Contains(reasked, a => Activities.TextOf(a)?.StartsWith("How will our customers react", StringComparison.Ordinal) == true);
        Assert.Equal("Why do you expect a MISS?", Activities.TextOf(Assert.Single(accepted)));
    }

    [Fact]
    public async Task DecisionCheck_HostRestartsBetweenAnswers_CompletesWithAllAnswers()
    {
        await bot.SayAsync("decision-check Offer free express shipping");
        foreach (var answer in new[] { "shipping", "hit", "speed", "yes", "faster", "no" })
        {
            await bot.RestartAsync();
            await bot.SayAsync(answer);
        }

        await bot.RestartAsync();
        var replies = await bot.SayAsync("yes");

        Assert.Equal("Recommendation: GO", TeamsDecisionBot.Title(TeamsDecisionBot.CardOf(replies[^1])));
        Assert.Equal("speed", Assert.Single(await bot.DecisionsAsync()).ReactionReason);
    }

    [Fact]
    public async Task DecisionCheck_CardSubmits_AreAnsweredAndTheAnsweredCardIsReplaced()
    {
        var elements = await bot.SayAsync("decision-check Offer free express shipping");
        using var submitted = JsonDocument.Parse("""{"answer":"shipping,returns"}""");

        var next = await bot.SubmitAsync(submitted.RootElement, "activity-elements");

        Assert.Contains(next, a => a.TryGetProperty("id", out var id) && id.GetString() == "activity-elements");
        Assert.Contains(next, a => Activities.TextOf(a)?.StartsWith("How will our customers react", StringComparison.Ordinal) == true);
        Assert.NotEmpty(elements);
    }

    [Fact]
    public async Task ResultCard_InAGroupChat_TeammatesPredictOncePerPersonAndTheCardUpdatesInPlace()
    {
        const string group = "19:group-chat";
        await bot.SayAsync("decision-check Drop phone support", group, group: true);
        var result = await AnswerInAsync(group, "returning calls, emails and tickets", "miss", "people call", "no", "none", "no", "no");
        var card = TeamsDecisionBot.CardOf(result[^1]);

        await bot.SubmitAsync(TeamsDecisionBot.ButtonData(card, "I predict HIT"), "activity-card", group, "29:mo", group: true);
        var changed = await bot.SubmitAsync(TeamsDecisionBot.ButtonData(card, "I predict MISS"), "activity-card", group, "29:mo", group: true);

        var update = Assert.Single(changed);
        Assert.Equal("activity-card", update.GetProperty("id").GetString());
        Assert.Contains("0 HIT · 1 MISS (Mo Mate: MISS)", TeamsDecisionBot.AllText(update), StringComparison.Ordinal);
        var prediction = Assert.Single(Assert.Single(await bot.DecisionsAsync()).TeamPredictions);
        Assert.Equal(("29:mo", Verdict.Miss), (prediction.UserId, prediction.Prediction));
    }

    [Fact]
    public async Task ResultCard_OwnerRecordsProceed_CardShowsItAndTeammatesCannot()
    {
        const string group = "19:group-chat";
        await bot.SayAsync("decision-check Offer free express shipping", group, group: true);
        var result = await AnswerInAsync(group, "shipping", "hit", "speed", "yes", "faster", "no", "yes");
        var card = TeamsDecisionBot.CardOf(result[^1]);

        var refused = await bot.SubmitAsync(TeamsDecisionBot.ButtonData(card, "Drop"), "activity-card", group, "29:mo", group: true);
        var recorded = await bot.SubmitAsync(TeamsDecisionBot.ButtonData(card, "Proceed"), "activity-card", group, group: true);

        Assert.StartsWith("Only Ada Lovelace can record", Activities.TextOf(Assert.Single(refused)), StringComparison.Ordinal);
        Assert.Contains(recorded, a => a.GetProperty("id").GetString() == "activity-card");
        Assert.Equal(DecisionStatus.Proceed, Assert.Single(await bot.DecisionsAsync()).Status);
    }

    [Fact]
    public async Task FollowUp_TwoHostsSharingTheStore_AsksTheOwnerExactlyOnceAndStoresTheAnswer()
    {
        await bot.SayAsync("decision-check Offer free express shipping");
        await AnswerAsync("shipping", "hit", "speed", "yes", "faster", "no", "yes");
        var second = bot.NewHost();
        _ = second.Client;
        var record = Assert.Single(await bot.DecisionsAsync());
        var sentBefore = bot.Connector.ActivityCount;

        // Both hosts' jobs tick on the shared fake clock; each must have looked after the due time.
        bot.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() =>
        {
            lock (bot.DueScans)
            {
                return bot.DueScans.Where(s => s.Now >= record.FollowUpDueAt).Select(s => s.Host).Distinct().Count() == 2;
            }
        });

        var followUps = bot.Connector.Requests.Where(r => r.Activity is { } a && TeamsDecisionBot.AllText(a).Contains("How did customers actually react?", StringComparison.Ordinal)).ToList();
        var followUp = Assert.Single(followUps);
        Assert.Equal("a:personal-1", followUp.ConversationId);
        Assert.Equal(sentBefore + 1, bot.Connector.ActivityCount);
        var answered = await bot.SubmitAsync(TeamsDecisionBot.ButtonData(TeamsDecisionBot.CardOf(followUp.Activity!.Value), "MISS"), "activity-follow-up");
        Assert.Contains("Not what you predicted", TeamsDecisionBot.AllText(Assert.Single(answered)), StringComparison.Ordinal);
        Assert.Equal(Verdict.Miss, Assert.Single(await bot.DecisionsAsync()).ActualReaction);
    }

    [Fact]
    public async Task DecisionCheckList_ShowsTheCallersChecksWithStatus()
    {
        await bot.SayAsync("decision-check Offer free express shipping");
        await AnswerAsync("shipping", "hit", "speed", "yes", "faster", "no", "yes");

        var list = await bot.SayAsync("/decision-check list");

        var text = Activities.TextOf(Assert.Single(list));
        Assert.Contains("Offer free express shipping", text, StringComparison.Ordinal);
        Assert.Contains("predicted HIT · go · not decided yet", text, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 30 s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private Task<IReadOnlyList<JsonElement>> AnswerAsync(params string[] answers) => AnswerInAsync("a:personal-1", answers);

    private async Task<IReadOnlyList<JsonElement>> AnswerInAsync(string conversation, params string[] answers)
    {
        IReadOnlyList<JsonElement> last = [];
        foreach (var answer in answers)
        {
            last = await bot.SayAsync(answer, conversation, group: conversation != "a:personal-1");
        }

        return last;
    }
}
