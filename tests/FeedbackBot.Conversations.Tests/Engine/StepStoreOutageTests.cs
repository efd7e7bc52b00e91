using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Tests.Support;
using FeedbackBot.Core.Health;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Conversations.Tests.Engine;

/// <summary>
/// A dialog step's own store call failing because the store is away (as the active store's
/// <see cref="IStoreFailureClassifier"/> judges it) is not a bug in the dialog: the user is told
/// the message could not be saved and may send it again, and the dialog stays where it was,
/// instead of "something went wrong, I stopped what we were doing" with the stack cleared.
/// </summary>
public sealed class StepStoreOutageTests : IDisposable
{
    private const string CouldNotSave = "I couldn't save that just now, please try again.";

    private readonly FlakyCatalog catalog = new();
    private readonly ConversationHarness bot;

    public StepStoreOutageTests()
    {
        bot = new ConversationHarness(services => services
            .AddSingleton(catalog)
            .AddSingleton<IStoreFailureClassifier, TimeoutsAreOutages>()
            .AddDialog<CatalogDialog>()
            .AddDialog<FailingDialog>()
            .AddDialogCommand(new DialogCommand("catalog", CatalogDialog.DialogId, TestDialogTexts.Resources, "Pair.Description"))
            .AddDialogCommand(new DialogCommand("fail", FailingDialog.DialogId, TestDialogTexts.Resources, "Pair.Description")));
    }

    [Fact]
    public async Task Turn_StepsStoreAway_SaysCouldNotSaveKeepsTheQuestionAndTheRepeatIsTaken()
    {
        await bot.SayAsync("catalog");
        var asked = bot.Store.Find(ConversationHarness.Conversation);
        catalog.Away = true;

        var refused = await bot.SayAsync("Ada");
        var kept = bot.Store.Find(ConversationHarness.Conversation);
        catalog.Away = false;
        var repeated = await bot.SayAsync("Ada");

        Assert.Equal([CouldNotSave], refused.Texts);
        Assert.Equal(asked, kept);
        Assert.Equal(["Thanks, Ada!"], repeated.Texts);
        Assert.Equal(2, catalog.Reads);
    }

    [Fact]
    public async Task Turn_StepThrowsWhatTheStoreDoesNotCallAnOutage_StillApologisesAndClears()
    {
        await bot.SayAsync("fail");

        var replies = await bot.SayAsync("anything");

        Assert.StartsWith("Sorry, something went wrong on my side", Assert.Single(replies.Texts), StringComparison.Ordinal);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    public void Dispose() => bot.Dispose();
}
