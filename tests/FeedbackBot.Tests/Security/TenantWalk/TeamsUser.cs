using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// One Teams user of one tenant in one conversation: types, @mentions, submits card buttons
/// (Action.Submit) and runs Universal Actions (Action.Execute invokes), and reads what the bot
/// sent to that conversation. Turns from Teams are answered before the 200, so the replies are
/// there when the post returns; <paramref name="expect"/> waits for what is sent later.
/// </summary>
internal sealed class TeamsUser(WalkBot bot, string tenant, string userId, string name, string conversation, bool group = false)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public string UserId => userId;

    public string Conversation => conversation;

    /// <summary>Says <paramref name="text"/>; returns every string of every activity the bot sent in answer.</summary>
    public Task<string> SayAsync(string text, string? expect = null) => PostAsync(Message(text), expect);

    /// <summary>Says <paramref name="text"/> with an @mention of <paramref name="mentionedId"/> in it.</summary>
    public Task<string> MentionAsync(string text, string mentionedId, string mentionedName, string? expect = null)
    {
        var activity = Message($"{text} <at>{mentionedName}</at>");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{mentionedName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = mentionedId, ["name"] = mentionedName },
        });
        return PostAsync(activity, expect);
    }

    /// <summary>Clicks an Action.Submit button (its data, plus any inputs) on the card <paramref name="replyToId"/>.</summary>
    public Task<string> SubmitAsync(JsonNode data, string replyToId = "activity-card", string? expect = null)
    {
        var activity = Message(null);
        activity["value"] = data.DeepClone();
        activity["replyToId"] = replyToId;
        return PostAsync(activity, expect);
    }

    /// <summary>Runs a Universal Action (Action.Execute) with <paramref name="data"/>; returns the invoke response and the activities sent.</summary>
    public Task<string> ExecuteAsync(JsonNode data, string replyToId = "activity-card")
    {
        var activity = Message(null);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submit", ["data"] = data.DeepClone() },
        };
        return PostAsync(activity, expect: null);
    }

    /// <summary>The data of the button titled <paramref name="title"/> (start of the title) on the latest card sent to this conversation that has one.</summary>
    public JsonObject Button(string title)
    {
        foreach (var request in bot.Connector.Requests.Reverse().Where(r => r.ConversationId == conversation && r.Activity is not null))
        {
            if (!request.Activity!.Value.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var content in attachments.EnumerateArray().Where(a => a.TryGetProperty("content", out _)).Select(a => a.GetProperty("content")))
            {
                if (content.ValueKind == JsonValueKind.Object && content.TryGetProperty("actions", out var actions))
                {
                    foreach (var action in actions.EnumerateArray().Where(a => a.TryGetProperty("title", out var t) && t.GetString()!.StartsWith(title, StringComparison.Ordinal)))
                    {
                        return JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
                    }
                }
            }
        }

        throw new InvalidOperationException($"No card in {conversation} has a button '{title}'.");
    }

    private async Task<string> PostAsync(JsonObject activity, string? expect)
    {
        var before = bot.Connector.Requests.Count;
        using var response = await Activities.PostAsync(bot.Client, activity);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{activity.ToJsonString()} answered {(int)response.StatusCode}: {body}");
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var sent = WalkText.Of(body) + "\n" + string.Join("\n", bot.Connector.Requests.Skip(before).Select(r => WalkText.Of(r.Body)));
            if (expect is null || sent.Contains(expect, StringComparison.Ordinal))
            {
                return sent;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No reply containing \"{expect}\" to {activity.ToJsonString()}; got: {sent}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private JsonObject Message(string? text)
    {
        var activity = Activities.TeamsMessage(bot.Connector.ServiceUrl, text ?? "", conversation, userId);
        if (text is null)
        {
            activity.Remove("text");
        }

        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = "aad-" + userId[3..] };
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        if (group)
        {
            activity["conversation"]!["isGroup"] = true;
            activity["conversation"]!["conversationType"] = "groupChat";
        }

        return activity;
    }
}
