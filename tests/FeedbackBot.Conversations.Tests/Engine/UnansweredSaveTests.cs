using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Engine;

/// <summary>
/// A save the store applied but never answered (a timeout, a store killed before it replied): the
/// engine reads the state again, learns that its own write landed, and answers with what that
/// write asked next, instead of "couldn't save" followed by the user's repeat being applied to the
/// next question. When the write did not land the turn is saved again; only a store that stays
/// away for every check gets "couldn't save", with the state as it was.
/// </summary>
public sealed class UnansweredSaveTests : IDisposable
{
    private const string CouldNotSave = "I couldn't save that just now, please try again.";

    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Turn_SaveLandsButItsAnswerIsLost_AsksTheNextQuestionOnce()
    {
        await bot.SayAsync("survey");
        bot.Store.LoseSaveAnswersWith = new TimeoutException("the store took too long to answer");
        bot.Store.UnansweredSavesLeft = 1;

        var replies = await bot.SayAsync("Ada");

        Assert.Equal(["Which colour do you like best?"], replies.Texts);
        Assert.Equal(0, bot.Store.Conflicts);
        await bot.SayAllAsync("red", "yes");
        Assert.Equal("Ada", Assert.Single(bot.Completed.Of<SurveyState>()).Name);
    }

    [Fact]
    public async Task Turn_SaveLandsAndTheStoreStaysAwayForAWhile_AsksTheNextQuestionOnceItAnswers()
    {
        await bot.SayAsync("survey");
        bot.Store.LoseSaveAnswersWith = new TimeoutException("the store took too long to answer");
        bot.Store.UnansweredSavesLeft = 1;
        bot.Store.BeforeNextSave = () => StoreAwayForReads(3);

        var replies = await bot.SayAsync("Ada");

        Assert.Equal(["Which colour do you like best?"], replies.Texts);
        await bot.SayAllAsync("red", "yes");
        Assert.Equal("Ada", Assert.Single(bot.Completed.Of<SurveyState>()).Name);
    }

    [Fact]
    public async Task Turn_LastAnswerDeletesTheStateButTheAnswerIsLost_SendsTheDialogsLastReplyOnce()
    {
        await bot.SayAllAsync("survey", "Ada", "red");
        bot.Store.LoseSaveAnswersWith = new TimeoutException("the store took too long to answer");
        bot.Store.UnansweredSavesLeft = 1;

        var replies = await bot.SayAsync("yes");

        Assert.Equal(["Thanks, Ada!"], replies.Texts);
        Assert.Single(bot.Completed.Of<SurveyState>());
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Turn_SaveFailsWithoutLandingThenTheStoreRecovers_SavesTheAnswerOnce()
    {
        await bot.SayAsync("survey");
        bot.Store.BeforeNextSave = () =>
        {
            bot.Store.FailSavesWith = new TimeoutException("connection refused");
            bot.Store.SavesToFail = 1;
            return StoreAwayForReads(2);
        };

        var replies = await bot.SayAsync("Ada");

        Assert.Equal(["Which colour do you like best?"], replies.Texts);
        await bot.SayAllAsync("red", "yes");
        Assert.Equal("Ada", Assert.Single(bot.Completed.Of<SurveyState>()).Name);
    }

    [Fact]
    public async Task Turn_StoreAwayForEveryCheck_SaysItCouldNotSaveAndTheRepeatIsAnsweredOnce()
    {
        await bot.SayAsync("survey");
        var before = bot.Store.Find(ConversationHarness.Conversation);
        bot.Store.FailSavesWith = new TimeoutException("connection refused");

        var failed = await bot.SayAsync("Ada");
        bot.Store.FailSavesWith = null;
        var repeated = await bot.SayAsync("Ada");

        Assert.Equal([CouldNotSave], failed.Texts);
        Assert.Equal(["Which colour do you like best?"], repeated.Texts);
        Assert.NotEqual(before, bot.Store.Find(ConversationHarness.Conversation));
        await bot.SayAllAsync("red", "yes");
        Assert.Equal("Ada", Assert.Single(bot.Completed.Of<SurveyState>()).Name);
    }

    public void Dispose() => bot.Dispose();

    /// <summary>From inside a save: the next <paramref name="reads"/> reads fail, as while a killed store restarts.</summary>
    private Task StoreAwayForReads(int reads)
    {
        bot.Store.FailReadsWith = new TimeoutException("the store is restarting");
        bot.Store.ReadsToFail = reads;
        return Task.CompletedTask;
    }
}
