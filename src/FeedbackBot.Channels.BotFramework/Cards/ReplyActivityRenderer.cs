using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.BotFramework.Cards;

/// <summary>
/// Fills a message activity from a neutral <see cref="Reply"/>: text, an Adaptive Card for the
/// card, and quick replies as suggested actions. Teams shows at most three suggested actions and
/// none on a message with an attachment (PROTOCOLS.md 4.5), so there the choices become card
/// buttons that post their value like typed text (<c>msteams.type = imBack</c>, 4.2).
/// </summary>
public static class ReplyActivityRenderer
{
    private const int TeamsMaxSuggestedActions = 3;

    public static void Render(Reply reply, Activity message, string? channelId)
    {
        message.Type = ActivityTypes.Message;
        message.Text = reply.Text;
        message.TextFormat = reply.Text is null ? null : "markdown";

        var attachments = new List<Attachment>();
        if (reply.Card is not null)
        {
            attachments.Add(AdaptiveCardRenderer.ToAttachment(reply.Card));
        }

        if (reply.Choices.Count > 0)
        {
            var teamsCannotShowThem = channelId == "msteams"
                && (reply.Choices.Count > TeamsMaxSuggestedActions || attachments.Count > 0);
            if (teamsCannotShowThem)
            {
                attachments.Add(TeamsChoiceCard(reply.Choices));
            }
            else
            {
                message.SuggestedActions = new SuggestedActions
                {
                    Actions = [.. reply.Choices.Select(c => new CardAction
                    {
                        Type = CardAction.ImBack,
                        Title = c.Title,
                        Value = JsonSerializer.SerializeToElement(c.Value),
                    })],
                };
            }
        }

        message.Attachments = attachments.Count > 0 ? attachments : null;
    }

    private static Attachment TeamsChoiceCard(IReadOnlyList<ReplyChoice> choices)
    {
        var actions = new JsonArray();
        foreach (var choice in choices)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = choice.Title,
                ["data"] = new JsonObject
                {
                    ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = choice.Value },
                },
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = AdaptiveCardRenderer.Version,
            ["body"] = new JsonArray(),
            ["actions"] = actions,
        };
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = JsonSerializer.SerializeToElement(card),
        };
    }
}
