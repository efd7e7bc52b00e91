using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Tests.DirectLine;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// A visitor of the chat page on the embedded Direct Line: a page token, a conversation, typed
/// messages and card clicks, and the transcript as the page polls it.
/// </summary>
internal sealed class WebChatVisitor(WalkBot bot)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public DirectLineApi Api { get; } = new(bot.Client);

    public DirectLineApi.Conversation Conversation { get; private set; } = null!;

    /// <summary>The id the channel gave this visitor (a helpdesk sends it as <c>channelUserId</c>).</summary>
    public string UserId { get; private set; } = "";

    /// <summary>Opens the page and says hello, so the bot knows where to reach this visitor.</summary>
    public async Task<string> OpenAsync()
    {
        Conversation = await Api.StartFromPageAsync();
        var said = await SayAsync("hi", "didn't understand");
        var echo = (await Api.AllActivitiesAsync(Conversation)).First(a => DirectLineApi.RoleOf(a) == "user");
        UserId = echo.GetProperty("from").GetProperty("id").GetString()!;
        return said;
    }

    public Task<string> SayAsync(string text, string expect) => SendAsync(DirectLineApi.Message(text), expect);

    /// <summary>Posts card data as the page does for a clicked button.</summary>
    public Task<string> SubmitAsync(JsonNode data, string expect, string? cardId = null) => SendAsync(
        new JsonObject
        {
            ["type"] = "message",
            ["value"] = data.DeepClone(),
            ["replyToId"] = cardId,
            ["channelData"] = new JsonObject { ["postBack"] = true },
        },
        expect);

    /// <summary>Clicks the button titled <paramref name="title"/> on the latest bot card that has one.</summary>
    public async Task<string> ClickAsync(string title, string expect)
    {
        foreach (var activity in Enumerable.Reverse(await BotMessagesAsync()))
        {
            if (!activity.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var content in attachments.EnumerateArray().Select(a => a.GetProperty("content")))
            {
                if (content.ValueKind == JsonValueKind.Object && content.TryGetProperty("actions", out var actions))
                {
                    foreach (var action in actions.EnumerateArray().Where(a => a.GetProperty("title").GetString()!.StartsWith(title, StringComparison.Ordinal)))
                    {
                        return await SubmitAsync(JsonNode.Parse(action.GetProperty("data").GetRawText())!, expect, activity.GetProperty("id").GetString());
                    }
                }
            }
        }

        throw new InvalidOperationException($"No bot card has a button '{title}'.");
    }

    /// <summary>Waits until the bot said <paramref name="text"/> here (a message the bot sends on its own, such as a feedback question).</summary>
    public async Task WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!(await TranscriptAsync()).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The bot never said \"{text}\" in the web chat.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Everything the bot said in this conversation.</summary>
    public async Task<string> TranscriptAsync() => string.Join("\n", (await BotMessagesAsync()).Select(a => WalkText.Of(a)));

    private async Task<string> SendAsync(JsonObject activity, string expect)
    {
        var before = (await BotMessagesAsync()).Count;
        using var response = await Api.PostActivityAsync(Conversation, activity);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var said = string.Join("\n", (await BotMessagesAsync()).Skip(before).Select(a => WalkText.Of(a)));
            if (said.Contains(expect, StringComparison.Ordinal))
            {
                return said;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No bot message containing \"{expect}\"; the bot said: {said}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private async Task<List<JsonElement>> BotMessagesAsync() =>
        [.. (await Api.AllActivitiesAsync(Conversation)).Where(a => DirectLineApi.RoleOf(a) == "bot")];
}
