using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Tests.Decisions;

public sealed class DecisionCardActionTests : IDisposable
{
    private const string Predict = "decision.predict";
    private const string Status = "decision.status";
    private const string Actual = "decision.actual";

    private readonly DecisionHarness bot = new();

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Predict_TeammatesInGroup_AddOnePredictionEachAndCardUpdatesInPlace()
    {
        var card = await RunCheckAsync(isGroup: true);

        await bot.ClickAsync(DecisionHarness.Button(card, Predict, "verdict", "hit"), "mate-1");
        var changed = await bot.ClickAsync(DecisionHarness.Button(card, Predict, "verdict", "miss"), "mate-1");
        await bot.ClickAsync(DecisionHarness.Button(card, Predict, "verdict", "hit"), "mate-2");

        var stored = Assert.Single(bot.Log.All).TeamPredictions;
        Assert.Equal([("mate-1", Verdict.Miss), ("mate-2", Verdict.Hit)], stored.Select(p => (p.UserId, p.Prediction)).Order());
        var (messageId, updated) = Assert.Single(changed.Updated);
        Assert.Equal("card-1", messageId);
        Assert.Contains(updated.Card!.Facts, f => f.Label == "Team predictions" && f.Value.StartsWith("0 HIT · 1 MISS", StringComparison.Ordinal));
        Assert.Empty(changed.Sent);
    }

