using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Engine;

public sealed class RootTranscriptTests : IDisposable
{
    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Help_OutsideDialog_ListsRegisteredCommandsWithDescriptions()
    {
        var replies = await bot.SayAsync("help");

        var help = Assert.Single(replies.Sent);
        Assert.StartsWith("Here's what I can do:", help.Text);
        Assert.Contains("• pair: Collect two words", help.Text);
        Assert.Contains("• survey: Answer three quick questions (a test survey)", help.Text);
        Assert.Equal(["pair", "parent", "survey"], help.Choices.Select(c => c.Value));
    }

    [Fact]
    public async Task Help_CommandWithAnOffer_EndsWithACardWhoseButtonStartsIt()
    {
        using var offering = new ConversationHarness(services => services.AddDialogCommand(
            new DialogCommand("ask", SurveyDialog.DialogId, TestDialogTexts.Resources, "Survey.Description") { Offer = new CommandOffer("Pair.Description", "Survey.Description") }));

        var replies = await offering.SayAsync("help");

        var card = Assert.Single(replies.Sent).Card;
        Assert.NotNull(card);
        Assert.Equal("Collect two words", card.Text);
        var button = Assert.Single(card.Buttons);
        Assert.Equal(("Answer three quick questions (a test survey)", "ask"), (button.Title, button.Data[CardCommands.Command]));
    }

    [Fact]
    public async Task Help_NoCommandOffers_HasNoCard()
    {
        var replies = await bot.SayAsync("help");

        Assert.Null(Assert.Single(replies.Sent).Card);
    }

    [Fact]
    public async Task UnknownText_OutsideDialog_PointsToHelp()
    {
        var replies = await bot.SayAsync("what's the weather like?");

        Assert.Equal(["Sorry, I didn't understand that. Say \"help\" to see what I can do."], replies.Texts);
    }

    [Fact]
    public async Task BotAdded_AnyConversation_Greets()
    {
        var replies = await bot.SendAsync(ConversationHarness.BotAdded());

        var greeting = Assert.Single(replies.Texts);
        Assert.StartsWith("Hi! I'm FeedbackBot.", greeting);
    }

    [Fact]
    public async Task BotAdded_GermanLocale_GreetsInGerman()
    {
        var replies = await bot.SendAsync(ConversationHarness.BotAdded("de-DE"));

        var greeting = Assert.Single(replies.Texts);
        Assert.StartsWith("Hallo! Ich bin FeedbackBot.", greeting);
    }

    [Fact]
    public async Task Help_GermanLocale_RepliesInGerman()
    {
        var replies = await bot.SayAsync("hilfe", "de-DE");

        var help = Assert.Single(replies.Texts);
        Assert.StartsWith("Das kann ich für dich tun:", help);
        Assert.Contains("• survey: Drei kurze Fragen beantworten (eine Testumfrage)", help);
    }

    [Fact]
    public async Task Help_FrenchLocale_FallsBackToEnglish()
    {
        var replies = await bot.SayAsync("help", "fr-FR");

        Assert.StartsWith("Here's what I can do:", Assert.Single(replies.Texts));
    }

    [Fact]
    public async Task Cancel_OutsideDialog_SaysNothingIsRunning()
    {
        var replies = await bot.SayAsync("cancel");

        Assert.Equal(["We're not in the middle of anything right now. Say \"help\" to see what I can do."], replies.Texts);
    }

    [Theory]
    [InlineData("survey")]
    [InlineData("/survey")]
    [InlineData("  SURVEY ")]
    public async Task Command_TypedAnyWay_StartsItsDialog(string command)
    {
        var replies = await bot.SayAsync(command);

        Assert.Equal(["What's your name?"], replies.Texts);
    }

    [Fact]
    public async Task Help_OutsideDialog_StoresNothing()
    {
        await bot.SayAsync("help");

        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    public void Dispose() => bot.Dispose();
}
