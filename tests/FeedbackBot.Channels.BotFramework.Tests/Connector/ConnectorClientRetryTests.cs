using System.Diagnostics;
using System.Net;
using FeedbackBot.Channels.BotFramework.Connector;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenSucceeds()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(1, HttpStatusCode.TooManyRequests, retryAfter: "1");
        var clock = Stopwatch.StartNew();

        var response = await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        // Backoff alone is 1 ms in these tests, so only an honoured Retry-After takes this long.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
        Assert.Equal("activity-1", response.Id);
        Assert.Equal([429, 201], harness.Connector.Requests.Select(r => r.StatusCode));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientStatusTwice_RetriesAndSucceeds(HttpStatusCode status)
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(2, status);

        var response = await harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct);

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(3, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_Persistent503_ThrowsAfterBoundedAttempts()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(10, HttpStatusCode.ServiceUnavailable, errorCode: "ServiceUnavailable");

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(ConnectorHarness.MaxRetryAttempts + 1, harness.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Send_NonTransientClientError_IsNotRetried(HttpStatusCode status)
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(2, status);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        Assert.Equal(status, exception.StatusCode);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task Send_ErrorResponseBody_SurfacesErrorCodeAndMessage()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(1, HttpStatusCode.Forbidden, errorCode: "ConversationBlockedByUser", errorMessage: "User blocked the conversation with the bot. subCode: MessageWritesBlocked");

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        Assert.Equal("ConversationBlockedByUser", exception.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot. subCode: MessageWritesBlocked", exception.ErrorMessage);
        Assert.Contains("ConversationBlockedByUser", exception.Message, StringComparison.Ordinal);
        Assert.Equal("SendToConversation", exception.Operation);
    }

    [Fact]
    public async Task Send_ErrorWithoutJsonBody_ThrowsWithStatusOnly()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(1, HttpStatusCode.NotFound);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.ReplyToActivityAsync(harness.ServiceUrl, "a:1", "7", TestActivities.Message("Hi"), Ct));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
    }

    [Fact]
    public async Task Send_Rejected_ExceptionNeverContainsToken()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.RespondNextWith(1, HttpStatusCode.Unauthorized, errorCode: "Unauthorized", errorMessage: "Authorization has been denied for this request.");

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        var token = Assert.Single(harness.TokenEndpoint!.IssuedTokens);
        Assert.Equal($"Bearer {token}", Assert.Single(harness.Connector.Requests).Authorization);
        Assert.DoesNotContain(token, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorHarness.AppPassword, exception.ToString(), StringComparison.Ordinal);
    }
}
