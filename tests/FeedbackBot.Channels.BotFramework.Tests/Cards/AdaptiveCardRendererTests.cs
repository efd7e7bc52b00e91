using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Channels.BotFramework.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    private static JsonNode Expected(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!;

    [Fact]
    public void Render_CardWithEveryPart_MatchesTheStoredAdaptiveCard()
    {
        var card = new Card
        {
            Title = "Decision check",
            Text = "How will our customers react?",
            Facts = [new CardFact("Decision", "Close the \"help\" line on Sundays"), new CardFact("Prediction", "MISS")],
            Inputs =
            [
                new TextCardInput("why", "Why?", "Tell us more", IsMultiline: true, MaxLength: 500),
                new ChoiceCardInput("elements", "Which elements?", [new CardChoice("Shipping", "shipping"), new CardChoice("Returns", "returns")], IsMultiSelect: true),
            ],
            Buttons =
            [
                new CardButton("HIT", new Dictionary<string, string> { ["choice"] = "hit" }, ButtonStyle.Positive),
                new CardButton("MISS", new Dictionary<string, string> { ["choice"] = "miss" }, ButtonStyle.Destructive),
                new CardButton("Later", new Dictionary<string, string> { ["choice"] = "later" }),
            ],
        };

        var rendered = AdaptiveCardRenderer.Render(card);

        Assert.True(JsonNode.DeepEquals(Expected("adaptive-card-full.json"), rendered), rendered.ToJsonString());
    }

    [Fact]
    public void Render_TextOnlyCard_HasNoActionsAndNoEmptyParts()
    {
        var rendered = AdaptiveCardRenderer.Render(new Card { Text = "<b>not html</b> {\"x\":1}" });

        Assert.Null(rendered["actions"]);
        var body = rendered["body"]!.AsArray();
        Assert.Single(body);
        Assert.Equal("<b>not html</b> {\"x\":1}", body[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_ResultCardWithoutText_CarriesItsFactsAndButtonsAsFallbackText()
    {
        var card = new Card
        {
            Title = "Recommendation: RETHINK",
            Facts = [new CardFact("Predicted reaction", "MISS: people call")],
            Buttons = [new CardButton("Proceed", new Dictionary<string, string>()), new CardButton("Drop", new Dictionary<string, string>())],
        };

        var rendered = AdaptiveCardRenderer.Render(card);

        Assert.Equal("Recommendation: RETHINK\nPredicted reaction: MISS: people call\nProceed | Drop", rendered["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Render_PersonInput_IsATextFieldWithItsLabelAndPlaceholder()
    {
        var card = new Card { Inputs = [new PersonCardInput("answer", "Customer", "@name")] };

        var rendered = AdaptiveCardRenderer.Render(card);

        var input = Assert.Single(rendered["body"]!.AsArray())!;
        Assert.Equal(("Input.Text", "answer", "Customer", "@name"), (input["type"]!.GetValue<string>(), input["id"]!.GetValue<string>(), input["label"]!.GetValue<string>(), input["placeholder"]!.GetValue<string>()));
    }
}
