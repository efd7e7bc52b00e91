using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Channels.BotFramework.Tests.Cards;

/// <summary>Images, sections and link buttons of the neutral card as an Adaptive Card.</summary>
public sealed class CardImageAndLinkRenderingTests
{
    [Fact]
    public void Render_CardWithImageSectionAndLink_WritesImageContainerAndOpenUrl()
    {
        var card = new Card
        {
            Title = "Weekly summary",
            Facts = [new CardFact("HIT rate", "75 %")],
            Image = new CardImage(new Uri("https://bot.example.com/api/summaries/chart?sig=a&b=c"), "HIT rate 75 %"),
            Sections = [new CardSection("By agent", "Only agents with 3 votes or more.") { Facts = [new CardFact("Sam", "3 HIT / 1 MISS")] }],
            Buttons = [new CardButton("Refresh", new Dictionary<string, string> { ["summary"] = "refresh" })],
            Links = [new CardLink("Download CSV", new Uri("https://bot.example.com/api/summaries/votes.csv?t=x"))],
        };

        var rendered = AdaptiveCardRenderer.Render(card);

        var body = rendered["body"]!.AsArray();
        Assert.Equal(["TextBlock", "FactSet", "Image", "Container"], body.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("https://bot.example.com/api/summaries/chart?sig=a&b=c", body[2]!["url"]!.GetValue<string>());
        Assert.Equal("HIT rate 75 %", body[2]!["altText"]!.GetValue<string>());
        var items = body[3]!["items"]!.AsArray();
        Assert.Equal("By agent", items[0]!["text"]!.GetValue<string>());
        Assert.Equal("Sam", items[2]!["facts"]![0]!["title"]!.GetValue<string>());
        var actions = rendered["actions"]!.AsArray();
        Assert.Equal(["Action.Submit", "Action.OpenUrl"], actions.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("https://bot.example.com/api/summaries/votes.csv?t=x", actions[1]!["url"]!.GetValue<string>());
    }
}
