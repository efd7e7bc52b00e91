using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;
using FeedbackBot.Testing.Slack;
using FeedbackBot.Tests.Slack;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Votes;

/// <summary>
/// "Ask a customer for feedback", the button the bot offers staff (on help, and after every
/// request): on each channel it asks who the customer was and creates the request.
/// </summary>
public sealed class StaffFeedbackButtonTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Teams_StaffClicksTheHelpButtonThenMentionsTheCustomer_CustomerIsAskedInTheirChat()
    {
        await using var bot = await VoteBot.StartAsync();
        var customer = new TeamsCustomer(bot);
        await customer.SendAsync("hi");
        var staff = new TeamsCustomer(bot, "29:staff", "a:staff-chat");
        var help = await staff.SendAsync("help");
        var form = await staff.SendAsync(null, staff.Button("Ask a customer for feedback"));
        var mention = Activities.TeamsMessage(bot.Connector.ServiceUrl, "<at>Ada Lovelace</at>", "a:staff-chat", "29:staff");
        mention["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Ada Lovelace</at>",
            ["mentioned"] = new JsonObject { ["id"] = customer.UserId, ["name"] = "Ada Lovelace" },
        });
        var before = bot.Connector.Requests.Count;

        using var response = await Activities.PostAsync(bot.Client, mention);

        await bot.Connector.WaitForRequestsAsync(before + 2, Wait, Ct);
        var after = TeamsCustomer.Visible(bot.Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => r.Activity!.Value));
        Assert.Contains("Done helping a customer? Ask them how it went.", Assert.Single(help).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Which customer did you help?", TeamsCustomer.Visible(form), StringComparison.Ordinal);
        Assert.Contains("How was your experience with", after, StringComparison.Ordinal);
        Assert.Contains("I asked Ada Lovelace for feedback", after, StringComparison.Ordinal);
        var request = Assert.Single(await bot.Service<IFeedbackRequestStore>().ListAsync(Activities.TenantId, bot.Week, Ct));
        Assert.Equal(("msteams", customer.UserId, "29:staff"), (request.Customer.Channel, request.Customer.ChannelUserId, request.RequestedBy));
        Assert.NotNull(staff.Button("Ask another customer"));
    }

    [Fact]
    public async Task Slack_StaffClicksTheHelpButtonThenPicksTheCustomerInTheModal_CustomerIsAskedInTheirDm()
    {
        const string StaffDm = "D0STAFF";
        const string Customer = "U0CUSTOMER";
        await using var bot = await VoteBot.StartAsync();
        using var help = await bot.Client.SendAsync(bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev-help", "help", StaffDm)), Ct);
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);
        var helpMessage = Assert.Single(bot.Slack.CallsTo("chat.postMessage"));
        var offer = Buttons(helpMessage).Single(b => b.GetProperty("text").GetProperty("text").GetString() == "Ask a customer for feedback");
        var click = SlackPayloads.BlockActions(StaffDm, helpMessage.Response!.Value.GetProperty("ts").GetString()!, offer.GetProperty("action_id").GetString()!, offer.GetProperty("value").GetString()!, ephemeral: false, bot.Slack.ResponseUrl("click-1"));
        using var clicked = await bot.Client.SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click)), Ct);
        await bot.Slack.WaitForCallsAsync("views.open", 1, Wait, Ct);
        var view = Assert.Single(bot.Slack.CallsTo("views.open")).Json!.Value.GetProperty("view");
        var inputs = view.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "input").ToList();

        using var submitted = await bot.Client.SendAsync(bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(Submission(view, Customer, "Returned a parcel"))), Ct);

        var deadline = DateTime.UtcNow + Wait;
        while (!bot.Slack.CallsTo("chat.postMessage").Any(c => c.AllText().Any(t => t.Contains("How was your experience with", StringComparison.Ordinal))))
        {
            Assert.True(DateTime.UtcNow < deadline, "The customer was never asked.");
            await Task.Delay(50, Ct);
        }

        Assert.Equal(["users_select", "plain_text_input"], inputs.Select(b => b.GetProperty("element").GetProperty("type").GetString()));
        Assert.True(inputs[1].GetProperty("optional").GetBoolean());
        Assert.Equal(System.Net.HttpStatusCode.OK, submitted.StatusCode);
        var request = Assert.Single(await bot.Service<IFeedbackRequestStore>().ListAsync(SlackPayloads.Team, bot.Week, Ct));
        Assert.Equal(("slack", Customer, SlackPayloads.User, "Returned a parcel"), (request.Customer.Channel, request.Customer.ChannelUserId, request.RequestedBy, request.Note));
        await bot.Slack.WaitForCallsAsync("chat.postMessage", 3, Wait, Ct);
        Assert.Contains(bot.Slack.CallsTo("chat.postMessage"), c => c.Field("channel") == StaffDm && c.AllText().Any(t => t.Contains("I asked", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Slack_StaffTypesTheCommandWithAMentionInTheirDm_CustomerIsAskedAndTheNoteKept()
    {
        await using var bot = await VoteBot.StartAsync();

        using var typed = await bot.Client.SendAsync(bot.Signer.Json("/api/slack/events", SlackPayloads.DirectMessageEvent("Ev-request", "feedback-request <@U0CUSTOMER> returned a parcel", "D0STAFF")), Ct);

        await bot.Slack.WaitForCallsAsync("chat.postMessage", 2, Wait, Ct);
        var request = Assert.Single(await bot.Service<IFeedbackRequestStore>().ListAsync(SlackPayloads.Team, bot.Week, Ct));
        Assert.Equal(("slack", "U0CUSTOMER", "returned a parcel"), (request.Customer.Channel, request.Customer.ChannelUserId, request.Note));
        Assert.Contains(bot.Slack.CallsTo("chat.postMessage"), c => c.AllText().Any(t => t.Contains("How was your experience with", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WebChat_StaffClicksTheHelpButtonThenTypesACustomerName_GetsALinkToShare()
    {
        await using var bot = await VoteBot.StartAsync(new Dictionary<string, string?> { ["DirectLine:ActivityBurst"] = "1000" });
        var staff = new WebChatCustomer(bot);
        await staff.OpenAsync();

        await staff.SayAsync("help", "Done helping a customer?");
        var form = await staff.ClickAsync("Ask a customer for feedback", "Which customer did you help?");
        var result = await staff.ClickAsync("Ask for feedback", "Feedback request created for Ada Lovelace", new JsonObject { ["answer"] = "Ada Lovelace", ["note"] = "Returned a parcel" });

        Assert.Contains("Note for your team (optional)", form, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.com/feedback/", result, StringComparison.Ordinal);
        Assert.Contains("Ask another customer", result, StringComparison.Ordinal);
        var request = Assert.Single(await bot.Service<IFeedbackRequestStore>().ListAsync(Tenants.Default, bot.Week, Ct));
        Assert.Equal(("Ada Lovelace", (string?)null, "Returned a parcel", staff.UserId), (request.Customer.Name, request.Customer.Channel, request.Note, request.RequestedBy));
    }

    /// <summary>The view_submission Slack sends for the modal <paramref name="view"/> with the customer picked and a note typed.</summary>
    private static string Submission(JsonElement view, string customer, string note) => new JsonObject
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = SlackPayloads.Team },
        ["user"] = new JsonObject { ["id"] = SlackPayloads.User, ["team_id"] = SlackPayloads.Team },
        ["view"] = new JsonObject
        {
            ["id"] = "V1",
            ["callback_id"] = view.GetProperty("callback_id").GetString(),
            ["private_metadata"] = view.GetProperty("private_metadata").GetString(),
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject
                {
                    ["answer"] = new JsonObject { ["answer"] = new JsonObject { ["type"] = "users_select", ["selected_user"] = customer } },
                    ["note"] = new JsonObject { ["note"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = note } },
                },
            },
        },
    }.ToJsonString();

    private static List<JsonElement> Buttons(FakeSlackCall call) =>
        [.. call.Json!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())];
}
