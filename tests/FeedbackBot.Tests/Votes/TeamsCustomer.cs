using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// A customer in a Teams personal chat with the bot: types, clicks card buttons, reads what the bot
/// sent. <c>client</c> picks the instance each message goes to, so a conversation can move between instances.
/// </summary>
internal sealed class TeamsCustomer(FakeBotConnector connector, Func<HttpClient> client, string userId = "29:cust", string conversationId = "a:cust-chat")
{
    public TeamsCustomer(VoteBot bot, string userId = "29:cust", string conversationId = "a:cust-chat")
        : this(bot.Connector, () => bot.Client, userId, conversationId)
    {
    }

    public const string CardId = "activity-card";

    public string UserId => userId;

    /// <summary>Says something (or clicks, with <paramref name="value"/>) and returns the bot's messages to it.</summary>
    public async Task<IReadOnlyList<JsonElement>> SendAsync(string? text, JsonObject? value = null, int replies = 1)
    {
        var before = connector.Requests.Count;
        var activity = Activities.TeamsMessage(connector.ServiceUrl, text ?? "", conversationId, userId);
        if (value is not null)
        {
            activity.Remove("text");
            activity["value"] = value;
            activity["replyToId"] = CardId;
        }

        using var response = await Activities.PostAsync(client(), activity);
        response.EnsureSuccessStatusCode();
        await connector.WaitForRequestsAsync(before + replies, TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        return [.. connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => r.Activity!.Value)];
    }

    /// <summary>The data of the card button whose title starts with <paramref name="title"/> in the latest bot message that has it.</summary>
    public JsonObject Button(string title)
    {
        foreach (var request in connector.Requests.Reverse())
        {
            if (request.Activity is not { } activity || !activity.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.GetProperty("content").TryGetProperty("actions", out var actions))
                {
                    foreach (var action in actions.EnumerateArray())
                    {
                        if (action.GetProperty("title").GetString()!.StartsWith(title, StringComparison.Ordinal))
                        {
                            return JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
                        }
                    }
                }
            }
        }

        throw new InvalidOperationException($"No bot message has a button '{title}'.");
    }

    public static string Visible(IEnumerable<JsonElement> activities) => string.Join("\n", activities.Select(a => Activities.VisibleTextOf(a) ?? ""));
}
