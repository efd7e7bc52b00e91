using System.Net;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Teams;

/// <summary>What Teams sends besides plain messages, end to end through /api/messages.</summary>
public sealed class TeamsActivityTests : IAsyncLifetime
{
    private LocalModeBot _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await LocalModeBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_InChannelWithBotMention_ReachesTheDialogWithoutTheMention()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "<at>FeedbackBot</at> help", "19:general@thread.tacv2;messageid=1767351999000");
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>FeedbackBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "FeedbackBot" },
        });

        await Activities.PostAsync(_bot.Host.Client, activity);

        await _bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10), Ct);
        var reply = Assert.Single(_bot.Connector.Requests);
        Assert.StartsWith("Here's what I can do:", Activities.TextOf(reply.Activity));
        Assert.Equal("19:general@thread.tacv2;messageid=1767351999000", reply.ConversationId);
        Assert.Contains("19%3Ageneral%40thread.tacv2%3Bmessageid%3D1767351999000", reply.RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_GermanLocale_IsAnsweredInGerman()
    {
        await Activities.PostAsync(_bot.Host.Client, Activities.TeamsMessage(_bot.Connector.ServiceUrl, "was ist das?", locale: "de-DE"));

        await _bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10), Ct);
        var reply = Assert.Single(_bot.Connector.Requests);
        Assert.Equal("de-DE", reply.Activity!.Value.GetProperty("locale").GetString());
        Assert.Contains("hilfe", Activities.TextOf(reply.Activity), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_GreetsAndRemembersTheConversation()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10), Ct);
        Assert.StartsWith("Hi! I'm FeedbackBot.", Activities.TextOf(Assert.Single(_bot.Connector.Requests).Activity));
        var reference = await References().FindAsync(Activities.TenantId, "29:ada", Ct);
        Assert.NotNull(reference);
        Assert.Equal(_bot.Connector.ServiceUrl.ToString(), reference.ServiceUrl);
    }

    [Fact]
    public async Task ConversationUpdate_SomeoneElseAdded_IsAcknowledgedSilently()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" });

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task InstallationUpdate_Add_StoresTheReferenceWithTenantForProactiveMessages()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity.Remove("text");

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = Assert.Single(await References().ListAsync(Activities.TenantId, Ct));
        Assert.Equal("a:personal-1", reference.ConversationId);
        Assert.Equal(Activities.BotId, reference.BotId);
        Assert.Equal("6f0b-ada", reference.UserAadObjectId);
        Assert.Equal("personal", reference.ConversationType);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardAction_AnswersWithAnInvokeResponseBody()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "x", ["data"] = new JsonObject { ["answer"] = "help" } },
        };

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Activities.JsonBodyAsync(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Invoke_UnknownName_Answers501AndRunsNoTurn()
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("aBrandNewActivityType")]
    public async Task OtherActivityTypes_AreAcknowledgedWithoutAReply(string type)
    {
        var activity = Activities.TeamsMessage(_bot.Connector.ServiceUrl, "");
        activity["type"] = type;

        var response = await Activities.PostAsync(_bot.Host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }

    private IConversationReferenceStore References() => _bot.Host.Services.GetRequiredService<IConversationReferenceStore>();
}
