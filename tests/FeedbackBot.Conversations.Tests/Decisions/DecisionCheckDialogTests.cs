using System.Collections.Immutable;
using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Conversations.Tests.Decisions;

public sealed class DecisionCheckDialogTests : IDisposable
{
    private readonly DecisionHarness bot = new();

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task DecisionCheck_AllAnswersPositive_StoresGoRecordAndSendsGoCard()
    {
        await bot.SayAsync("/decision-check Offer free express shipping");

        var last = await bot.SayAllAsync("shipping", " HIT 👍 ", "Customers love speed", "YES!", "Faster delivery", "no", "yes");

        var record = Assert.Single(bot.Log.All);
        Assert.Equal("Offer free express shipping", record.Decision);
        Assert.Equal(["shipping"], record.Elements);
        Assert.Equal(Verdict.Hit, record.PredictedReaction);
        Assert.True(record.FindsValue);
        Assert.False(record.CustomersAsked);
        Assert.True(record.HonoursStatement);
        Assert.True(record.Recommendation.Go);
        Assert.Equal(bot.Time.GetUtcNow().AddDays(14), record.FollowUpDueAt);
        var card = last.Sent[^1].Card!;
        Assert.Equal("Recommendation: GO", card.Title);
        Assert.Contains(card.Facts, f => f.Value == "HIT: Customers love speed");
    }

