using FeedbackBot.Conversations.Engine;

namespace FeedbackBot.Conversations.Tests.Engine;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("decision-check", "decision-check", null)]
    [InlineData("/decision-check  Raise prices by 5% ", "decision-check", "Raise prices by 5%")]
    [InlineData("survey\tGrace Hopper", "survey", "Grace Hopper")]
    public void Parse_CommandMessage_SplitsWordAndArgument(string text, string word, string? argument)
    {
        var command = CommandText.Parse(text);

        Assert.Equal(new CommandText(word, argument), command);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData(null)]
    public void Parse_NoWord_ReturnsNull(string? text)
    {
        var command = CommandText.Parse(text);

        Assert.Null(command);
    }
}
