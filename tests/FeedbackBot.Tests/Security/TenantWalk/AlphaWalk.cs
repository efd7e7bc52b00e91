using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Tests.Security.TenantWalk;

/// <summary>
/// Tenant A's people using every path the bot has, on every channel, and trying the moves a
/// malicious user of A would make with what they could learn of B. Everything A's people got
/// back (replies, cards, pages, API answers) is kept in <see cref="Seen"/>; every command and
/// card action used is named in <see cref="Walked"/>, so the test can hold it against the registry.
/// </summary>
internal sealed partial class AlphaWalk(WalkBot bot, Bravo bravo)
{
    public const string Statement = "Acme answers every ticket the same day.";

    /// <summary>A's figures this week once the walk voted: 2 HIT, 2 MISS.</summary>
    public const string Figures = "50% (HIT 2 / MISS 2)";

    public HashSet<string> Walked { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Seen { get; } = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task TeamsAdminAndManagerAsync()
    {
        var admin = new TeamsUser(bot, Walk.Alpha, Walk.AlphaAdmin, "Alpha Admin", "a:alpha-admin");
        await See("help", admin.SayAsync("help", "decision-check"));
        await See("service-statement", admin.SayAsync("service-statement", "no service statement yet"));
        await See("service-statement", admin.SayAsync("service-statement set " + Statement, "Saved."));
        await See("service-statement", admin.SayAsync("service-statement elements add Live chat", "Added"));
        await See("service-statement", admin.SayAsync("service-statement elements", "Live chat"));
        await See("service-statement", admin.SayAsync("service-statement history", Statement));
        await See("service-statement", admin.SayAsync("service-statement gap", "nothing to compare"));
        await See("service-statement", admin.SayAsync("service-statement invite", "survey"));
        await See("feedback-admin", admin.SayAsync("feedback-admin add manager 29:alpha-manager", "is now a manager"));
        await See("feedback-admin", admin.SayAsync("feedback-admin list", "Managers"));

        // Before A has any vote, A's summary is empty, whatever B has.
        var manager = Manager();
        var summary = await See("feedback-summary", manager.SayAsync("feedback-summary", "Weekly summary"));
        Assert.Contains("No feedback requests and no votes this week.", summary, StringComparison.Ordinal);
        await See("feedback-summary", manager.SayAsync("weekly summary last week", "Weekly summary"));
    }

    public async Task TeamsDecisionCheckAsync()
    {
        var ada = new TeamsUser(bot, Walk.Alpha, "29:alpha-ada", "Ada Alpha", "19:alpha-group", group: true);
        var elements = await See("decision-check", ada.SayAsync("decision-check Offer free express shipping", "Which service elements"));
        Assert.Contains("Live chat", elements, StringComparison.Ordinal);
        foreach (var answer in new[] { "shipping", "hit", "Customers want speed", "yes", "Faster delivery", "no" })
        {
            await See("decision-check", ada.SayAsync(answer));
        }

        // B's shipping MISS is in B's figures only.
        var result = await See("decision-check", ada.SayAsync("yes", "Recommendation: GO"));
        Assert.Contains("No data yet for these elements: no HIT/MISS votes in the last 4 weeks and no customer rankings.", result, StringComparison.Ordinal);
        var proceed = ada.Button("Proceed");

        var mo = new TeamsUser(bot, Walk.Alpha, "29:alpha-mo", "Mo Alpha", "19:alpha-group", group: true);
        await See("decision.predict", mo.ExecuteAsync(ada.Button("I predict MISS")));
        await See("decision.status", ada.SubmitAsync(proceed, expect: "Recorded"));
        var actual = Actual(proceed, proceed["decision"]!.GetValue<string>());
        await See("decision.actual", ada.SubmitAsync(actual, expect: "customers reacted with a HIT"));
        await See("decision-check", ada.SayAsync("decision-check list", "Offer free express shipping"));

        // B's decision id on A's buttons: not found, whoever clicks and however.
        var stolen = proceed.DeepClone().AsObject();
        stolen["decision"] = bravo.DecisionId;
        await See("decision.status", ada.SubmitAsync(stolen, expect: "can't find that decision"));
        await See("decision.status", ada.ExecuteAsync(stolen));
        var predict = ada.Button("I predict HIT");
        predict["decision"] = bravo.DecisionId;
        await See("decision.predict", mo.SubmitAsync(predict, expect: "can't find that decision"));
        await See("decision.actual", ada.SubmitAsync(Actual(proceed, bravo.DecisionId), expect: "can't find that decision"));
    }

    public async Task TeamsFeedbackRequestAndCustomerAsync()
    {
        // The customer chatted with the bot before, so the request reaches them privately.
        var privately = new TeamsUser(bot, Walk.Alpha, "29:alpha-cust", "Alpha Cust", "a:alpha-cust");
        await See("help", privately.SayAsync("hi"));
        var ada = new TeamsUser(bot, Walk.Alpha, "29:alpha-ada", "Ada Alpha", "19:alpha-group", group: true);
        await See("feedback-request", ada.MentionAsync("feedback-request", "29:alpha-cust", "Alpha Cust", "I asked Alpha Cust"));
        await WaitAsync(() => bot.Connector.Requests.Any(r => r.ConversationId == "a:alpha-cust" && WalkText.Of(r.Body).Contains("How was your experience with Ada Alpha today?", StringComparison.Ordinal)), "the question in Teams");
        await See("vote", privately.SubmitAsync(privately.Button("HIT"), expect: "What made it work?"));
        await See("vote", privately.SayAsync("Acme was quick to help", "Thank you for your feedback"));

        await See("stop-asking", privately.SayAsync("stop asking me", "will not ask you"));
        await See("forget-me", privately.SayAsync("forget me", "Delete all your votes"));
        await See("forget-me", privately.SayAsync("yes", "we deleted your feedback on 1 interaction"));

        var taker = new TeamsUser(bot, Walk.Alpha, "29:alpha-taker", "Alpha Taker", "a:alpha-taker");
        var said = await See("service-survey", taker.SayAsync("service-survey", "How important is"));
        for (var i = 0; i < 20 && !said.Contains("excellent service", StringComparison.Ordinal); i++)
        {
            said = await See("service-survey", taker.SayAsync("crucial"));
        }

        await See("service-survey", taker.SayAsync("Answers on the same day", "Thank you!"));
    }

    /// <summary>The helpdesk, the survey link and the web chat (whose turns belong to the default tenant, while the tickets name A).</summary>
    public async Task HelpdeskLinkAndWebChatAsync()
    {
        var visitor = new WebChatVisitor(bot);
        Seen.Add(await visitor.OpenAsync());
        await See("help", visitor.SayAsync("help", "decision-check"));
        await See("service-statement", visitor.SayAsync("service-statement", "service statement"));

        // A customer who chatted with the bot in Teams before is asked there, proactively.
        var one = new TeamsUser(bot, Walk.Alpha, "29:alpha-one", "Alpha One", "a:alpha-one");
        await See("help", one.SayAsync("hi"));
        await CreateAsync("ticket-1001", new JsonObject { ["id"] = "alpha-cust-1", ["name"] = "Alpha One", ["channel"] = "msteams", ["channelUserId"] = "29:alpha-one" });
        await WaitAsync(() => bot.Connector.Requests.Any(r => r.ConversationId == "a:alpha-one" && WalkText.Of(r.Body).Contains("How was your experience with Sam today?", StringComparison.Ordinal)), "the question in Teams");
        await See("vote", one.SubmitAsync(one.Button("HIT"), expect: "What made it work?"));
        await See("vote", one.SayAsync("Acme was friendly", "Thank you for your feedback"));
        var (again, againBody) = await bot.PostInteractionAsync(BravoSeed.Body("ticket-1001", new JsonObject { ["id"] = "alpha-cust-1", ["name"] = "Alpha One" }), WalkBot.AlphaKey);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Seen.Add(againBody!.ToJsonString());
        again.Dispose();

        var byLink = await CreateAsync("ticket-1002", new JsonObject { ["id"] = "alpha-cust-2", ["name"] = "Alpha Two", ["email"] = "two@alpha.example" });
        using (var page = await GetPageAsync($"/feedback/{byLink}?vote=miss"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Seen.Add(await page.Content.ReadAsStringAsync(Ct));
        }

        await See("vote", visitor.SubmitAsync(new JsonObject { ["command"] = "vote", ["ticket"] = byLink, ["why"] = "1" }, "What should we have done differently?"));
        await See("vote", visitor.SayAsync("Acme was late", "Which part of our service"));
        await See("vote", visitor.SayAsync("Live chat", "Thank you for your feedback"));

        // A's helpdesk may use an id B also uses: it is A's own interaction, not B's.
        var (reused, reusedBody) = await bot.PostInteractionAsync(BravoSeed.Body(BravoSeed.Interaction(5), new JsonObject { ["id"] = "alpha-cust-9", ["name"] = "Alpha Nine" }, Walk.Alpha), WalkBot.AlphaKey);
        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Seen.Add(reusedBody!.ToJsonString());
        reused.Dispose();

        // B's tenant-bound key naming A's tenant, and A's naming B's: refused.
        foreach (var (key, tenant) in new[] { (WalkBot.BravoKey, Walk.Alpha), (WalkBot.AlphaKey, Walk.Bravo) })
        {
            var (refused, refusedBody) = await bot.PostInteractionAsync(BravoSeed.Body("ticket-1003", new JsonObject { ["id"] = "alpha-cust-3", ["name"] = "Alpha Three" }, tenant), key);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Seen.Add(refusedBody?.ToJsonString() ?? "");
            refused.Dispose();
        }

        await CrossingLinksAsync(visitor, byLink);
    }

    /// <summary>B's interaction in A's survey link and card submit (signature kept, payload swapped; or signed with a guessed key), and A's web chat token on B's conversation.</summary>
    private async Task CrossingLinksAsync(WebChatVisitor visitor, string alphaToken)
    {
        var forged = new[] { SurveyTokenForgery.SwapPayload(alphaToken, bravo.SurveyToken), SurveyTokenForgery.SignedWithAnotherKey(bravo.SurveyToken) };
        foreach (var token in forged)
        {
            foreach (var vote in new[] { "hit", "miss" })
            {
                using var page = await GetPageAsync($"/feedback/{token}?vote={vote}");
                Assert.False(page.IsSuccessStatusCode, $"A forged survey token was accepted: {(int)page.StatusCode}");
                var text = await page.Content.ReadAsStringAsync(Ct);
                Assert.Contains("not valid", text, StringComparison.Ordinal);
                Seen.Add(text);
            }

            await See("vote", visitor.SubmitAsync(new JsonObject { ["command"] = "vote", ["ticket"] = token, ["answer"] = "hit" }, "not valid"));
            await See("vote", visitor.SubmitAsync(new JsonObject { ["command"] = "vote", ["ticket"] = token, ["why"] = "1" }, "not valid"));
            await See("stop-asking", visitor.SubmitAsync(new JsonObject { ["command"] = "stop-asking", ["ticket"] = token }, "not valid"));
            await See("forget-me", visitor.SubmitAsync(new JsonObject { ["command"] = "forget-me", ["ticket"] = token }, "not valid"));
        }

        foreach (var (method, body) in new[] { (HttpMethod.Get, (string?)null), (HttpMethod.Post, "{\"type\":\"message\",\"text\":\"help\"}") })
        {
            using var response = await visitor.Api.SendAsync(method, $"/v3/directline/conversations/{bravo.WebChat.Id}/activities", visitor.Conversation.Token, body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Seen.Add(await response.Content.ReadAsStringAsync(Ct));
        }
    }

    public async Task SlackAsync()
    {
        var admin = new SlackUser(bot, Walk.Alpha, Walk.AlphaSlackAdmin);
        await See("feedback-admin", admin.CommandAsync("/feedback-admin", "add manager <@UALPHAMGR|alphamgr>", "is now a manager"));
        await See("service-statement", admin.CommandAsync("/service-statement", "", Statement));

        var manager = new SlackUser(bot, Walk.Alpha, "UALPHAMGR");
        await See("feedback-summary", manager.CommandAsync("/feedback-summary", "", "Weekly summary"));

        var staff = new SlackUser(bot, Walk.Alpha, "UALPHASTAFF");
        await See("decision-check", staff.CommandAsync("/decision-check", "list", "decision check"));
        await See("decision-check", staff.CommandAsync("/decision-check", "Open on Sundays", "Live chat", channel: "CALPHADECIDE"));
        await SlackDecisionModalAsync(staff);
        var survey = await See("service-survey", staff.CommandAsync("/service-survey", "", "How important is"));
        for (var i = 0; i < 20 && !survey.Contains("excellent service", StringComparison.Ordinal); i++)
        {
            survey = await See("service-survey", staff.SayAsync("crucial", "?"));
        }

        await See("service-survey", staff.SayAsync("skip", "Thank you!"));
        await See("help", staff.SayAsync("help", "decision-check"));
        await See("help", staff.MentionAsync("CALPHAGENERAL", "help", "decision-check"));

        await See("feedback-request", staff.CommandAsync("/feedback-request", "<@UALPHACUST|alphacust>", "I asked"));
        var customer = new SlackUser(bot, Walk.Alpha, "UALPHACUST");
        await See("vote", customer.ClickAsync(customer.Dm, "MISS", "What should we have done differently?"));
        await See("vote", customer.SayAsync("Acme never called back", "Which part of our service"));
        await See("vote", customer.SayAsync("skip", "Thank you for your feedback"));

        // A's MISS alerts reach A's channel; A's teammate takes one, then replays B's button there.
        await WaitAsync(() => bot.Slack.Calls.Any(c => c.Field("channel") == WalkBot.AlphaAlerts && WalkText.Of(c.Json).Contains("Acme was late", StringComparison.Ordinal)), "A's MISS alert");
        var (alertTs, _) = staff.Button(WalkBot.AlphaAlerts, "I'll follow up");
        await See("follow-up", staff.ClickAsync(WalkBot.AlphaAlerts, "I'll follow up", "is following up"));
        await See("follow-up", staff.ClickValueAsync(WalkBot.AlphaAlerts, alertTs, bravo.FollowUpActionId, bravo.FollowUpValue, "can no longer be found"));

        // B's team id on a payload that is not signed with the app's secret: refused before anything is read.
        var forger = new SlackRequestSigner("not-the-slack-signing-secret-of-this-app", bot.Time);
        var payload = new JsonObject { ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = Walk.Bravo }, ["user"] = new JsonObject { ["id"] = "UALPHASTAFF", ["team_id"] = Walk.Bravo } };
        using var forged = await bot.Client.SendAsync(forger.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(payload.ToJsonString())), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Seen.Add(await forged.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The Slack modal of the decision check, answered form by form; the result card's buttons in the channel, with A's decision id and with B's.</summary>
    private async Task SlackDecisionModalAsync(SlackUser staff)
    {
        var metadata = staff.OpenedView();
        string answered = "";
        foreach (var answer in new[] { "shipping", "hit", "Customers want Sundays", "yes", "Shopping on Sundays", "no", "yes" })
        {
            answered = await See("decision-check", staff.SubmitViewAsync(metadata, answer));
            if (answered.Length > 0)
            {
                metadata = WalkText.PrivateMetadata(answered);
            }
        }

        Assert.Equal("", answered);
        await WaitAsync(() => bot.Slack.Calls.Any(c => c.Field("channel") == "CALPHADECIDE" && WalkText.Of(c.Json).Contains("Recommendation: GO", StringComparison.Ordinal)), "the result card in Slack");
        var (ts, proceed) = staff.Button("CALPHADECIDE", "Proceed");
        var value = proceed.GetProperty("value").GetString()!;
        var actionId = proceed.GetProperty("action_id").GetString()!;
        var ownId = Assert.Single(await bot.Service<IDecisionLog>().ListByOwnerAsync(Walk.Alpha, staff.UserId, 10, Ct)).Id;
        Assert.Contains(ownId, value, StringComparison.Ordinal);
        await See("decision.status", staff.ClickValueAsync("CALPHADECIDE", ts, actionId, value, "Recorded"));
        await See("decision.status", staff.ClickValueAsync("CALPHADECIDE", ts, actionId, value.Replace(ownId, bravo.DecisionId, StringComparison.Ordinal), "can't find that decision"));
    }

    /// <summary>A's figures, comments and links as A's Teams manager sees them once the walk voted.</summary>
    public async Task SummaryWithVotesAsync()
    {
        var summary = await See("feedback-summary", Manager().SayAsync("feedback-summary", "Weekly summary"));
        Assert.Contains(Figures, summary, StringComparison.Ordinal);
        Assert.Contains("Acme was late", summary, StringComparison.Ordinal);
        await See("feedback-summary", Manager().SayAsync("feedback-summary this week " + Walk.AlphaTeam, "Weekly summary 2026-W47 for team " + Walk.AlphaTeam));
        await See("feedback-summary", Manager().SayAsync("feedback-summary 2026-W46", "Weekly summary 2026-W46"));
        foreach (var link in SummaryLink().Matches(summary).Select(m => new Uri(m.Value)).Distinct())
        {
            using var response = await bot.Client.GetAsync(link.PathAndQuery, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync(Ct);
            Seen.Add(response.Content.Headers.ContentType?.MediaType == "text/csv" ? System.Text.Encoding.UTF8.GetString(body) : $"{link}: {body.Length} bytes");
        }
    }

    private TeamsUser Manager() => new(bot, Walk.Alpha, "29:alpha-manager", "Alpha Manager", "a:alpha-manager");

    private static JsonObject Actual(JsonObject statusButton, string decisionId)
    {
        var actual = statusButton.DeepClone().AsObject();
        actual["cardAction"] = "decision.actual";
        actual["decision"] = decisionId;
        actual.Remove("status");
        actual["verdict"] = "hit";
        return actual;
    }

    private async Task<string> CreateAsync(string interactionId, JsonObject customer)
    {
        var (response, body) = await bot.PostInteractionAsync(BravoSeed.Body(interactionId, customer), WalkBot.AlphaKey);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        response.Dispose();
        Seen.Add(body!.ToJsonString());
        return BravoSeed.TokenOf(body);
    }

    private async Task<HttpResponseMessage> GetPageAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", "text/html");
        return await bot.Client.SendAsync(request, Ct);
    }

    private async Task<string> See(string walked, Task<string> said)
    {
        Walked.Add(walked);
        var text = await said;
        Seen.Add(text);
        return text;
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 30 s for {what}.");
            await Task.Delay(50, Ct);
        }
    }

    [GeneratedRegex(@"https://bot\.example\.com/summaries/[^\s""<>]+")]
    private static partial Regex SummaryLink();
}
