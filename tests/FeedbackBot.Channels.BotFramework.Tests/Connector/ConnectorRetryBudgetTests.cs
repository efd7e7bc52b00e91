using System.Net;
using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Channels.BotFramework.Tests.Connector;

/// <summary>
/// The production retry budget (no test overrides) against a Connector outage shaped like the
/// scale-out fault run's (429 with <c>Retry-After: 3</c> for 3 s, then 503), with the 503 lasting
/// 6 s instead of 3: the former budget (three retries) waited at most 3 s + 5.7 s, so it gave the
/// reply up inside this outage every time (inside the fault run's about every other time), and the
/// user heard nothing while their dialog had moved on.
/// </summary>
public sealed class ConnectorRetryBudgetTests
{
    private static readonly TimeSpan Throttled = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Send_DefaultBudgetConnectorThrottledThenDownForNineSeconds_DeliveredAfterTheOutage()
    {
        await using var connector = await FakeBotConnector.StartAsync("teams/");
        await using var services = DefaultConnector();
        var client = services.GetRequiredService<IConnectorClient>();
        var throttled = connector.BeginOutage(HttpStatusCode.TooManyRequests, retryAfter: "3");
        var outage = Task.Run(
            async () =>
            {
                await Task.Delay(Throttled, TestContext.Current.CancellationToken);
                using (connector.BeginOutage(HttpStatusCode.ServiceUnavailable))
                {
                    throttled.Dispose();
                    await Task.Delay(Down, TestContext.Current.CancellationToken);
                }
            },
            TestContext.Current.CancellationToken);

        var response = await client.SendToConversationAsync(connector.ServiceUrl, "a:budget", Message(), TestContext.Current.CancellationToken);
        await outage;

        Assert.False(string.IsNullOrEmpty(response.Id));
        Assert.Equal(201, connector.Requests[^1].StatusCode);
        Assert.Contains(connector.Requests, r => r.StatusCode == 429);
        Assert.Contains(connector.Requests, r => r.StatusCode == 503);
    }

    /// <summary>The Connector client as the host wires it, in local mode (no token), with the production retry budget.</summary>
    private static ServiceProvider DefaultConnector()
    {
        var services = new ServiceCollection();
        services.AddOptions<BotFrameworkOptions>();
        services.AddBotConnector();
        return services.BuildServiceProvider();
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "Which colour?" };
}
