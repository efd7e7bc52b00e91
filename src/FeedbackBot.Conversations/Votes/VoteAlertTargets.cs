using System.Globalization;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Where each tenant's MISS alerts go. <c>FeedbackBot:Votes:AlertChannels</c> maps
/// <c>{tenant}/{team}</c> (or <c>{tenant}/*</c> for the tenant's other teams) to
/// <c>{channel}:{conversationId}</c>, e.g. <c>slack:C0123ABCD</c> or <c>msteams:19:abc@thread.tacv2</c>.
/// An alert carries the customer's comment, so a target serves only the tenant its key names: two
/// tenants with the same team name never share a channel. Unqualified keys (<c>{team}</c>, <c>*</c>)
/// name no tenant; they apply to every tenant only when the deployment says it serves one
/// organisation (<see cref="UnqualifiedForEveryTenant"/>), and are refused at start-up otherwise.
/// </summary>
public sealed class VoteAlertTargets
{
    public const string AnyTeam = "*";
    public const char TenantSeparator = '/';

    private readonly Dictionary<(string Tenant, string Team), AlertTarget> qualified = [];
    private readonly Dictionary<string, AlertTarget> unqualified = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="map">The configured keys and targets; <see cref="Problems"/> lists what is wrong with them.</param>
    /// <param name="unqualifiedForEveryTenant">Whether unqualified keys apply to every tenant (a single-organisation deployment).</param>
    /// <param name="culture">The language alerts are written in.</param>
    public VoteAlertTargets(IEnumerable<KeyValuePair<string, string>> map, bool unqualifiedForEveryTenant, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        UnqualifiedForEveryTenant = unqualifiedForEveryTenant;
        Culture = culture;
        foreach (var (key, value) in map)
        {
            if (AlertTarget.TryParse(value) is not { } target)
            {
                continue;
            }

            if (Split(key) is { } pair)
            {
                qualified[(pair.Tenant, pair.Team.ToUpperInvariant())] = target;
            }
            else if (unqualifiedForEveryTenant && key.Length > 0)
            {
                unqualified[key] = target;
            }
        }
    }

    /// <summary>The language alerts are written in (the workspace's).</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether unqualified keys apply to every tenant.</summary>
    public bool UnqualifiedForEveryTenant { get; }

    /// <summary>
    /// The target of a MISS of <paramref name="tenant"/>'s <paramref name="team"/>: <c>{tenant}/{team}</c>,
    /// then <c>{tenant}/*</c>, then (single organisation only) <c>{team}</c> and <c>*</c>; <c>null</c> when none applies.
    /// Tenant ids compare exactly (they are ids), team names ignoring case (people type them).
    /// </summary>
    public AlertTarget? For(string tenant, string? team)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var teamKey = team is { Length: > 0 } ? team.ToUpperInvariant() : null;
        if (teamKey is not null && qualified.TryGetValue((tenant, teamKey), out var forTeam))
        {
            return forTeam;
        }

        if (qualified.TryGetValue((tenant, AnyTeam), out var forTenant))
        {
            return forTenant;
        }

        if (team is { Length: > 0 } && unqualified.TryGetValue(team, out var legacyTeam))
        {
            return legacyTeam;
        }

        return unqualified.GetValueOrDefault(AnyTeam);
    }

    /// <summary>What is wrong with a configuration (empty when nothing): bad targets, half-qualified keys, and unqualified keys without <paramref name="unqualifiedForEveryTenant"/>.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<KeyValuePair<string, string>> map, bool unqualifiedForEveryTenant)
    {
        ArgumentNullException.ThrowIfNull(map);
        var problems = new List<string>();
        foreach (var (key, value) in map)
        {
            if (AlertTarget.TryParse(value) is null)
            {
                problems.Add($"FeedbackBot:Votes:AlertChannels:{key} must be {{channel}}:{{conversationId}}, e.g. slack:C0123ABCD.");
            }

            if (key.Contains(TenantSeparator, StringComparison.Ordinal) && Split(key) is null)
            {
                problems.Add($"FeedbackBot:Votes:AlertChannels:{key} must be {{tenant}}/{{team}} or {{tenant}}/* with both parts.");
            }
            else if (!key.Contains(TenantSeparator, StringComparison.Ordinal) && !unqualifiedForEveryTenant)
            {
                problems.Add(
                    $"FeedbackBot:Votes:AlertChannels:{key} names no tenant, so every tenant's MISS alerts would go there. "
                    + "Write it as {tenant}/" + key + ", or set FeedbackBot:Votes:AlertChannelsForEveryTenant=true if this deployment serves one organisation only.");
            }
        }

        return problems;
    }

    /// <summary>A key's tenant and team, split at the first separator (tenant ids with a '/' cannot be configured); <c>null</c> when unqualified or a part is empty.</summary>
    private static (string Tenant, string Team)? Split(string key)
    {
        var at = key.IndexOf(TenantSeparator, StringComparison.Ordinal);
        return at > 0 && at < key.Length - 1 ? (key[..at], key[(at + 1)..]) : null;
    }
}

/// <summary>A channel (Slack channel, Teams channel conversation) alerts are posted to.</summary>
public sealed record AlertTarget(string Channel, string ConversationId)
{
    public static AlertTarget? TryParse(string? value)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && colon < value!.Length - 1 ? new AlertTarget(value[..colon], value[(colon + 1)..]) : null;
    }
}
