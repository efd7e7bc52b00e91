using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Core.Tests.Conversations;

public sealed class ConversationKeyTests
{
    [Fact]
    public void Equals_SameIdOnTwoChannels_AreDifferentConversations()
    {
        var teams = new ConversationKey("msteams", "a:1");
        var slack = new ConversationKey("slack", "a:1");

        Assert.NotEqual(teams, slack);
    }

    [Fact]
    public void Equals_IdsDifferingOnlyInCase_AreDifferentConversations()
    {
        // Channel ids are opaque and compared ordinally (PROTOCOLS.md 1.1): "a:AbC" and "a:abc" are two chats.
        Assert.NotEqual(new ConversationKey("msteams", "a:AbC"), new ConversationKey("msteams", "a:abc"));
    }

    [Fact]
    public void ToString_JoinsChannelAndIdForLogs()
    {
        Assert.Equal("webchat|conv-1", new ConversationKey("webchat", "conv-1").ToString());
    }
}
