using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing;
using FeedbackBot.Tests.DirectLine;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// A customer in the web chat, driving the embedded Direct Line as the chat page does: a page
/// token, typed messages, card clicks (the button's data as the activity's value, with the card's
/// id as replyToId), and polling for what the bot said.
/// </summary>
internal sealed class WebChatCustomer(VoteBot bot)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public DirectLineApi Api { get; } = new(bot.Client);

    public DirectLineApi.Conversation Conversation { get; private set; } = null!;

    /// <summary>The id the channel gave this visitor (the helpdesk sends it as <c>channelUserId</c>).</summary>
    public string UserId { get; private set; } = "";

    /// <summary>Opens the chat page and says hello, so the bot knows where to reach this visitor.</summary>
    public async Task OpenAsync()
    {
        await OpenChatAsync();
        await Api.PollUntilAsync(Conversation, a => DirectLineApi.TextOf(a)?.StartsWith("Hi! I'm FeedbackBot", StringComparison.Ordinal) == true);
        await SayAsync("hi", "didn't understand");
        var echo = (await Api.AllActivitiesAsync(Conversation)).First(a => DirectLineApi.RoleOf(a) == "user");
        UserId = echo.GetProperty("from").GetProperty("id").GetString()!;
    }

    /// <summary>A fresh conversation, as the page starts one when opened from a survey link.</summary>
    public async Task OpenChatAsync() => Conversation = await Api.StartFromPageAsync();

    /// <summary>Types <paramref name="text"/> and returns the bot's messages once one of the new ones contains <paramref name="expected"/>.</summary>
    public Task<string> SayAsync(string text, string expected) =>
        SendAsync(DirectLineApi.Message(text), expected);

    /// <summary>Clicks the button titled <paramref name="title"/> on the latest bot card that has one, with the card's <paramref name="inputs"/> filled in.</summary>
    public async Task<string> ClickAsync(string title, string expected, JsonObject? inputs = null)
    {
        var (card, data) = await ButtonAsync(title);
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return await SendAsync(Click(card, data), expected);
    }

    /// <summary>What the chat page posts when a card button is clicked: the button's data as the value, the card's id as replyToId.</summary>
    public static JsonObject Click(string cardId, JsonNode data) => new()
    {
        ["type"] = "message",
        ["value"] = data.DeepClone(),
        ["replyToId"] = cardId,
        ["channelData"] = new JsonObject { ["postBack"] = true },
    };

    /// <summary>Posts <paramref name="activity"/> and waits for a new bot message containing <paramref name="expected"/>; returns all the new bot text.</summary>
    public async Task<string> SendAsync(JsonObject activity, string expected)
    {
        var before = (await BotMessagesAsync()).Count;
        using var response = await Api.PostActivityAsync(Conversation, activity);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var said = string.Join("\n", (await BotMessagesAsync()).Skip(before).Select(Visible));
            if (said.Contains(expected, StringComparison.Ordinal))
            {
                return said;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No bot message containing \"{expected}\"; the bot said: {said}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Everything the bot said in this conversation, as the visitor sees it.</summary>
    public async Task<string> TranscriptAsync() => string.Join("\n", (await BotMessagesAsync()).Select(Visible));

    private async Task<List<JsonElement>> BotMessagesAsync() =>
        [.. (await Api.AllActivitiesAsync(Conversation)).Where(a => DirectLineApi.RoleOf(a) == "bot")];

    /// <summary>The id of the latest bot card with a button titled <paramref name="title"/>, and that button's data.</summary>
    public async Task<(string CardId, JsonNode Data)> ButtonAsync(string title)
    {
        foreach (var activity in Enumerable.Reverse(await BotMessagesAsync()))
        {
            if (!activity.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.GetProperty("content").TryGetProperty("actions", out var actions))
                {
                    foreach (var action in actions.EnumerateArray().Where(a => a.GetProperty("title").GetString()!.StartsWith(title, StringComparison.Ordinal)))
                    {
                        return (activity.GetProperty("id").GetString()!, JsonNode.Parse(action.GetProperty("data").GetRawText())!);
                    }
                }
            }
        }

        throw new InvalidOperationException($"No bot message has a button '{title}'.");
    }

    /// <summary>The message text and every text on its cards (text blocks, facts, input labels, button titles).</summary>
    public static string Visible(JsonElement activity)
    {
        var parts = new List<string>();
        if (DirectLineApi.TextOf(activity) is { } text)
        {
            parts.Add(text);
        }

        if (activity.TryGetProperty("attachments", out var attachments))
        {
            parts.AddRange(attachments.EnumerateArray()
                .Where(a => a.TryGetProperty("content", out _))
                .SelectMany(a => JsonTexts.Of(a.GetProperty("content"), "text", "title", "value", "label", "placeholder")));
        }

        return string.Join("\n", parts);
    }
}
