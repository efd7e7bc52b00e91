using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// One Slack user of one workspace (<paramref name="team"/>, the tenant): signed slash commands,
/// direct messages and mentions (Events API), button clicks (block_actions), and what the bot sent
/// back through the Web API and the response URLs. Slack turns run after the ack, so each call
/// waits until the bot said <c>expect</c>.
/// </summary>
internal sealed class SlackUser(WalkBot bot, string team, string userId)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private int sent;

    public string UserId => userId;

    /// <summary>The user's DM with the bot.</summary>
    public string Dm => "D" + userId;

    /// <summary>A slash command in <paramref name="channel"/> (default: the DM); returns the ack body and everything the bot sent after it.</summary>
    public Task<string> CommandAsync(string command, string text, string expect, string? channel = null)
    {
        var n = Interlocked.Increment(ref sent);
        var fields = new Dictionary<string, string>
        {
            ["token"] = "deprecated",
            ["team_id"] = team,
            ["team_domain"] = team.ToLowerInvariant(),
            ["channel_id"] = channel ?? Dm,
            ["channel_name"] = "directmessage",
            ["user_id"] = userId,
            ["user_name"] = userId.ToLowerInvariant(),
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A0WALK",
            ["response_url"] = bot.Slack.ResponseUrl($"{userId}-{n}").ToString(),
            ["trigger_id"] = $"trigger-{userId}-{n}",
        };
        var body = string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        return SendAsync(bot.Signer.Form("/api/slack/commands", body), expect);
    }

    /// <summary>Types <paramref name="text"/> in the DM.</summary>
    public Task<string> SayAsync(string text, string expect) => EventAsync(new JsonObject
    {
        ["type"] = "message",
        ["user"] = userId,
        ["text"] = text,
        ["ts"] = Ts(),
        ["channel"] = Dm,
        ["channel_type"] = "im",
        ["event_ts"] = Ts(),
    }, expect);

    /// <summary>@mentions the bot in <paramref name="channel"/>.</summary>
    public Task<string> MentionAsync(string channel, string text, string expect) => EventAsync(new JsonObject
    {
        ["type"] = "app_mention",
        ["user"] = userId,
        ["text"] = "<@UBOT> " + text,
        ["ts"] = Ts(),
        ["channel"] = channel,
        ["event_ts"] = Ts(),
    }, expect);

    /// <summary>Clicks the button titled <paramref name="title"/> on the latest message in <paramref name="channel"/> that has one.</summary>
    public Task<string> ClickAsync(string channel, string title, string expect, string? teamOverride = null)
    {
        var (ts, button) = Button(channel, title);
        return ClickValueAsync(channel, ts, button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!, expect, teamOverride);
    }

    /// <summary>A block_actions click with any action id and value, as a forged or replayed payload would carry.</summary>
    public Task<string> ClickValueAsync(string channel, string ts, string actionId, string value, string expect, string? teamOverride = null)
    {
        var n = Interlocked.Increment(ref sent);
        var actingTeam = teamOverride ?? team;
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = actingTeam },
            ["team"] = new JsonObject { ["id"] = actingTeam, ["domain"] = actingTeam.ToLowerInvariant() },
            ["api_app_id"] = "A0WALK",
            ["trigger_id"] = $"trigger-{userId}-{n}",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = new JsonObject { ["ts"] = ts },
            ["response_url"] = bot.Slack.ResponseUrl($"{userId}-{n}").ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = value, ["action_ts"] = Ts() }),
        };
        return SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(payload.ToJsonString())), expect);
    }

    /// <summary>The private metadata of the modal the bot opened for this user's latest command.</summary>
    public string OpenedView() =>
        bot.Slack.CallsTo("views.open").Last(c => c.Field("trigger_id")?.StartsWith($"trigger-{userId}-", StringComparison.Ordinal) == true)
            .Json!.Value.GetProperty("view").GetProperty("private_metadata").GetString()!;

    /// <summary>Submits a modal's one answer field (block and action id <c>answer</c>); returns the bot's answer body (the next view, errors, or empty when the modal closes).</summary>
    public async Task<string> SubmitViewAsync(string metadata, string answer)
    {
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = userId, ["team_id"] = team },
            ["view"] = new JsonObject
            {
                ["id"] = "V0WALK",
                ["callback_id"] = "form.card",
                ["private_metadata"] = metadata,
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject { ["answer"] = new JsonObject { ["answer"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = answer } } },
                },
            },
        };
        using var request = bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(payload.ToJsonString()));
        using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"view_submission answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>The ts of the latest message the bot posted in <paramref name="channel"/> with a button titled <paramref name="title"/>, and that button.</summary>
    public (string Ts, JsonElement Button) Button(string channel, string title)
    {
        var calls = bot.Slack.Calls;
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            var call = calls[i];
            if (call.Method is not ("chat.postMessage" or "chat.update") || call.Field("channel") != channel
                || call.Json is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("blocks", out var blocks))
            {
                continue;
            }

            foreach (var button in blocks.EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "actions")
                .SelectMany(b => b.GetProperty("elements").EnumerateArray())
                .Where(e => e.GetProperty("text").GetProperty("text").GetString()!.StartsWith(title, StringComparison.Ordinal)))
            {
                var ts = call.Method == "chat.update" ? call.Field("ts")! : call.Response!.Value.GetProperty("ts").GetString()!;
                return (ts, button);
            }
        }

        throw new InvalidOperationException($"No bot message in {channel} has a button '{title}'.");
    }

    private Task<string> EventAsync(JsonObject inner, string expect)
    {
        var envelope = new JsonObject
        {
            ["token"] = "deprecated",
            ["team_id"] = team,
            ["api_app_id"] = "A0WALK",
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
            ["event_time"] = bot.Time.GetUtcNow().ToUnixTimeSeconds(),
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = team, ["user_id"] = "UBOT", ["is_bot"] = true }),
        };
        return SendAsync(bot.Signer.Json("/api/slack/events", envelope.ToJsonString()), expect);
    }

    private async Task<string> SendAsync(HttpRequestMessage request, string expect)
    {
        var before = bot.Slack.Calls.Count;
        using (request)
        {
            using var response = await bot.Client.SendAsync(request, TestContext.Current.CancellationToken);
            var ack = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Slack request answered {(int)response.StatusCode}: {ack}");
            var deadline = DateTime.UtcNow + Wait;
            while (true)
            {
                var said = WalkText.Of(ack) + "\n" + string.Join("\n", bot.Slack.Calls.Skip(before).Select(c => WalkText.Of(c.Json) + string.Join("\n", c.Form?.Values ?? [])));
                if (said.Contains(expect, StringComparison.Ordinal))
                {
                    return said;
                }

                Assert.True(DateTime.UtcNow < deadline, $"The bot never said \"{expect}\"; it said: {said}");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    private string Ts() => $"{bot.Time.GetUtcNow().ToUnixTimeSeconds()}.{Interlocked.Increment(ref sent):D6}";
}
