using System.Text.Json;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorClientRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendToConversation_TeamsIds_PostsToEscapedPathUnderServiceUrlPrefix()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();

        var response = await harness.Client.SendToConversationAsync(harness.ServiceUrl, TestActivities.ChannelThreadId, TestActivities.Message("Hi"), Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/teams/v3/conversations/{TestActivities.EscapedChannelThreadId}/activities", request.RawTarget);
        Assert.Equal(FakeBotConnectorOperation.SendToConversation, request.Operation);
        Assert.Equal(TestActivities.ChannelThreadId, request.ConversationId);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_TeamsIds_PostsToEscapedActivityPathWithReplyToId()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();

        await harness.Client.ReplyToActivityAsync(harness.ServiceUrl, TestActivities.ChannelThreadId, TestActivities.MessageId, TestActivities.Message("Hi"), Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/teams/v3/conversations/{TestActivities.EscapedChannelThreadId}/activities/{TestActivities.EscapedMessageId}", request.RawTarget);
        Assert.Equal(TestActivities.MessageId, request.ActivityId);
        Assert.Equal(TestActivities.MessageId, request.Body!.Value.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task UpdateActivity_TeamsIds_PutsToEscapedActivityPathWithId()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();

        var response = await harness.Client.UpdateActivityAsync(harness.ServiceUrl, TestActivities.ChannelThreadId, TestActivities.MessageId, TestActivities.Message("Voted"), Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/teams/v3/conversations/{TestActivities.EscapedChannelThreadId}/activities/{TestActivities.EscapedMessageId}", request.RawTarget);
        Assert.Equal(TestActivities.MessageId, request.Body!.Value.GetProperty("id").GetString());
        Assert.Equal(TestActivities.MessageId, response.Id);
    }

    [Fact]
    public async Task UpdateActivity_ActivityCarriesOtherId_ThrowsWithoutSending()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        var activity = TestActivities.Message("Voted");
        activity.Id = "some-other-id";

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.UpdateActivityAsync(harness.ServiceUrl, TestActivities.ChannelThreadId, TestActivities.MessageId, activity, Ct));

        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task CreateConversation_ChannelThread_PostsParametersAndReturnsIds()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = "tenant-1",
            ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = "19:c0ffee@thread.tacv2" } }),
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Weekly summary" },
        };

        var response = await harness.Client.CreateConversationAsync(harness.ServiceUrl, parameters, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations", request.RawTarget);
        Assert.Equal(
            """{"isGroup":true,"tenantId":"tenant-1","activity":{"type":"message","text":"Weekly summary"},"channelData":{"channel":{"id":"19:c0ffee@thread.tacv2"}}}""",
            request.Body!.Value.GetRawText());
        Assert.Equal("19:c0ffee@thread.tacv2;messageid=1", response.Id);
        Assert.Equal("1", response.ActivityId);
    }

    [Fact]
    public async Task SendToConversation_Activity_SendsExactCamelCaseJsonWithoutNulls()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "28:bot", Name = "FeedbackBot" },
            Recipient = new ChannelAccount { Id = "29:user", AadObjectId = "aad-1" },
            Conversation = new ConversationAccount { Id = "a:1" },
            Locale = "en-US",
            Text = "Hi",
            ReplyToId = "42",
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" }) }],
        };

        await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", activity, Ct);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(
            """{"type":"message","from":{"id":"28:bot","name":"FeedbackBot"},"conversation":{"id":"a:1"},"recipient":{"id":"29:user","aadObjectId":"aad-1"},"locale":"en-US","text":"Hi","replyToId":"42","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}]}""",
            request.Body!.Value.GetRawText());
    }

    [Theory]
    [InlineData("amer")]
    [InlineData("amer/")]
    public async Task SendToConversation_ServiceUrlWithOrWithoutTrailingSlash_KeepsPrefix(string prefix)
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        await using var regional = await FakeBotConnector.StartAsync("amer/");
        var serviceUrl = new Uri(new Uri(regional.ServiceUrl, "/"), prefix);

        await harness.Client.SendToConversationAsync(serviceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        var request = Assert.Single(regional.Requests);
        Assert.Equal("/amer/v3/conversations/a%3A1/activities", request.RawTarget);
    }
}
