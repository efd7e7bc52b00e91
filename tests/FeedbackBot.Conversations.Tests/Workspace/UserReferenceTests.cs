using FeedbackBot.Conversations.Turns;
using FeedbackBot.Conversations.Workspace;

namespace FeedbackBot.Conversations.Tests.Workspace;

public sealed class UserReferenceTests
{
    private static readonly ChatUser Bo = new("U0BO", "bo");

    [Theory]
    [InlineData("@bo")]
    [InlineData("bo")]
    [InlineData(" @BO ")]
    public void Parse_NameOfAMentionTheChannelResolved_ReturnsItsId(string text)
    {
        var target = UserReference.Parse(text, [Bo]);

        Assert.Equal(("U0BO", "bo"), target);
    }

    [Fact]
    public void Parse_SlackEscapedMention_ReturnsIdAndName()
    {
        var target = UserReference.Parse("<@U0AL|ada>", []);

        Assert.Equal(("U0AL", "ada"), target);
    }

    [Fact]
    public void Parse_AtNameNobodyMentioned_IsUnclear()
    {
        var target = UserReference.Parse("@carol", [Bo]);

        Assert.Null(target);
    }

    [Fact]
    public void Parse_BareUserId_IsTakenAsIs()
    {
        var target = UserReference.Parse("29:1a2b", []);

        Assert.Equal(("29:1a2b", null), target);
    }
}
