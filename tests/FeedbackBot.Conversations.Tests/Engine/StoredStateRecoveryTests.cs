using FeedbackBot.Conversations.Tests.Support;

namespace FeedbackBot.Conversations.Tests.Engine;

/// <summary>State written by an older release, or damaged, must not lock a conversation up.</summary>
public sealed class StoredStateRecoveryTests : IDisposable
{
    private const string Unknown = "Sorry, I didn't understand that. Say \"help\" to see what I can do.";

    private readonly ConversationHarness bot = new();

    [Fact]
    public async Task Turn_UnreadablePayload_StartsFresh()
    {
        bot.Store.Put(ConversationHarness.Conversation, "{not json", bot.Time.GetUtcNow());

        var replies = await bot.SayAsync("Ada");

        Assert.Equal([Unknown], replies.Texts);
        Assert.Null(bot.Store.Find(ConversationHarness.Conversation));
    }

    [Fact]
    public async Task Turn_FrameOfUnregisteredDialog_StartsFresh()
    {
        bot.Store.Put(
            ConversationHarness.Conversation,
            """{"version":1,"frames":[{"dialogId":"retired-dialog","step":0,"state":{},"retries":0,"awaitingAnswer":true}]}""",
            bot.Time.GetUtcNow());

        var replies = await bot.SayAsync("survey");

        Assert.Equal(["What's your name?"], replies.Texts);
    }

    [Fact]
    public async Task Turn_FrameThatNoLongerFitsItsDialog_StartsFresh()
    {
        bot.Store.Put(
            ConversationHarness.Conversation,
            """{"version":1,"frames":[{"dialogId":"test-survey","step":7,"state":[1,2],"retries":0,"awaitingAnswer":true}]}""",
            bot.Time.GetUtcNow());

        var replies = await bot.SayAsync("survey");

        Assert.Equal(["What's your name?"], replies.Texts);
    }

    public void Dispose() => bot.Dispose();
}