    [Fact]
    public async Task Predict_ByTheOwner_IsRefusedPolitely()
    {
        var card = await RunCheckAsync(isGroup: true);

        var reply = await bot.ClickAsync(DecisionHarness.Button(card, Predict, "verdict", "hit"), "user-1");

        Assert.Empty(Assert.Single(bot.Log.All).TeamPredictions);
        Assert.StartsWith("Your prediction is already on the card", reply.Sent.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultCard_InOneToOneChat_HasNoTeamButtons()
    {
        var card = await RunCheckAsync(isGroup: false);

        Assert.DoesNotContain(card.Card!.Buttons, b => b.Data.GetValueOrDefault("cardAction") == Predict);
        Assert.Equal(3, card.Card!.Buttons.Count);
    }

    [Fact]
    public async Task Status_ByOwner_RecordsItAndUpdatesTheCard()
    {
        var card = await RunCheckAsync(isGroup: true);

        var reply = await bot.ClickAsync(DecisionHarness.Button(card, Status, "status", "proceed"), "user-1");

        Assert.Equal(DecisionStatus.Proceed, Assert.Single(bot.Log.All).Status);
        Assert.Contains(Assert.Single(reply.Updated).Reply.Card!.Facts, f => f.Label == "What happens" && f.Value == "Proceed");
        Assert.StartsWith("Recorded: Proceed. In 14 days", reply.Sent.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ByTeammate_IsRefusedAndNothingChanges()
    {
        var card = await RunCheckAsync(isGroup: true);

        var reply = await bot.ClickAsync(DecisionHarness.Button(card, Status, "status", "drop"), "mate-1");

        Assert.Equal(DecisionStatus.Pending, Assert.Single(bot.Log.All).Status);
        Assert.StartsWith("Only Ada can record", reply.Sent.Single().Text, StringComparison.Ordinal);
        Assert.Empty(reply.Updated);
    }

    [Theory]
    [InlineData("decision.status", "status", "explode")]
    [InlineData("decision.predict", "verdict", "neutral")]
    public async Task CardAction_ForgedValues_AnswerNotFoundAndChangeNothing(string action, string key, string value)
    {
        var card = await RunCheckAsync(isGroup: true);
        var id = Assert.Single(bot.Log.All).Id;

        var reply = await bot.Conversation.SendAsync(Support.ConversationHarness.Message(null, values: new Dictionary<string, string>
        {
            ["cardAction"] = action,
            ["decision"] = id,
            [key] = value,
        }));

        Assert.Equal("I can't find that decision check any more.", reply.Sent.Single().Text);
        Assert.Equal(Assert.Single(bot.Log.All), bot.Log.All[0]);
        Assert.NotNull(card);
    }

    [Fact]
    public async Task CardAction_DecisionOfAnotherTenant_IsNotFound()
    {
        var card = await RunCheckAsync(isGroup: true);

        var reply = await bot.Conversation.SendAsync(Support.ConversationHarness.Message(null, values: DecisionHarness.Button(card, Predict, "verdict", "hit").Data) with
        {
            Tenant = "fabrikam",
            User = new ChatUser("mate-1", "Mo"),
        });

        Assert.Equal("I can't find that decision check any more.", reply.Sent.Single().Text);
        Assert.Empty(bot.Log.All[0].TeamPredictions);
    }

    [Fact]
    public async Task CardAction_DuringAnotherDialog_LeavesThatDialogWhereItWas()
    {
        var card = await RunCheckAsync(isGroup: true);
        await bot.SayAsync("decision-check Another one", user: "mate-1", isGroup: true);

        await bot.ClickAsync(DecisionHarness.Button(card, Predict, "verdict", "hit"), "mate-1");
        var next = await bot.SayAsync("returns", user: "mate-1", isGroup: true);

        Assert.StartsWith("How will our customers react", next.Sent[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AfterTheConfiguredDays_AsksTheOwnerOnceAndStoresTheAnswer()
    {
        await RunCheckAsync(isGroup: false);
        bot.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var early = await bot.FollowUps.RunOnceAsync(TestContext.Current.CancellationToken);
        bot.Time.Advance(TimeSpan.FromMinutes(1));

        var sent = await bot.FollowUps.RunOnceAsync(TestContext.Current.CancellationToken);
        var again = await bot.FollowUps.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal((0, 1, 0), (early, sent, again));
        var message = Assert.Single(bot.Proactive.Sent);
        Assert.Equal(("contoso", "user-1"), (message.Tenant, message.UserId));
        Assert.Equal("How did customers actually react?", message.Reply.Card!.Title);
        var answered = await bot.ClickAsync(DecisionHarness.Button(message.Reply, Actual, "verdict", "miss"), "user-1", isGroup: false);
        var record = Assert.Single(bot.Log.All);
        Assert.Equal(Verdict.Miss, record.ActualReaction);
        Assert.StartsWith("Thanks, recorded: customers reacted with a MISS.", Assert.Single(answered.Updated).Reply.Card!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_DroppedDecision_IsNotSent()
    {
        var card = await RunCheckAsync(isGroup: false);
        await bot.ClickAsync(DecisionHarness.Button(card, Status, "status", "drop"), "user-1", isGroup: false);
        bot.Time.Advance(TimeSpan.FromDays(15));

        var sent = await bot.FollowUps.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, sent);
        Assert.Empty(bot.Proactive.Sent);
    }

    [Fact]
    public async Task FollowUp_OwnerUnreachable_IsNotRetriedForever()
    {
        await RunCheckAsync(isGroup: false);
        bot.Proactive.Reachable = false;
        bot.Time.Advance(TimeSpan.FromDays(15));

        await bot.FollowUps.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(Assert.Single(bot.Log.All).FollowUpSentAt);
        Assert.Empty(await bot.Log.ListFollowUpsDueAsync(bot.Time.GetUtcNow(), 10, TestContext.Current.CancellationToken));
    }

    private async Task<Reply> RunCheckAsync(bool isGroup)
    {
        await bot.SayAsync("decision-check Stop free returns", isGroup: isGroup);
        RecordingSinkHolder last = new();
        foreach (var answer in new[] { "returns", "miss", "they rely on it", "no", "none", "no", "no" })
        {
            last.Sink = await bot.SayAsync(answer, isGroup: isGroup);
        }

        return last.Sink!.Sent[^1];
    }

    private sealed class RecordingSinkHolder
    {
        public Support.RecordingReplySink? Sink { get; set; }
    }
}