    [Theory]
    [InlineData("miss", "yes", "yes", RethinkReasons.PredictedMiss, "customers are expected to react with a MISS")]
    [InlineData("hit", "no", "yes", RethinkReasons.NoValue, "customers will not find value in it")]
    [InlineData("hit", "yes", "no", RethinkReasons.BreaksStatement, "it does not honour our service statement")]
    [InlineData("miss", "no", "no", RethinkReasons.PredictedMiss | RethinkReasons.NoValue | RethinkReasons.BreaksStatement, "MISS; customers will not")]
    public async Task DecisionCheck_AnyNegativeAnswer_RecommendsRethinkNamingIt(string reaction, string value, string honours, RethinkReasons expected, string named)
    {
        await bot.SayAsync("decision-check Charge for returns");

        var last = await bot.SayAllAsync("returns", reaction, "because", value, "a reason", "yes", honours);

        var record = Assert.Single(bot.Log.All);
        Assert.False(record.Recommendation.Go);
        Assert.Equal(expected, record.Recommendation.Reasons);
        var card = last.Sent[^1].Card!;
        Assert.Equal("Recommendation: RETHINK", card.Title);
        Assert.Contains(named, card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionCheck_NoDecisionInCommand_AsksForItFirst()
    {
        var first = await bot.SayAsync("decision-check");

        var next = await bot.SayAsync("Close the hotline on Sundays");

        Assert.Equal("What are you about to decide?", first.Sent[0].Text);
        Assert.Equal("Which service elements does it touch? Pick all that apply.", next.Sent[0].Text);
    }

    [Fact]
    public async Task DecisionCheck_UserCancelsAtValueStep_StoresNothing()
    {
        await bot.SayAllAsync("decision-check Drop the warranty", "warranties", "miss", "they rely on it");

        var cancelled = await bot.SayAsync("Cancel");

        Assert.Empty(bot.Log.All);
        Assert.StartsWith("OK, I've stopped", cancelled.Sent[0].Text, StringComparison.Ordinal);
        var after = await bot.SayAsync("yes");
        Assert.Empty(bot.Log.All);
        Assert.DoesNotContain(after.Sent, r => r.Text == "What value will they find?");
    }

    [Fact]
    public async Task DecisionCheck_NeutralAnswerToReaction_ReasksWithoutNeutralOption()
    {
        await bot.SayAllAsync("decision-check Drop the warranty", "warranties");

        var reasked = await bot.SayAsync("neutral");

        Assert.Contains(reasked.Sent, r => r.Text!.StartsWith("How will our customers react", StringComparison.Ordinal));
        var choices = reasked.Sent.Last().Card!.Inputs.OfType<Cards.ChoiceCardInput>().Single().Choices;
        Assert.Equal(["hit", "miss"], choices.Select(c => c.Value));
        var accepted = await bot.SayAsync("miss");
        Assert.Equal("Why do you expect a MISS?", accepted.Sent[^1].Text);
    }

    [Fact]
    public async Task DecisionCheck_BackAtValueStep_AsksWhyAgainAndKeepsEarlierAnswers()
    {
        await bot.SayAllAsync("decision-check Drop the warranty", "warranties", "miss", "first reason");

        var back = await bot.SayAsync("back");
        await bot.SayAllAsync("second reason", "no", "none", "no", "no");

        Assert.Equal("Why do you expect a MISS?", back.Sent[^1].Text);
        Assert.Equal("second reason", Assert.Single(bot.Log.All).ReactionReason);
    }

    [Fact]
    public async Task DecisionCheck_SubmittedFormValues_AreUnderstoodLikeTypedOnes()
    {
        await bot.SayAsync("decision-check Ship on Sundays");

        var other = await bot.Conversation.SendAsync(Support.ConversationHarness.Message(
            null, values: new Dictionary<string, string> { ["answer"] = "shipping,order-fulfillment,other" }));
        await bot.SayAllAsync("Packaging", "hit", "faster", "yes", "speed", "yes", "yes");

        Assert.Equal("Which other part of your service does it touch?", other.Sent[^1].Text);
        var record = Assert.Single(bot.Log.All);
        Assert.Equal(["shipping", "order-fulfillment"], record.Elements);
        Assert.Equal("Packaging", record.OtherElement);
    }

    [Theory]
    [InlineData("1, 3", new[] { "guarantees", "returns" })]
    [InlineData("Returns and 4", new[] { "returns", "shipping" })]
    [InlineData("  SHIPPING 📦 ; returning calls, emails and tickets", new[] { "shipping", "returning-contacts" })]
    public async Task DecisionCheck_TypedElementLists_AreUnderstood(string typed, string[] expected)
    {
        await bot.SayAsync("decision-check Something");

        await bot.SayAllAsync(typed, "hit", "why", "yes", "what", "yes", "yes");

        Assert.Equal(expected, Assert.Single(bot.Log.All).Elements);
    }

    [Fact]
    public async Task DecisionCheck_ElementsWithVotesAndRankings_ShowsFourWeeksEvidence()
    {
        var week = IsoWeek.FromInstant(bot.Time.GetUtcNow(), TimeZoneInfo.Utc);
        bot.Aggregates.Weeks.Add(Week(week, 6, 1));
        bot.Aggregates.Weeks.Add(Week(week.Minus(3), 2, 1));
        bot.Aggregates.Weeks.Add(Week(week.Minus(4), 50, 50));
        bot.Rankings.Summary = new ElementRankingSummary(new Dictionary<string, ElementRankingCounts> { ["returns"] = new(5, 2, 1, 0) }, 8);
        await bot.SayAllAsync("decision-check Charge for returns", "returns, shipping", "miss", "why", "no");

        var asked = await bot.SayAsync("none");

        var evidence = asked.Sent[^1].Card!;
        Assert.Equal("Have customers been asked about this?", asked.Sent[^1].Text);
        Assert.Equal("What we already know", evidence.Title);
        var returns = evidence.Facts.Single(f => f.Label == "Returns").Value;
        Assert.Contains("80% HIT (8 HIT / 2 MISS, last 4 weeks)", returns, StringComparison.Ordinal);
        Assert.Contains("crucial 5, important 2, nice to have 1, not important 0", returns, StringComparison.Ordinal);
        Assert.Contains("no votes in the last 4 weeks", evidence.Facts.Single(f => f.Label == "Shipping").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionCheck_NothingKnown_SaysNoDataYet()
    {
        await bot.SayAllAsync("decision-check Charge for returns", "returns", "miss", "why", "no");

        var asked = await bot.SayAsync("none");

        Assert.Contains("No data yet", asked.Sent[^1].Card!.Text, StringComparison.Ordinal);
        Assert.Empty(asked.Sent[^1].Card!.Facts);
    }

    [Fact]
    public async Task DecisionCheck_NoServiceStatement_SkipsTheQuestionAndSaysSo()
    {
        bot.Catalog.Statement = null;

        var last = await bot.SayAllAsync("decision-check X", "returns", "hit", "why", "yes", "what", "no");

        var record = Assert.Single(bot.Log.All);
        Assert.Null(record.HonoursStatement);
        Assert.True(record.Recommendation.Go);
        Assert.Contains(last.Sent[^1].Card!.Facts, f => f.Value.StartsWith("No service statement set yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecisionCheck_GermanLocale_AsksInGermanAndUnderstandsJa()
    {
        await bot.SayAsync("decision-check Versand am Sonntag", "de-DE");

        var reaction = await bot.SayAsync("Versand", "de-DE");
        await bot.SayAsync("hit", "de-DE");
        await bot.SayAsync("schneller", "de-DE");
        var value = await bot.SayAsync("Ja", "de-DE");

        Assert.StartsWith("Wie werden unsere Kunden reagieren", reaction.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal("Welchen Nutzen werden sie haben?", value.Sent[^1].Text);
    }

    [Fact]
    public async Task DecisionCheckList_AfterTwoChecks_ShowsBothNewestFirst()
    {
        await bot.SayAllAsync("decision-check First idea", "returns", "hit", "w", "yes", "v", "no", "yes");
        bot.Time.Advance(TimeSpan.FromHours(1));
        await bot.SayAllAsync("decision-check Second idea", "returns", "miss", "w", "yes", "v", "no", "yes");

        var list = await bot.SayAsync("decision-check LIST");

        var text = list.Sent.Single().Text!;
        Assert.True(text.IndexOf("Second idea", StringComparison.Ordinal) < text.IndexOf("First idea", StringComparison.Ordinal));
        Assert.Contains("rethink", text, StringComparison.Ordinal);
        Assert.Contains("follow-up on", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionCheckList_NoChecks_SaysHowToStart()
    {
        var list = await bot.SayAsync("/decision-check list");

        Assert.StartsWith("You haven't run a decision check yet", list.Sent.Single().Text, StringComparison.Ordinal);
    }

    private static WeeklyAggregate Week(IsoWeek week, int hits, int misses) => WeeklyAggregate.Empty("contoso", week) with
    {
        ByElement = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, HitMissCount>("returns", new HitMissCount(hits, misses))]),
    };
}
