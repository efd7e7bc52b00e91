using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Creates feedback requests under the survey rules: one per interaction (asking again returns
/// the first), sampling, at most one per customer per interval, and never after "stop asking me".
/// A request that is not asked is still recorded, so the same interaction gives the same answer.
/// </summary>
public sealed class FeedbackRequests(
    IFeedbackRequestStore requests, ICustomerPreferenceStore customers, AggregateCounter counter, VoteRules rules, TimeProvider time)
{
    /// <summary>Creates the interaction's request, or returns the one it already has.</summary>
    public async Task<RequestCreation> CreateAsync(NewInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (await requests.FindAsync(interaction.Tenant, interaction.InteractionId, ct).ConfigureAwait(false) is { } existing)
        {
            return new RequestCreation(existing.Value, Created: false);
        }

        var now = time.GetUtcNow();
        var preference = await customers.FindAsync(interaction.Tenant, interaction.Customer.Id, ct).ConfigureAwait(false);

        // "Stop asking me" said in chat is stored under the chat user id; it counts for the helpdesk's customer id too.
        var chatPreference = interaction.Customer.ChannelUserId is { Length: > 0 } chatId && chatId != interaction.Customer.Id
            ? await customers.FindAsync(interaction.Tenant, chatId, ct).ConfigureAwait(false)
            : null;
        var request = new FeedbackRequest
        {
            Tenant = interaction.Tenant,
            InteractionId = interaction.InteractionId,
            RequestId = Guid.NewGuid().ToString("N"),
            Week = IsoWeek.FromInstant(now, rules.Zone),
            Customer = interaction.Customer,
            Agent = interaction.Agent,
            Team = interaction.Team,
            Note = interaction.Note,
            RequestedBy = interaction.RequestedBy,
            OccurredAt = interaction.OccurredAt,
            CreatedAt = now,
            ExpiresAt = now + rules.RequestLifetime,
            Skipped = chatPreference?.OptedOutAt is not null ? RequestSkipReason.OptedOut : SkipReason(interaction.InteractionId, preference, now),
        };

        var (stored, created) = await requests.CreateAsync(request, ct).ConfigureAwait(false);
        if (created && stored.Asked)
        {
            await customers.UpsertAsync(new CustomerPreference(stored.Tenant, stored.Customer.Id, now, preference?.OptedOutAt), ct).ConfigureAwait(false);
            await counter.ApplyAsync(stored.Tenant, stored.Week, a => a with { Requests = a.Requests + 1 }, ct).ConfigureAwait(false);
        }

        return new RequestCreation(stored, created);
    }

    /// <summary>
    /// Sampling hashes the interaction id, so retries and other instances decide the same way and
    /// one interaction in <see cref="VoteRules.SampleOneIn"/> is asked over time.
    /// </summary>
    public static bool IsSampled(string interactionId, int oneIn)
    {
        ArgumentNullException.ThrowIfNull(interactionId);
        return oneIn <= 1 || BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(interactionId))) % (uint)oneIn == 0;
    }

    private RequestSkipReason? SkipReason(string interactionId, CustomerPreference? preference, DateTimeOffset now)
    {
        if (preference?.OptedOutAt is not null) return RequestSkipReason.OptedOut;
        if (!IsSampled(interactionId, rules.SampleOneIn)) return RequestSkipReason.SampledOut;
        if (preference?.LastAskedAt is { } last && now - last < rules.AskInterval) return RequestSkipReason.RecentlyAsked;
        return null;
    }
}
