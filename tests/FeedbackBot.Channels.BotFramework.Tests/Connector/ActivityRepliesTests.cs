using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ActivityRepliesTests
{
    [Fact]
    public void CreateReply_TeamsMessage_SwapsAccountsAndKeepsOnlyReplyFields()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1575667808184",
            Timestamp = "2026-11-20T14:03:00.000Z",
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user", Name = "Ada", AadObjectId = "aad-1", Role = "user" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "FeedbackBot" },
            Conversation = new ConversationAccount { Id = "19:c@thread.tacv2;messageid=1", IsGroup = true, ConversationType = "channel", TenantId = "t-1" },
            Locale = "de-DE",
            Text = "<at>FeedbackBot</at> hi",
        };

        var reply = ActivityReplies.CreateReply(inbound, "Hallo");

        Assert.Equal(
            """{"type":"message","from":{"id":"28:bot","name":"FeedbackBot"},"conversation":{"id":"19:c@thread.tacv2;messageid=1","tenantId":"t-1"},"recipient":{"id":"29:user","name":"Ada"},"locale":"de-DE","text":"Hallo","replyToId":"1575667808184"}""",
            JsonSerializer.Serialize(reply, BotFrameworkJson.Options));
    }
}
