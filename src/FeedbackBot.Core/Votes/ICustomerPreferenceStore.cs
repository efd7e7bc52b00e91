namespace FeedbackBot.Core.Votes;

/// <summary>
/// Port for what the bot remembers per customer to avoid survey fatigue: when it last asked, and
/// whether the customer said "stop asking me".
/// </summary>
public interface ICustomerPreferenceStore
{
    /// <summary>The customer's preferences, or <c>null</c> when the bot never asked them.</summary>
    Task<CustomerPreference?> FindAsync(string tenant, string customerId, CancellationToken ct);

    /// <summary>Inserts or replaces the customer's preferences.</summary>
    Task UpsertAsync(CustomerPreference preference, CancellationToken ct);
}

/// <summary>Survey-fatigue state of one customer of one tenant.</summary>
public sealed record CustomerPreference(string Tenant, string CustomerId, DateTimeOffset? LastAskedAt, DateTimeOffset? OptedOutAt);
