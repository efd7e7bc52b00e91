using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.BotFramework.Turns;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Channels.BotFramework.Tests.Turns;

public sealed class ActivityTurnMapperTests
{
    private static Activity Fixture(string name) =>
        JsonSerializer.Deserialize<Activity>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)), BotFrameworkJson.Options)!;

    [Fact]
    public void ToTurn_TeamsChannelMessage_MapsTenantUserTextAndGroup()
    {
        var turn = ActivityTurnMapper.ToTurn(Fixture("teams-channel-message.json"))!;

        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal(new ConversationKey("msteams", "19:abc@thread.tacv2;messageid=1767351999000"), turn.Conversation);
        Assert.Equal("72f9-tenant", turn.Tenant);
        Assert.Equal(new ChatUser("29:1AbC", "Ada Lovelace"), turn.User);
        Assert.Equal("help", turn.Text);
        Assert.Equal("en-GB", turn.Locale);
        Assert.True(turn.IsGroup);
    }

    [Fact]
    public void ToTurn_WebChatWithoutTenant_UsesTheDefaultTenant()
    {
        var activity = new Activity
        {
            Type = "message", ChannelId = "webchat", Text = "hi",
            From = new ChannelAccount { Id = "dl_1" }, Conversation = new ConversationAccount { Id = "c1" },
        };

        var turn = ActivityTurnMapper.ToTurn(activity)!;

        Assert.Equal(Tenants.Default, turn.Tenant);
        Assert.False(turn.IsGroup);
    }

    [Fact]
    public void ToTurn_CardSubmit_FlattensScalarValuesAndKeepsTheCardMessageId()
    {
        var activity = new Activity
        {
            Type = "message", ChannelId = "msteams", ReplyToId = "card-1",
            From = new ChannelAccount { Id = "29:u" }, Conversation = new ConversationAccount { Id = "a:1" },
            Value = JsonSerializer.SerializeToElement(new { choice = "hit", count = 3, ok = true, msteams = new { type = "imBack" } }),
        };

        var turn = ActivityTurnMapper.ToTurn(activity)!;

        Assert.Equal(new Dictionary<string, string> { ["choice"] = "hit", ["count"] = "3", ["ok"] = "true" }, turn.Values);
        Assert.Equal("card-1", turn.SourceMessageId);
    }

    [Fact]
    public void ToTurn_AdaptiveCardActionInvoke_ReadsTheActionData()
    {
        var activity = new Activity
        {
            Type = "invoke", Name = "adaptiveCard/action", ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:u" }, Conversation = new ConversationAccount { Id = "a:1" },
            Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "vote", data = new { choice = "miss" } } }),
        };

        var turn = ActivityTurnMapper.ToTurn(activity)!;

        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("miss", turn.Values["choice"]);
    }

    [Theory]
    [InlineData("conversationUpdate", null, "28:bot", TurnKind.BotAdded)]
    [InlineData("installationUpdate", "add", null, TurnKind.BotAdded)]
    [InlineData("installationUpdate", "add-upgrade", null, TurnKind.BotAdded)]
    public void ToTurn_BotAddedActivities_BecomeBotAddedTurns(string type, string? action, string? memberAdded, TurnKind expected)
    {
        var activity = new Activity
        {
            Type = type, Action = action, ChannelId = "msteams",
            Recipient = new ChannelAccount { Id = "28:bot" }, From = new ChannelAccount { Id = "29:u" },
            Conversation = new ConversationAccount { Id = "a:1" },
            MembersAdded = memberAdded is null ? null : [new ChannelAccount { Id = memberAdded }],
        };

        Assert.Equal(expected, ActivityTurnMapper.ToTurn(activity)?.Kind);
    }

    [Theory]
    [InlineData("conversationUpdate", null)]
    [InlineData("installationUpdate", "remove")]
    [InlineData("typing", null)]
    [InlineData("messageReaction", null)]
    [InlineData("event", null)]
    public void ToTurn_ActivitiesWithNothingForADialog_MapToNull(string type, string? action)
    {
        var activity = new Activity
        {
            Type = type, Action = action, ChannelId = "msteams",
            Recipient = new ChannelAccount { Id = "28:bot" }, From = new ChannelAccount { Id = "29:u" },
            Conversation = new ConversationAccount { Id = "a:1" },
            MembersAdded = [new ChannelAccount { Id = "29:someone-else" }],
        };

        Assert.Null(ActivityTurnMapper.ToTurn(activity));
    }
}
