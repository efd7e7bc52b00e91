using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Tests.Schema;

public sealed class ActivityJsonTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void RoundTrip_TeamsChannelMessage_KeepsEveryFieldUnchanged()
    {
        var original = Fixture("teams-channel-message.json");

        var activity = JsonSerializer.Deserialize<Activity>(original, BotFrameworkJson.Options)!;
        var written = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Deserialize_NamesInAnyCase_AreRead()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","CHANNELID":"msteams","serviceurl":"https://x/"}""", BotFrameworkJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://x/", activity.ServiceUrl);
    }

    [Fact]
    public void Serialize_NewReply_WritesCamelCaseAndOmitsNulls()
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            ReplyToId = "1",
            Conversation = new ConversationAccount { Id = "a:1" },
        };

        var json = JsonSerializer.Serialize(reply, BotFrameworkJson.Options);

        Assert.Equal("""{"type":"message","conversation":{"id":"a:1"},"text":"hi","replyToId":"1"}""", json);
    }
}
