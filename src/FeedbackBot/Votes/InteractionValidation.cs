using FeedbackBot.Core.Votes;

namespace FeedbackBot.Votes;

/// <summary>
/// Field rules of <c>POST /api/interactions</c>, reported per field as RFC 9457 validation
/// problems (<c>errors</c>: JSON path → messages). Limits keep ids usable as keys and names readable.
/// </summary>
internal static class InteractionValidation
{
    public const int MaxIdLength = 128;
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxTeamLength = 100;

    public static readonly string[] Channels = ["webchat", "msteams", "slack"];

    public static Dictionary<string, string[]> Validate(InteractionBody body, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Id(errors, "interactionId", body.InteractionId, required: true);
        Id(errors, "tenant", body.Tenant, required: false);
        if (body.Customer is not { } customer)
        {
            errors["customer"] = ["The customer is required."];
        }
        else
        {
            Id(errors, "customer.id", customer.Id, required: true);
            Text(errors, "customer.name", customer.Name, MaxNameLength);
            Text(errors, "customer.email", customer.Email, MaxEmailLength);
            if (customer.Email is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
            {
                errors["customer.email"] = ["Not an e-mail address."];
            }

            if (customer.Channel is { } channel && !Channels.Contains(channel, StringComparer.Ordinal))
            {
                errors["customer.channel"] = [$"Must be one of {string.Join(", ", Channels)}, or left out."];
            }

            Id(errors, "customer.channelUserId", customer.ChannelUserId, required: customer.Channel is not null, maxLength: 256);
        }

        if (body.Agent is not { } agent)
        {
            errors["agent"] = ["The agent is required."];
        }
        else
        {
            Id(errors, "agent.id", agent.Id, required: true);
            Text(errors, "agent.name", agent.Name, MaxNameLength);
        }

        Text(errors, "team", body.Team, MaxTeamLength);
        if (body.OccurredAt is not { } occurred)
        {
            errors["occurredAt"] = ["The time of the interaction is required (ISO 8601 with offset)."];
        }
        else if (occurred > now.AddDays(1))
        {
            errors["occurredAt"] = ["The interaction cannot lie in the future."];
        }

        return errors;
    }

    public static NewInteraction ToInteraction(InteractionBody body, string tenant) => new(
        tenant,
        body.InteractionId!,
        new FeedbackCustomer(body.Customer!.Id!, Clean(body.Customer.Name), Clean(body.Customer.Email), body.Customer.Channel, Clean(body.Customer.ChannelUserId)),
        new FeedbackAgent(body.Agent!.Id!, Clean(body.Agent.Name)),
        Clean(body.Team),
        body.OccurredAt!.Value,
        RequestedBy: "api");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Id(Dictionary<string, string[]> errors, string field, string? value, bool required, int maxLength = MaxIdLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = ["Required."];
            }

            return;
        }

        if (value.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
        else if (value.Any(char.IsControl) || value != value.Trim())
        {
            errors[field] = ["No control characters or surrounding spaces."];
        }
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
        else if (value.Any(c => char.IsControl(c) && c is not ('\t')))
        {
            errors[field] = ["No control characters."];
        }
    }
}
