using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Tests.Support;
using FeedbackBot.Tests.Votes;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// Two instances on one store (Azurite): a conversation started on one instance carries on at the
/// same step on the other after the first is gone, with every answer given so far.
/// </summary>
public sealed class InstanceLossTests : IAsyncLifetime
{
    private FaultBot _bot = null!;
    private BotHost _first = null!;
    private BotHost _second = null!;
    private BotHost _current = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await FaultBot.StartAsync();
        _first = _bot.NewHost();
        _second = _bot.NewHost();
        _current = _first;
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task Dialog_InstanceKilledMidway_OtherInstanceContinuesAtTheSameStepWithEarlierAnswers()
    {
        var customer = new TeamsCustomer(_bot.Connector, () => _current.Client, conversationId: "a:instance-loss");
        await customer.SendAsync("three");
        var beforeKill = await customer.SendAsync("Ada");

        await _bot.KillAsync(_first);
        _current = _second;
        var afterKill = await customer.SendAsync("blue");
        var last = await customer.SendAsync("yes");

        Assert.Equal("Which colour?", TeamsCustomer.Visible(beforeKill));
        Assert.Equal("Subscribe?", TeamsCustomer.Visible(afterKill));
        Assert.Equal("Done: Ada, blue, yes.", TeamsCustomer.Visible(last));
    }

    [Fact]
    public async Task VoteWhyQuestion_InstanceKilledAfterTheVote_CommentGivenOnTheOtherInstanceIsStoredWithTheVote()
    {
        var customer = new TeamsCustomer(_bot.Connector, () => _current.Client);
        await customer.SendAsync("hi");
        await RequestFeedbackAsync(customer, "ticket-lost-instance");
        var voted = await customer.SendAsync(null, customer.Button("HIT"), replies: 3);

        await _bot.KillAsync(_first);
        _current = _second;
        await customer.SendAsync("Fast and friendly", replies: 2);

        Assert.Contains("What made it work?", TeamsCustomer.Visible(voted), StringComparison.Ordinal);
        var request = await _second.Services.GetRequiredService<IFeedbackRequestStore>().FindAsync(Activities.TenantId, "ticket-lost-instance", Ct);
        var vote = await _second.Services.GetRequiredService<IVoteStore>().FindAsync(Activities.TenantId, request!.Value.Week, "ticket-lost-instance", Ct);
        Assert.Equal((Verdict.Hit, "Fast and friendly"), (vote!.Value.Verdict, vote.Value.Comment));
    }

    /// <summary>The helpdesk reports an interaction with the Teams customer; the first instance asks them in their chat.</summary>
    private async Task RequestFeedbackAsync(TeamsCustomer customer, string interactionId)
    {
        var before = _bot.Connector.Requests.Count;
        var body = VoteBot.Interaction(interactionId, new JsonObject
        {
            ["id"] = "cust-1",
            ["name"] = "Ada Lovelace",
            ["channel"] = "msteams",
            ["channelUserId"] = customer.UserId,
        });
        body["tenant"] = Activities.TenantId;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", FaultBot.ApiKey);
        using var response = await _first.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await _bot.Connector.WaitForRequestsAsync(before + 1, FaultRun.Deadline, Ct);
    }
}
