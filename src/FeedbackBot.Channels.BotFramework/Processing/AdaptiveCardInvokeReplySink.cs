using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Cards;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.BotFramework.Processing;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke: the turn's first reply becomes the invoke
/// response (a card replaces the clicked card for the user, text is shown as a message), and any
/// further replies go out as ordinary messages. See PROTOCOLS.md 4.3 and 4.4.
/// </summary>
internal sealed class AdaptiveCardInvokeReplySink(IReplySink messages) : IReplySink
{
    private Reply? _first;

    public async Task<string?> SendAsync(Reply reply, CancellationToken ct)
    {
        if (_first is null)
        {
            _first = reply;
            return null;
        }

        return await messages.SendAsync(reply, ct);
    }

    public Task UpdateAsync(string messageId, Reply reply, CancellationToken ct) => messages.UpdateAsync(messageId, reply, ct);

    /// <summary>The <c>AdaptiveCardInvokeResponse</c> body for the first reply of the turn.</summary>
    public JsonObject ResponseBody()
    {
        if (_first?.Card is { } card)
        {
            return new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.card.adaptive",
                ["value"] = AdaptiveCardRenderer.Render(card),
            };
        }

        return new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = _first?.Text ?? "",
        };
    }
}
