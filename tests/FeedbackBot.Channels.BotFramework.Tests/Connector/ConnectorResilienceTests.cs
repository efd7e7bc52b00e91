using System.Net;
using FeedbackBot.Channels.BotFramework.Connector;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
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
