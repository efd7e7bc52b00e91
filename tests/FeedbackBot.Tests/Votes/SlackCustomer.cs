using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// A Slack user in their DM with the bot: clicks buttons (signed block_actions), types messages
/// (signed message events) and reads what the bot sent through the fake Web API.
/// </summary>
internal sealed class SlackCustomer(VoteBot bot, string userId = SlackPayloads.User)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private int clicks;

    /// <summary>The DM channel the bot asked in.</summary>
    public string Dm { get; private set; } = "";

    /// <summary>The helpdesk reports an interaction with this Slack user; returns the survey token once the question is in their DM.</summary>
    public async Task<string> RequestAsync(string interactionId)
    {
        var before = bot.Slack.Calls.Count;
        var body = VoteBot.Interaction(interactionId, new JsonObject { ["id"] = "cust-1", ["name"] = "Ada Lovelace", ["channel"] = "slack", ["channelUserId"] = userId });
        body["tenant"] = SlackPayloads.Team;
        using var created = await bot.PostInteractionAsync(body);
        var answer = (await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.True(answer["messaged"]!.GetValue<bool>());
        await WaitForAsync(before, "How was your experience with Sam today?");
        Dm = bot.Slack.Calls.Skip(before).First(c => c.Method == "chat.postMessage").Field("channel")!;
        return VoteBot.TokenOf(answer["surveyUrl"]!.GetValue<string>());
    }

    /// <summary>Clicks the button whose text starts with <paramref name="title"/> on the latest message that has one; returns the bot's text once it contains <paramref name="expected"/>.</summary>
    public async Task<string> ClickAsync(string title, string expected)
    {
        var (ts, button) = Button(title);
        var before = bot.Slack.Calls.Count;
        var click = SlackPayloads.BlockActions(Dm, ts, button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!, ephemeral: false, bot.Slack.ResponseUrl($"click-{++clicks}"));

        using var response = await bot.Client.SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        return await WaitForAsync(before, expected);
    }

    /// <summary>Types <paramref name="text"/> in the DM; returns the bot's text once it contains <paramref name="expected"/>.</summary>
    public async Task<string> SayAsync(string text, string expected)
    {
        var before = bot.Slack.Calls.Count;
        var message = SlackPayloads.DirectMessageEvent("Ev" + Guid.NewGuid().ToString("N"), text, Dm, userId);

        using var response = await bot.Client.SendAsync(bot.Signer.Json("/api/slack/events", message), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        return await WaitForAsync(before, expected);
    }

    /// <summary>Everything the bot sent since call <paramref name="before"/>, once it contains <paramref name="expected"/>.</summary>
    private async Task<string> WaitForAsync(int before, string expected)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var said = string.Join("\n", bot.Slack.Calls.Skip(before).SelectMany(c => c.AllText()));
            if (said.Contains(expected, StringComparison.Ordinal))
            {
                return said;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The bot never said \"{expected}\"; it said: {said}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The button and the ts of the message it is on (a response_url update keeps the message's ts).</summary>
    private (string Ts, JsonElement Button) Button(string title)
    {
        var calls = bot.Slack.Calls;
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            if (calls[i].Json is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("blocks", out var blocks))
            {
                continue;
            }

            foreach (var button in blocks.EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "actions")
                .SelectMany(b => b.GetProperty("elements").EnumerateArray())
                .Where(e => e.GetProperty("text").GetProperty("text").GetString()!.StartsWith(title, StringComparison.Ordinal)))
            {
                return (TsOf(calls, i), button);
            }
        }

        throw new InvalidOperationException($"No bot message has a button '{title}'.");
    }

    private static string TsOf(IReadOnlyList<FakeSlackCall> calls, int index)
    {
        var call = calls[index];
        if (call.Response is { ValueKind: JsonValueKind.Object } response && response.TryGetProperty("ts", out var ts))
        {
            return ts.GetString()!;
        }

        return call.Field("ts") ?? TsOf(calls, calls.Take(index).ToList().FindLastIndex(c => c.Method == "chat.postMessage"));
    }
}
