using FeedbackBot.Channels.Slack.BlockKit;

namespace FeedbackBot.Channels.Slack.Tests.BlockKit;

public sealed class SlackTextTests
{
    [Fact]
    public void Truncate_WouldCutAnEscape_CutsBeforeIt()
    {
        var text = "abcd&amp;efgh";

        var cut = SlackText.Truncate(text, 8);

        Assert.Equal("abcd…", cut);
    }

    [Fact]
    public void Truncate_WouldSplitASurrogatePair_KeepsThePairWhole()
    {
        var text = "ab👍cd";

        var cut = SlackText.Truncate(text, 4);

        Assert.Equal("ab…", cut);
    }

    [Fact]
    public void Split_PrefersLineBreaks()
    {
        var text = new string('a', 60) + "\n" + new string('b', 30) + " " + new string('c', 30);

        var pieces = SlackText.Split(text, 80);

        Assert.Equal([new string('a', 60), new string('b', 30) + " " + new string('c', 30)], pieces);
    }
}
