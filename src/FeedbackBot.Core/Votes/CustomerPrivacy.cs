namespace FeedbackBot.Core.Votes;

/// <summary>
/// What a customer can ask for: "stop asking me" (no more requests) and "forget me" (their name,
/// contact data and comments are erased from every request and vote; the verdicts stay as
/// anonymous counts, so totals already reported remain exact and rebuildable).
/// </summary>
public sealed class CustomerPrivacy(IFeedbackRequestStore requests, IVoteStore votes, ICustomerPreferenceStore customers, TimeProvider time)
{
    /// <summary>The id a forgotten customer's requests carry.</summary>
    public const string ForgottenCustomerId = "";

    /// <summary>No more requests for this customer.</summary>
    public async Task StopAskingAsync(string tenant, string customerId, CancellationToken ct)
    {
        var preference = await customers.FindAsync(tenant, customerId, ct).ConfigureAwait(false);
        await customers.UpsertAsync(new CustomerPreference(tenant, customerId, preference?.LastAskedAt, time.GetUtcNow()), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Erases the customer (known by their id or their channel user id) from requests and votes,
    /// and keeps only an opt-out marker so they are not asked again. Returns how many requests it touched.
    /// </summary>
    public async Task<int> ForgetAsync(string tenant, string customerId, CancellationToken ct)
    {
        var theirs = await requests.ListByCustomerAsync(tenant, customerId, ct).ConfigureAwait(false);
        foreach (var request in theirs)
        {
            await EraseVoteAsync(request, ct).ConfigureAwait(false);
            await EraseRequestAsync(request, ct).ConfigureAwait(false);
        }

        await customers.UpsertAsync(new CustomerPreference(tenant, customerId, null, time.GetUtcNow()), ct).ConfigureAwait(false);
        return theirs.Count;
    }

    private async Task EraseVoteAsync(FeedbackRequest request, CancellationToken ct)
    {
        for (var attempt = 0; attempt < VoteRecorder.MaxAttempts; attempt++)
        {
            if (await votes.FindAsync(request.Tenant, request.Week, request.InteractionId, ct).ConfigureAwait(false) is not { } found)
            {
                return;
            }

            // Verdict, agent, team and element stay: they are the anonymous count.
            if (await votes.TryWriteAsync(found.Value with { CustomerId = null, Comment = null }, found.Version, ct).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new VoteConflictException(request.InteractionId);
    }

    private async Task EraseRequestAsync(FeedbackRequest request, CancellationToken ct)
    {
        for (var attempt = 0; attempt < VoteRecorder.MaxAttempts; attempt++)
        {
            if (await requests.FindAsync(request.Tenant, request.InteractionId, ct).ConfigureAwait(false) is not { } found)
            {
                return;
            }

            var erased = found.Value with { Customer = new FeedbackCustomer(ForgottenCustomerId), Note = null };
            if (await requests.TryUpdateAsync(erased, found.Version, ct).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new VoteConflictException(request.InteractionId);
    }
}
