using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Dialogs;

public sealed class ChildDialogTests : IDisposable
{
    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Parent_ChildDialogEnds_ParentResumesWithChildResult()
    {
        var start = await bot.SayAsync("parent");
        var first = await bot.SayAsync("x");
        var second = await bot.SayAsync("y");

        Assert.Equal(["First word?"], start.Texts);
        Assert.Equal(["Second word?"], first.Texts);
        Assert.Equal(["Got x and y.", "The pair dialog returned x and y."], second.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Parent_CancelInsideChild_EndsBothDialogs()
    {
        await bot.SayAllAsync("parent", "x", "cancel");

        var afterwards = await bot.SayAsync("y");

        Assert.Equal(["Sorry, I didn't understand that. Say \"help\" to see what I can do."], afterwards.Texts);
        Assert.Empty(bot.Completed.Of<PairState>());
    }

    public void Dispose() => bot.Dispose();
}
