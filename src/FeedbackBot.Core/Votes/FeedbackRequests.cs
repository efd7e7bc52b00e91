using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Votes;

/// <summary>
/// Creates feedback requests under the survey rules: one per interaction (asking again returns
/// the first), sampling, at most one per customer per interval, and never after "stop asking me".
/// A request that is not asked is still recorded, so the same interaction gives the same answer.
/// An asked one is counted in its week through a <see cref="CountIntent"/> stored before the
/// request row, so a failure after the row is stored is repaired, never lost or doubled.
/// </summary>
public sealed class FeedbackRequests(
    IFeedbackRequestStore requests, ICustomerPreferenceStore customers, AggregateCounter counter, VoteRules rules, TimeProvider time)
{
    /// <summary>Creates the interaction's request, or returns the one it already has.</summary>
    public async Task<RequestCreation> CreateAsync(NewInteraction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (await requests.FindAsync(interaction.Tenant, interaction.InteractionId, ct).ConfigureAwait(false) is { Value: var existing })
        {
            // A retry after a failure: count the request now if its creator could not, and note
            // that the customer was asked if it failed before it could.
            var deferred = await SettlePendingAsync(existing, ct).ConfigureAwait(false);
            await RecordAskedAsync(existing, ct).ConfigureAwait(false);
            return new RequestCreation(existing, Created: false) { DeferredFailure = deferred };
        }

        var now = time.GetUtcNow();
        var preference = await customers.FindAsync(interaction.Tenant, interaction.Customer.Id, ct).ConfigureAwait(false);

        // "Stop asking me" said in chat is stored under the chat user id; it counts for the helpdesk's customer id too.
        var chatPreference = interaction.Customer.ChannelUserId is { Length: > 0 } chatId && chatId != interaction.Customer.Id
            ? await customers.FindAsync(interaction.Tenant, chatId, ct).ConfigureAwait(false)
            : null;
        var skipped = chatPreference?.OptedOutAt is not null ? RequestSkipReason.OptedOut : SkipReason(interaction.InteractionId, preference, now);
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
            Skipped = skipped,
            ChangeId = skipped is null ? Guid.NewGuid().ToString("N") : null,
            ChatQuestion = skipped is null && interaction.Customer is { Channel.Length: > 0, ChannelUserId.Length: > 0 } ? new ChatQuestion() : null,
        };

        var intent = request.Asked ? await counter.PlanAsync(RequestIntent(request, request.Week), ct).ConfigureAwait(false) : null;
        var (stored, _) = await requests.CreateAsync(request, ct).ConfigureAwait(false);

        // Ours by the request id (unique per call), not by the store's "created": a create whose
        // response was lost and whose retry met its own row reports it as existing.
        var ours = stored.RequestId == request.RequestId;
        Exception? failure;
        if (!ours || intent is null)
        {
            if (intent is not null)
            {
                await counter.DiscardAsync(intent, ct).ConfigureAwait(false);
            }

            failure = await SettlePendingAsync(stored, ct).ConfigureAwait(false);
        }
        else
        {
            failure = await DeferredWork.TryAsync(() => SettleOwnAsync(intent, stored, ct), ct).ConfigureAwait(false);
        }

        if (ours && stored.Asked)
        {
            await customers.UpsertAsync(new CustomerPreference(stored.Tenant, stored.Customer.Id, now, preference?.OptedOutAt), ct).ConfigureAwait(false);
        }

        return new RequestCreation(stored, ours) { DeferredFailure = failure };
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

    private static CountIntent RequestIntent(FeedbackRequest request, IsoWeek week) => new()
    {
        Tenant = request.Tenant,
        Week = week,
        ChangeId = request.ChangeId!,
        InteractionId = request.InteractionId,
        Kind = CountIntentKind.Request,
        CreatedAt = request.CreatedAt,
    };

    /// <summary>
    /// Settles the intent of the request this call stored. The store files a request under the week
    /// its interaction was first claimed in, which after a crash between the claim and the row may
    /// be an earlier week than the intent's: the count then goes to the request's week.
    /// </summary>
    private async Task SettleOwnAsync(Versioned<CountIntent> intent, FeedbackRequest stored, CancellationToken ct)
    {
        if (stored.Week == intent.Value.Week)
        {
            await counter.SettleAsync(intent, ct).ConfigureAwait(false);
            return;
        }

        // The repair job settles whichever of the two an interrupted move leaves behind by the request's week.
        await counter.SettleAsync(await counter.PlanAsync(RequestIntent(stored, stored.Week), ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        await counter.DiscardAsync(intent, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The customer's "last asked" from an existing request, when its creator failed before writing
    /// it (the store went away after the row), so the ask interval holds; one read when it is there.
    /// </summary>
    private async Task RecordAskedAsync(FeedbackRequest request, CancellationToken ct)
    {
        if (!request.Asked || request.Customer.Id == CustomerPrivacy.ForgottenCustomerId)
        {
            return;
        }

        var preference = await customers.FindAsync(request.Tenant, request.Customer.Id, ct).ConfigureAwait(false);
        if (preference?.LastAskedAt is { } last && last >= request.CreatedAt)
        {
            return;
        }

        await customers.UpsertAsync(new CustomerPreference(request.Tenant, request.Customer.Id, request.CreatedAt, preference?.OptedOutAt), ct).ConfigureAwait(false);
    }

    private Task<Exception?> SettlePendingAsync(FeedbackRequest request, CancellationToken ct) =>
        DeferredWork.TryAsync(() => counter.SettlePendingAsync(request.Tenant, request.Week, request.ChangeId, ct), ct);

    private RequestSkipReason? SkipReason(string interactionId, CustomerPreference? preference, DateTimeOffset now)
    {
        if (preference?.OptedOutAt is not null) return RequestSkipReason.OptedOut;
        if (!IsSampled(interactionId, rules.SampleOneIn)) return RequestSkipReason.SampledOut;
        if (preference?.LastAskedAt is { } last && now - last < rules.AskInterval) return RequestSkipReason.RecentlyAsked;
        return null;
    }
}
