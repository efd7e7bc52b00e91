using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Channels.BotFramework.Cards;

/// <summary>
/// Renders the neutral <see cref="Card"/> as an Adaptive Card 1.5 (the version the Teams docs ask
/// for; Web Chat renders it too). Built with JSON nodes, never by string interpolation, so user
/// text can't break the card.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string Version = "1.5";

    public static Attachment ToAttachment(Card card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = JsonSerializer.SerializeToElement(Render(card)),
    };

    public static JsonObject Render(Card card)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(card.Title))
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = card.Title,
                ["size"] = "Medium",
                ["weight"] = "Bolder",
                ["wrap"] = true,
                ["style"] = "heading",
            });
        }

        if (!string.IsNullOrEmpty(card.Text))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = card.Text, ["wrap"] = true });
        }

        if (card.Facts.Count > 0)
        {
            body.Add(FactSet(card.Facts));
        }

        if (card.Image is { } image)
        {
            body.Add(new JsonObject { ["type"] = "Image", ["url"] = image.Url.AbsoluteUri, ["altText"] = image.AltText, ["size"] = "Stretch" });
        }

        foreach (var section in card.Sections)
        {
            body.Add(RenderSection(section));
        }

        foreach (var input in card.Inputs)
        {
            body.Add(RenderInput(input));
        }

        var result = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,

            // Shown by clients that cannot render the card: the text fallback of every card.
            ["fallbackText"] = CardPlainText.Of(card),
            ["body"] = body,
        };
        if (card.Buttons.Count > 0 || card.Links.Count > 0)
        {
            result["actions"] = new JsonArray([.. card.Buttons.Select(RenderButton), .. card.Links.Select(RenderLink)]);
        }

        return result;
    }

    private static JsonObject FactSet(IReadOnlyList<CardFact> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Label, ["value"] = f.Value })]),
    };

    private static JsonObject RenderSection(CardSection section)
    {
        var items = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = section.Heading, ["weight"] = "Bolder", ["wrap"] = true },
        };
        if (!string.IsNullOrEmpty(section.Text))
        {
            items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Text, ["wrap"] = true });
        }

        if (section.Facts.Count > 0)
        {
            items.Add(FactSet(section.Facts));
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    private static JsonNode RenderLink(CardLink link) => new JsonObject
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = link.Title,
        ["url"] = link.Url.AbsoluteUri,
    };

    private static JsonObject RenderInput(CardInput input) => input switch
    {
        TextCardInput text => WithoutNulls(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = text.Id,
            ["label"] = text.Label,
            ["placeholder"] = text.Placeholder,
            ["isMultiline"] = text.IsMultiline,
            ["maxLength"] = text.MaxLength,
        }),
        // Teams' people picker needs Graph consent and answers with directory ids the bot cannot
        // message; a text field (or a typed @mention, which the dialog reads too) serves everywhere.
        PersonCardInput person => WithoutNulls(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = person.Id,
            ["label"] = person.Label,
            ["placeholder"] = person.Placeholder,
        }),
        ChoiceCardInput choice => new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = choice.Id,
            ["label"] = choice.Label,
            ["isMultiSelect"] = choice.IsMultiSelect,
            ["style"] = "expanded",
            ["choices"] = new JsonArray([.. choice.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, "Unknown card input type."),
    };

    private static JsonNode RenderButton(CardButton button)
    {
        var data = new JsonObject();
        foreach (var (key, value) in button.Data)
        {
            data[key] = value;
        }

        var action = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = button.Title,
            ["data"] = data,
        };
        var style = button.Style switch
        {
            ButtonStyle.Positive => "positive",
            ButtonStyle.Destructive => "destructive",
            _ => null,
        };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    private static JsonObject WithoutNulls(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }

        return node;
    }
}
