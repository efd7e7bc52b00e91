using System.Net;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

/// <summary>The fake is shared with host tests and the bench harness, so its waiting and counting are tested too.</summary>
public sealed class FakeBotConnectorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForActivities_StartedBeforeConcurrentSends_CompletesWhenAllArrived()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        var waiting = harness.Connector.WaitForActivitiesAsync(50, TimeSpan.FromSeconds(30), Ct);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, $"a:{i}", TestActivities.Message($"n{i}"), Ct)));
        await waiting;

        Assert.Equal(50, harness.Connector.ActivityCount);
        Assert.Equal(50, harness.Connector.Requests.Select(r => r.ConversationId).Distinct().Count());
    }

    [Fact]
    public async Task WaitForActivities_RejectedRequestsOnly_TimesOut()
    {
        await using var harness = await ConnectorHarness.StartLocalAsync();
        harness.Connector.RespondNextWith(1, HttpStatusCode.Forbidden, errorCode: "BotDisabledByAdmin");
        await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.ServiceUrl, "a:1", TestActivities.Message("Hi"), Ct));

        var wait = harness.Connector.WaitForActivitiesAsync(1, TimeSpan.FromMilliseconds(200), Ct);

        await Assert.ThrowsAsync<TimeoutException>(() => wait);
        Assert.Equal(0, harness.Connector.ActivityCount);
        await harness.Connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(5), Ct);
    }
}
