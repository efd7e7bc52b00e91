using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Engine;

/// <summary>A dialog that throws must not leave the user in silence or stuck on the failing step.</summary>
public sealed class DialogFailureTests : IDisposable
{
    private readonly ConversationHarness bot = new(services => services
        .AddDialog<FailingDialog>()
        .AddDialogCommand(new DialogCommand("fail", FailingDialog.DialogId, TestDialogTexts.Resources, "Pair.Description")));

    [Fact]
    public async Task Turn_DialogStepThrows_ApologisesClearsTheStackAndLogsTheError()
    {
        await bot.SayAsync("fail");

        var replies = await bot.SayAsync("anything");

        Assert.Equal(["Sorry, something went wrong on my side, so I stopped what we were doing. Type **help** to see what I can do."], replies.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
        Assert.Contains(bot.Logs.Entries, entry => entry.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Turn_DialogStepThrowsForAGermanUser_ApologisesInGerman()
    {
        await bot.SayAsync("fail", "de-DE");

        var replies = await bot.SayAsync("irgendwas", "de-DE");

        Assert.StartsWith("Entschuldigung", Assert.Single(replies.Texts));
    }

    public void Dispose() => bot.Dispose();
}
