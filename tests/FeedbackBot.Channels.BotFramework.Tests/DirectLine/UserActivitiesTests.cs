using System.Text.Json;
using FeedbackBot.Channels.BotFramework.DirectLine;
using FeedbackBot.Channels.BotFramework.Schema;

namespace FeedbackBot.Channels.BotFramework.Tests.DirectLine;

public sealed class UserActivitiesTests
{
    private const string WebChatMessage = """
        {
          "type": "message", "id": "client-chosen-id", "text": "help", "textFormat": "plain",
          "locale": "de-DE", "localTimestamp": "2026-11-20T15:00:00.000+01:00", "localTimezone": "Europe/Berlin",
          "channelId": "directline", "serviceUrl": "https://evil.example/",
          "callerId": "urn:botframework:azure",
          "from": { "id": "someone-else", "name": "Ada", "role": "bot", "aadObjectId": "6f0b-claimed" },
          "recipient": { "id": "other-bot" },
          "conversation": { "id": "other-conversation", "isGroup": true },
          "membersAdded": [ { "id": "feedbackbot" } ],
          "channelData": { "clientActivityID": "1700000000000abc", "custom": { "nested": [1, 2] } },
          "entities": [ { "type": "ClientCapabilities", "requiresBotState": true } ],
          "value": { "answer": "yes" },
          "replyToId": "card-1"
        }
        """;

    [Fact]
    public void Stamp_WebChatMessage_ServerDecidesIdentityAndKeepsTheClientsData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(WebChatMessage, BotFrameworkJson.Options)!;

        UserActivities.Stamp(activity, "conversation-1", "dl_user", "http://localhost:3978/");
        var json = JsonSerializer.SerializeToElement(activity, BotFrameworkJson.Options);

        Assert.Equal("dl_user", activity.From!.Id);
        Assert.Equal("Ada", activity.From.Name);
        Assert.Equal("user", activity.From.Role);
        Assert.Null(activity.From.AadObjectId);
        Assert.Equal("feedbackbot", activity.Recipient!.Id);
        Assert.Equal("conversation-1", activity.Conversation!.Id);
        Assert.Null(activity.Conversation.IsGroup);
        Assert.Equal("webchat", activity.ChannelId);
        Assert.Equal("http://localhost:3978/", activity.ServiceUrl);
        Assert.Null(activity.Id);
        Assert.Null(activity.MembersAdded);
        Assert.False(json.TryGetProperty("callerId", out _));
        Assert.Equal(
            """{"clientActivityID":"1700000000000abc","custom":{"nested":[1,2]}}""",
            json.GetProperty("channelData").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("ClientCapabilities", json.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("yes", json.GetProperty("value").GetProperty("answer").GetString());
        Assert.Equal("card-1", activity.ReplyToId);
        Assert.Equal("de-DE", activity.Locale);
        Assert.Equal("2026-11-20T15:00:00.000+01:00", activity.LocalTimestamp);
    }

    [Theory]
    [InlineData("""{"type":"message","text":"hi"}""")]
    [InlineData("""{"type":"message","value":{"answer":"yes"}}""")]
    [InlineData("""{"type":"message","attachments":[{"contentType":"text/plain","content":"x"}]}""")]
    [InlineData("""{"type":"event","name":"webchat/join"}""")]
    [InlineData("""{"type":"typing"}""")]
    public void Problem_WhatAClientSends_IsNull(string json)
    {
        var problem = UserActivities.Problem(JsonSerializer.Deserialize<Activity>(json, BotFrameworkJson.Options));

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("""{"text":"hi"}""", "The activity has no 'type'.")]
    [InlineData("""{"type":"message"}""", "A message needs 'text', 'value' or 'attachments'.")]
    [InlineData("""{"type":"message","value":null,"attachments":[]}""", "A message needs 'text', 'value' or 'attachments'.")]
    [InlineData("""{"type":"event"}""", "An event needs a 'name'.")]
    [InlineData("""{"type":"conversationUpdate"}""", "Only message, event and typing activities can be posted.")]
    [InlineData("""{"type":"invoke","name":"adaptiveCard/action"}""", "Only message, event and typing activities can be posted.")]
    [InlineData("""{"type":"Message","text":"hi"}""", "Only message, event and typing activities can be posted.")]
    public void Problem_WhatOnlyAChannelSendsOrIncomplete_NamesIt(string json, string expected)
    {
        var problem = UserActivities.Problem(JsonSerializer.Deserialize<Activity>(json, BotFrameworkJson.Options));

        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("", true, 0)]
    [InlineData(null, true, 0)]
    [InlineData("0", true, 0)]
    [InlineData("42", true, 42)]
    [InlineData("-1", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData(" 1", false, 0)]
    [InlineData("1e3", false, 0)]
    [InlineData("abc", false, 0)]
    public void TryParseWatermark_OnlyEmptyOrANonNegativeInteger(string? text, bool expected, long expectedValue)
    {
        var parsed = DirectLineTranscript.TryParseWatermark(text, out var watermark);

        Assert.Equal(expected, parsed);
        if (expected)
        {
            Assert.Equal(expectedValue, watermark);
        }
    }
}
