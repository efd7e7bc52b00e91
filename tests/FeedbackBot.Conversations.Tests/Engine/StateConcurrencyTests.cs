using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Engine;

public sealed class StateConcurrencyTests : IDisposable
{
    private const string Busy = "I was busy with your previous message, please send that again.";
    private const string CouldNotSave = "I couldn't save that just now, please try again.";

    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Turn_AnotherTurnSavesFirst_RerunsOnFreshStateAndSendsOnlyThatAttemptsReplies()
    {
        await bot.SayAsync("survey");
        RecordingReplySink? otherTurn = null;
        bot.Store.BeforeNextSave = async () => otherTurn = await bot.SayAsync("Bob");

        var replies = await bot.SayAsync("Ada");

        Assert.Equal(["Which colour do you like best?"], otherTurn!.Texts);
        Assert.Equal(["Sorry, I didn't get that.", "Which colour do you like best?"], replies.Texts);
        Assert.Equal(1, bot.Store.Conflicts);
        await bot.SayAllAsync("red", "yes");
        Assert.Equal("Bob", Assert.Single(bot.Completed.Of<SurveyState>()).Name);
    }

    [Fact]
    public async Task Turn_ConflictOnEveryAttempt_AsksToSendAgainAndKeepsStoredState()
    {
        await bot.SayAsync("survey");
        var before = bot.Store.Find(ConversationHarness.Conversation);
        bot.Store.AlwaysConflict = true;

        var replies = await bot.SayAsync("Ada");

        Assert.Equal([Busy], replies.Texts);
        Assert.Equal(3, bot.Store.Conflicts);
        Assert.Equal(before, bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Turn_ConflictOnEveryAttemptInGerman_AsksInGerman()
    {
        bot.Store.AlwaysConflict = true;

        var replies = await bot.SayAsync("survey", "de-AT");

        Assert.Equal(["Ich war noch mit deiner vorigen Nachricht beschäftigt, bitte schick sie noch einmal."], replies.Texts);
    }

    [Fact]
    public async Task Turn_StoreWriteThrows_SaysItCouldNotSaveAndNothingElse()
    {
        await bot.SayAsync("survey");
        var before = bot.Store.Find(ConversationHarness.Conversation);
        bot.Store.FailSavesWith = new InvalidOperationException("storage account unreachable");

        var replies = await bot.SayAsync("Ada");

        Assert.Equal([CouldNotSave], replies.Texts);
        Assert.Empty(replies.Updated);
        Assert.Equal(before, bot.Store.Find(ConversationHarness.Conversation));
        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Turn_StoreReadThrows_SaysItCouldNotSave()
    {
        bot.Store.FailReadsWith = new TimeoutException("storage timed out");

        var replies = await bot.SayAsync("survey");

        Assert.Equal([CouldNotSave], replies.Texts);
    }

    [Fact]
    public async Task Turn_StoreFailsAfterDialogEnded_DoesNotClaimSuccess()
    {
        await bot.SayAllAsync("survey", "Ada", "red");
        bot.Store.FailSavesWith = new InvalidOperationException("storage account unreachable");

        var replies = await bot.SayAsync("yes");

        Assert.Equal([CouldNotSave], replies.Texts);
    }

    [Fact]
    public async Task ConcurrentTurns_SameConversation_BothAnswersTakeEffect()
    {
        await bot.SayAsync("pair");
        bot.Store.HoldReadsUntil(2);

        var turns = await Task.WhenAll(bot.SayAsync("alpha"), bot.SayAsync("beta"));

        var pair = Assert.Single(bot.Completed.Of<PairState>());
        Assert.Equal(["alpha", "beta"], new[] { pair.First!, pair.Second! }.Order(StringComparer.Ordinal));
        Assert.Equal(1, bot.Store.Conflicts);
        Assert.Equal(
            [$"Got {pair.First} and {pair.Second}.", "Second word?"],
            turns.SelectMany(t => t.Texts).Order(StringComparer.Ordinal));
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    public void Dispose() => bot.Dispose();
}
