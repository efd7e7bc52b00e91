using System.Text.Json.Serialization;

namespace FeedbackBot.Votes;

/// <summary>
/// The body of <c>POST /api/interactions</c> (ARCHITECTURE.md). Unknown fields are refused
/// (<see cref="JsonUnmappedMemberHandling.Disallow"/>), so a misspelt field is an error, not a silent default.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InteractionBody
{
    public string? InteractionId { get; init; }
    public string? Tenant { get; init; }
    public InteractionCustomer? Customer { get; init; }
    public InteractionAgent? Agent { get; init; }
    public string? Team { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InteractionCustomer
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Channel { get; init; }
    public string? ChannelUserId { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InteractionAgent
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

/// <summary>
/// The answer: the request, its signed survey link, and what happened to the customer.
/// <c>messaged</c> is whether the customer has the question in chat, asked by this call or an
/// earlier one; when false, sending the interaction again asks them if the bot can reach them then.
/// </summary>
public sealed record InteractionResponse(
    string RequestId,
    string InteractionId,
    Uri? SurveyUrl,
    DateTimeOffset ExpiresAt,
    [property: JsonPropertyName("messaged")] bool Messaged,
    string? Skipped);
