using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using FeedbackBot.Storage.Contracts.Conversations;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>Requests and votes the votes contracts write, each under ids of its own.</summary>
internal static class VoteValues
{
    public static readonly IsoWeek Week = new(2026, 47);

    public static FeedbackRequest Request(string tenant, string? interactionId = null, IsoWeek? week = null, string? customerId = null) => new()
    {
        Tenant = tenant,
        InteractionId = interactionId ?? ContractValues.Unique("ticket"),
        RequestId = Guid.NewGuid().ToString("N"),
        Week = week ?? Week,
        Customer = new FeedbackCustomer(customerId ?? ContractValues.Unique("cust"), "Zoë Ångström 👍🏽", "zoe@example.com", "slack", ContractValues.Unique("U")),
        Agent = new FeedbackAgent("agent-7", "Sam"),
        Team = "support",
        Note = ContractValues.ReservedCharacters,
        RequestedBy = "api",
        OccurredAt = ContractValues.SomeTime,
        CreatedAt = ContractValues.SomeTime.AddMinutes(5),
        ExpiresAt = ContractValues.SomeTime.AddDays(7),
    };

    public static Vote Vote(FeedbackRequest request, Verdict verdict, string? comment = null, string? element = null) => new()
    {
        Tenant = request.Tenant,
        Week = request.Week,
        InteractionId = request.InteractionId,
        RequestId = request.RequestId,
        Verdict = verdict,
        Comment = comment,
        ElementId = element,
        AgentId = request.Agent.Id,
        AgentName = request.Agent.Name,
        Team = request.Team,
        CustomerId = request.Customer.Id,
        Via = "link",
        VotedAt = ContractValues.SomeTime.AddHours(1),
    };
}
