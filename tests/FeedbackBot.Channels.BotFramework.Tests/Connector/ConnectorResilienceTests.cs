using System.Net;
using FeedbackBot.Channels.BotFramework.Connector;
using Polly;
using Polly.Timeout;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    [Fact]
    public void IsTransient_NetworkFailure_Retries()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));

        Assert.True(ConnectorResilience.IsTransient(outcome));
    }

    [Fact]
    public void IsTransient_AttemptTimeout_Retries()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());

        Assert.True(ConnectorResilience.IsTransient(outcome));
    }

    [Fact]
    public void IsTransient_CallerCancelled_DoesNotRetry()
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new OperationCanceledException());

        Assert.False(ConnectorResilience.IsTransient(outcome));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.RequestTimeout, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsTransient_Status_MatchesTeamsRetryList(HttpStatusCode status, bool expected)
    {
        var transient = ConnectorResilience.IsTransient(status);

        Assert.Equal(expected, transient);
    }
}
