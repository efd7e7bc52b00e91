using System.Net;
using System.Text.Json.Nodes;
using FeedbackBot.Tests.DirectLine;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// Tenant B's week, made through the real endpoints as B's people would: an admin sets the
/// statement, adds an element and a manager; staff run a decision check; the helpdesk reports
/// seven interactions; customers vote 4 HIT / 3 MISS by link and in the web chat, with a comment
/// and the element shipping (so A's decision evidence on shipping would show B's counts); a teammate takes the MISS's follow-up in Slack; a customer says stop asking.
/// Returns what a malicious user of A would try to reuse.
/// </summary>
internal static class BravoSeed
{
    public const string Statement = Walk.Secret + " statement: bravo delivers by drone within the hour.";
    public const string Element = Walk.Secret + " Bravo drones";
    public const string Decision = Walk.Secret + " decision: close every bravo store";
    public const string Comment = Walk.Secret + " comment: the bravo drone dropped my parcel";
    public const string Agent = Walk.Secret + " Agent Bravo";

    /// <summary>B's interaction ids carry no marker on purpose: A's helpdesk reuses one as its own id.</summary>
    public static string Interaction(int n) => $"ticket-{9000 + n}";

    public static async Task<Bravo> SeedAsync(WalkBot bot)
    {
        var admin = new TeamsUser(bot, Walk.Bravo, Walk.Operator, "Operator", "a:operator-bravo");
        await admin.SayAsync("service-statement set " + Statement, "Saved.");
        await admin.SayAsync("service-statement elements add " + Element, "Added");
        await admin.SayAsync("feedback-admin add manager 29:bravo-manager", "is now a manager");

        // The manager asks once, so the bot knows where to push the weekly summary.
        var manager = new TeamsUser(bot, Walk.Bravo, "29:bravo-manager", "Bravo Manager", "a:bravo-manager");
        await manager.SayAsync("feedback-summary", "Weekly summary");

        var staff = new TeamsUser(bot, Walk.Bravo, "29:bravo-staff", "Bravo Staff", "19:bravo-group", group: true);
        await staff.SayAsync("decision-check " + Decision, "Which service elements");
        foreach (var answer in new[] { "shipping", "miss", Walk.Secret + " bravo customers hate it", "no", Walk.Secret + " no value", "no" })
        {
            await staff.SayAsync(answer);
        }

        await staff.SayAsync("no", "Recommendation");
        var decisionId = staff.Button("Proceed")["decision"]!.GetValue<string>();

        // Seven interactions, answered by link; one customer then says why in the web chat the link's page opens.
        var tokens = new List<string>();
        for (var n = 1; n <= 7; n++)
        {
            var customer = new JsonObject { ["id"] = $"bravo-cust-{n}", ["name"] = $"Bravo Customer {n}", ["email"] = $"cust{n}@bravo.example" };
            var (response, body) = await bot.PostInteractionAsync(Body(Interaction(n), customer), WalkBot.BravoKey);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            response.Dispose();
            tokens.Add(TokenOf(body!));
            using var vote = await bot.Client.GetAsync($"/feedback/{tokens[^1]}?vote={(n <= 4 ? "hit" : "miss")}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        }

        var chat = new WebChatVisitor(bot);
        await chat.OpenAsync();
        await chat.SubmitAsync(new JsonObject { ["command"] = "vote", ["ticket"] = tokens[4], ["why"] = "1" }, "What should we have done differently?");
        await chat.SayAsync(Comment, "Which part of our service was it about?");
        await chat.SayAsync("Shipping", "Thank you for your feedback");

        // B's MISS alerts went to B's channel; a teammate of B takes the commented one.
        var teammate = new SlackUser(bot, Walk.Bravo, "UBRAVOSTAFF");
        await WaitForAlertAsync(bot, WalkBot.BravoAlerts, Comment);
        await teammate.ClickAsync(WalkBot.BravoAlerts, "I'll follow up", "is following up");
        var (_, followUp) = teammate.Button(WalkBot.BravoAlerts, "I'll follow up");

        var customerInTeams = new TeamsUser(bot, Walk.Bravo, "29:bravo-cust-2", "Bravo Customer 2", "a:bravo-cust-2");
        await customerInTeams.SayAsync("stop asking me", "we will not ask you for feedback again");

        return new Bravo(decisionId, tokens[4], followUp.GetProperty("action_id").GetString()!, followUp.GetProperty("value").GetString()!, chat.Conversation);
    }

    public static JsonObject Body(string interactionId, JsonObject customer, string? tenant = null)
    {
        var bravo = interactionId.StartsWith("ticket-9", StringComparison.Ordinal) && tenant is null;
        var body = new JsonObject
        {
            ["interactionId"] = interactionId,
            ["customer"] = customer,
            ["agent"] = bravo ? new JsonObject { ["id"] = "bravo-agent", ["name"] = Agent } : new JsonObject { ["id"] = "alpha-agent", ["name"] = "Sam" },
            ["team"] = bravo ? Walk.BravoTeam : Walk.AlphaTeam,
            ["occurredAt"] = "2026-11-22T14:03:00Z",
        };
        if (tenant is not null)
        {
            body["tenant"] = tenant;
        }

        return body;
    }

    public static string TokenOf(JsonObject created) => new Uri(created["surveyUrl"]!.GetValue<string>()).AbsolutePath.Split('/')[^1];

    private static async Task WaitForAlertAsync(WalkBot bot, string channel, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!bot.Slack.Calls.Any(c => c.Field("channel") == channel && WalkText.Of(c.Json).Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No alert with \"{text}\" in {channel}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>What of B's a user of A could get hold of and try: B's decision id, a B survey token, B's follow-up button, B's web chat conversation.</summary>
internal sealed record Bravo(string DecisionId, string SurveyToken, string FollowUpActionId, string FollowUpValue, DirectLineApi.Conversation WebChat);
