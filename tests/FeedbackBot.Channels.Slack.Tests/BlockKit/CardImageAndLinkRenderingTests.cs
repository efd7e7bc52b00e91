using System.Globalization;
using System.Text.Json;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Tests.BlockKit;

/// <summary>Images, sections and link buttons of the neutral card as Block Kit.</summary>
public sealed class CardImageAndLinkRenderingTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Render_CardWithImageSectionAndLink_WritesImageBlockBoldHeadingAndUrlButton()
    {
        var card = new Card
        {
            Title = "Weekly summary",
            Image = new CardImage(new Uri("https://bot.example.com/api/summaries/chart?sig=a&b=c"), "HIT rate 75 %"),
            Sections = [new CardSection("By agent") { Facts = [new CardFact("Sam", "3 HIT / 1 MISS")] }],
            Links = [new CardLink("Download CSV", new Uri("https://bot.example.com/api/summaries/votes.csv?t=x"))],
        };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        var json = JsonSerializer.SerializeToElement(message.Blocks, SlackJson.Options);
        var image = json.EnumerateArray().Single(b => b.GetProperty("type").GetString() == "image");
        Assert.Equal("https://bot.example.com/api/summaries/chart?sig=a&b=c", image.GetProperty("image_url").GetString());
        Assert.Equal("HIT rate 75 %", image.GetProperty("alt_text").GetString());
        Assert.Contains(message.Blocks.OfType<SectionBlock>(), s => s.Text?.Text == "*By agent*");
        var button = Assert.Single(message.Blocks.OfType<ActionsBlock>().Single().Elements);
        Assert.Equal("https://bot.example.com/api/summaries/votes.csv?t=x", button.Url);
        Assert.StartsWith("reply.link.", button.ActionId, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ImageUrlLongerThanSlackAllows_ShowsTheAltTextInstead()
    {
        var card = new Card { Image = new CardImage(new Uri("https://bot.example.com/" + new string('a', 3100)), "the chart") };

        var message = Assert.Single(MessageRenderer.Render(new Reply { Card = card }, English));

        Assert.Empty(message.Blocks.OfType<ImageBlock>());
        Assert.Equal("the chart", Assert.Single(message.Blocks.OfType<ContextBlock>()).Elements[0].Text);
    }
}
