using FeedbackBot.Channels.Slack.Turns;

namespace FeedbackBot.Channels.Slack.Tests.Turns;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<@UBOT> three", "UBOT", "three")]
    [InlineData("hey <@UBOT|feedbackbot> help", "UBOT", "hey  help")]
    [InlineData("<@UBOT> ask <@UOTHER>", "UBOT", "ask <@UOTHER>")]
    [InlineData("<@UBOT> three", null, "three")]
    [InlineData("  <@UABC123>   help  ", null, "help")]
    [InlineData(null, "UBOT", "")]
    public void StripBotMention_RemovesOnlyTheBot(string? text, string? botUserId, string expected)
    {
        var stripped = MentionText.StripBotMention(text, botUserId);

        Assert.Equal(expected, stripped);
    }
}
