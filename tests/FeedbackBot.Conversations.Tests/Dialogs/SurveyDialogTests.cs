using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Dialogs;

public sealed class SurveyDialogTests : IDisposable
{
    private const string AskName = "What's your name?";
    private const string AskColour = "Which colour do you like best?";
    private const string AskKeepPosted = "Shall I keep you posted?";
    private const string DidNotGetThat = "Sorry, I didn't get that.";

    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Survey_ThreeValidAnswers_CompletesWithTypedState()
    {
        var start = await bot.SayAsync("survey");
        var name = await bot.SayAsync("Ada");
        var colour = await bot.SayAsync("blue");
        var keepPosted = await bot.SayAsync("yes");

        Assert.Equal([AskName], start.Texts);
        Assert.Equal([AskColour], name.Texts);
        Assert.Equal(["Red", "Blue", "Green"], Assert.Single(name.Sent).Choices.Select(c => c.Title));
        var confirmCard = Assert.Single(colour.Sent).Card;
        Assert.Equal(AskKeepPosted, confirmCard?.Text);
        Assert.Equal(["Yes", "No"], confirmCard!.Buttons.Select(b => b.Title));
        Assert.Equal(["Thanks, Ada!"], keepPosted.Texts);
        Assert.Equal([new SurveyState("Ada", "blue", true)], bot.Completed.Of<SurveyState>());
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Survey_CommandCarriesName_SkipsNameQuestion()
    {
        var replies = await bot.SayAsync("survey Grace");

        Assert.Equal([AskColour], replies.Texts);
    }

    [Fact]
    public async Task Survey_UnknownChoice_SaysSoAndAsksAgainWithChoices()
    {
        var replies = await bot.SayAllAsync("survey", "Ada", "purple");

        Assert.Equal([DidNotGetThat, AskColour], replies.Texts);
        Assert.Equal(3, replies.Sent[1].Choices.Count);
    }

    [Fact]
    public async Task Survey_ValidatorRejectsName_AsksWithRetryText()
    {
        var replies = await bot.SayAllAsync("survey", "Ada Augusta King, Countess of Lovelace");

        Assert.Equal(["That's a long name! Please use at most 20 characters."], replies.Texts);
    }

    [Fact]
    public async Task Survey_InvalidAnswersBeyondRetryLimit_CancelsWithFriendlyMessage()
    {
        var secondInvalid = await bot.SayAllAsync("survey", "Ada", "purple", "orange");
        var thirdInvalid = await bot.SayAsync("pink");
        var afterwards = await bot.SayAsync("red");

        Assert.Equal([DidNotGetThat, AskColour], secondInvalid.Texts);
        Assert.Equal(["Let's leave it there for now. Whenever you're ready, just start again. Say \"help\" to see what I can do."], thirdInvalid.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
        Assert.Equal(["Sorry, I didn't understand that. Say \"help\" to see what I can do."], afterwards.Texts);
        Assert.Empty(bot.Completed.Of<SurveyState>());
    }

    [Fact]
    public async Task Survey_HelpMidDialog_ExplainsAsksAgainAndContinues()
    {
        var help = await bot.SayAllAsync("survey", "Ada", "help");
        var next = await bot.SayAsync("red");

        Assert.Equal(["This is a three-question test survey.", AskColour], help.Texts);
        Assert.Equal([AskKeepPosted], next.Texts);
    }

    [Fact]
    public async Task Survey_CancelMidDialog_EndsDialogAndConfirms()
    {
        var cancel = await bot.SayAllAsync("survey", "Ada", "cancel");
        var afterwards = await bot.SayAsync("red");

        Assert.Equal(["OK, I've stopped. Nothing more to do here. Say \"help\" to see what I can do."], cancel.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
        Assert.Equal(["Sorry, I didn't understand that. Say \"help\" to see what I can do."], afterwards.Texts);
    }

    [Fact]
    public async Task Survey_BackAtSecondQuestion_AsksFirstAgainAndKeepsNewAnswer()
    {
        var back = await bot.SayAllAsync("survey", "Ada", "back");
        await bot.SayAllAsync("Grace", "red", "no");

        Assert.Equal([AskName], back.Texts);
        Assert.Equal([new SurveyState("Grace", "red", false)], bot.Completed.Of<SurveyState>());
    }

    [Fact]
    public async Task Survey_BackAtFirstQuestion_SaysSoAndAsksAgain()
    {
        var replies = await bot.SayAllAsync("survey", "back");

        Assert.Equal(["This is the first question, so there's nothing to go back to.", AskName], replies.Texts);
    }

    [Theory]
    [InlineData("  BLUE  ")]
    [InlineData("blue!")]
    [InlineData("💙 Blue 💙")]
    [InlineData("Navy")]
    [InlineData("2")]
    public async Task Survey_OddlyTypedColour_IsRecognized(string typed)
    {
        await bot.SayAllAsync("survey", "Ada", typed, "yes");

        Assert.Equal("blue", Assert.Single(bot.Completed.Of<SurveyState>()).Colour);
    }

    [Theory]
    [InlineData(" YES 👍", true)]
    [InlineData("Ja!", true)]
    [InlineData("j", true)]
    [InlineData("Y.", true)]
    [InlineData("nein", false)]
    [InlineData("  N ", false)]
    [InlineData("No 🙅", false)]
    public async Task Survey_OddlyTypedConfirmation_IsRecognized(string typed, bool expected)
    {
        await bot.SayAllAsync("survey", "Ada", "red", typed);

        Assert.Equal(expected, Assert.Single(bot.Completed.Of<SurveyState>()).KeepPosted);
    }

    [Fact]
    public async Task Survey_CardSubmits_AnswerChoiceAndConfirmAndReplaceTheCard()
    {
        await bot.SayAllAsync("survey", "Ada");

        await bot.SendAsync(ConversationHarness.Message(null, values: new Dictionary<string, string> { ["answer"] = "green" }));
        var confirmed = await bot.SendAsync(ConversationHarness.Message(null, values: new Dictionary<string, string> { ["answer"] = "no" }, sourceMessageId: "msg-7"));

        Assert.Equal([new SurveyState("Ada", "green", false)], bot.Completed.Of<SurveyState>());
        var (messageId, replaced) = Assert.Single(confirmed.Updated);
        Assert.Equal("msg-7", messageId);
        Assert.Equal(AskKeepPosted, replaced.Card?.Text);
        var fact = Assert.Single(replaced.Card!.Facts);
        Assert.Equal(("Your answer", "No"), (fact.Label, fact.Value));
        Assert.Empty(replaced.Card.Buttons);
    }

    [Fact]
    public async Task Survey_CardButtonData_CarriesTheChoiceValue()
    {
        var replies = await bot.SayAllAsync("survey", "Ada", "red");

        var buttons = Assert.Single(replies.Sent).Card!.Buttons;
        Assert.Equal(["yes", "no"], buttons.Select(b => b.Data["answer"]));
    }

    [Fact]
    public async Task Survey_GermanLocale_AsksAndRepromptsInGerman()
    {
        var start = await bot.SayAsync("survey", "de-DE");
        var name = await bot.SayAsync("Ada", "de-DE");
        var invalid = await bot.SayAsync("lila", "de-DE");
        var colour = await bot.SayAsync("grün", "de-DE");

        Assert.Equal(["Wie heißt du?"], start.Texts);
        Assert.Equal(["Rot", "Blau", "Grün"], Assert.Single(name.Sent).Choices.Select(c => c.Title));
        Assert.Equal(["Das habe ich leider nicht verstanden.", "Welche Farbe magst du am liebsten?"], invalid.Texts);
        Assert.Equal(["Ja", "Nein"], Assert.Single(colour.Sent).Card!.Buttons.Select(b => b.Title));
    }

    [Fact]
    public async Task Survey_GermanCancel_ConfirmsInGerman()
    {
        await bot.SayAsync("survey", "de-DE");

        var replies = await bot.SayAsync("abbrechen", "de-DE");

        Assert.StartsWith("OK, ich habe aufgehört.", Assert.Single(replies.Texts));
    }

    public void Dispose() => bot.Dispose();
}
