using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// The "I'll follow up" button of a MISS alert in Slack: a teammate of the request's tenant takes
/// it; a click carrying the same ticket from another workspace is refused and changes nothing
/// (found by the tenant walk, <c>Security/TenantWalk</c>: the refusal used to name who followed up).
/// </summary>
public sealed class MissFollowUpTests : IAsyncLifetime
{
    private VoteBot bot = null!;

    public async ValueTask InitializeAsync() => bot = await VoteBot.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FollowUp_TicketOfAnotherWorkspace_IsRefusedAndTheVoteKeepsNoTaker()
    {
        var button = await MissAlertButtonAsync();

        var refused = await ClickAsync(button, "T0OTHER", "cross-1");
        var taken = await ClickAsync(button, SlackPayloads.Team, "own-1");

        Assert.Contains("This MISS can no longer be found.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackPayloads.User, refused, StringComparison.Ordinal);
        Assert.Contains($"{SlackPayloads.User} is following up.", taken, StringComparison.Ordinal);
        Assert.Equal(SlackPayloads.User, (await bot.VoteAsync("ticket-1", SlackPayloads.Team))!.FollowUpBy);
    }

    [Fact]
    public async Task FollowUp_TakenInItsWorkspace_IsNotShownToAnotherWorkspaceReplayingTheButton()
    {
        var button = await MissAlertButtonAsync();
        await ClickAsync(button, SlackPayloads.Team, "own-1");

        var replayed = await ClickAsync(button, "T0OTHER", "cross-1");

        Assert.Contains("This MISS can no longer be found.", replayed, StringComparison.Ordinal);
        Assert.DoesNotContain("is already following up", replayed, StringComparison.Ordinal);
    }

    /// <summary>A request of workspace <see cref="SlackPayloads.Team"/> answered MISS by link; returns the alert's follow-up button.</summary>
    private async Task<JsonElement> MissAlertButtonAsync()
    {
        var body = VoteBot.Interaction("ticket-1");
        body["tenant"] = SlackPayloads.Team;
        using var created = await bot.PostInteractionAsync(body);
        var token = VoteBot.TokenOf(JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!["surveyUrl"]!.GetValue<string>());
        using var miss = await bot.Client.GetAsync($"/feedback/{token}?vote=miss", Ct);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 1, TimeSpan.FromSeconds(20), Ct);
        var alert = bot.Slack.CallsTo("chat.postMessage").Single(c => c.Field("channel") == VoteBot.AlertChannel);
        return alert.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Single(e => e.GetProperty("text").GetProperty("text").GetString() == "I'll follow up");
    }

    /// <summary>Clicks <paramref name="button"/> in the alert channel as a user of <paramref name="team"/>; returns everything the bot sent after it.</summary>
    private async Task<string> ClickAsync(JsonElement button, string team, string responseId)
    {
        var payload = JsonNode.Parse(SlackPayloads.BlockActions(
            VoteBot.AlertChannel, "1700000000.000001", button.GetProperty("action_id").GetString()!, button.GetProperty("value").GetString()!, ephemeral: false, bot.Slack.ResponseUrl(responseId)))!;
        payload["team"]!["id"] = team;
        payload["user"]!["team_id"] = team;

        var before = bot.Slack.Calls.Count;
        using var response = await bot.Client.SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(payload.ToJsonString())), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var text = string.Join("\n", bot.Slack.Calls.Skip(before).SelectMany(c => c.AllText()));
            if (text.Contains("following up", StringComparison.Ordinal) || text.Contains("no longer be found", StringComparison.Ordinal))
            {
                return text;
            }

            Assert.True(DateTime.UtcNow < deadline, "The bot did not answer the click.");
            await Task.Delay(50, Ct);
        }
    }
}
