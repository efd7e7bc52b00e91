using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Jobs;

namespace FeedbackBot.Storage.TableStorage.Jobs;

/// <summary>
/// Job claims in the Leases table (see <see cref="JobLeaseEntity"/>). The service decides every
/// race: a first claim is an insert (409 when the row exists), a take-over of a lapsed claim a
/// replace with <c>If-Match</c> on the ETag read (412 when another instance took it first).
/// </summary>
public sealed class TableJobLease(TableStorageTables tables, TimeProvider time) : IJobLease
{
    private TableClient Table => tables.Leases;

    public async Task<JobClaim?> TryClaimAsync(string job, string key, TimeSpan timeToLive, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);

        var now = time.GetUtcNow();
        var claim = new JobClaim(job, key, Guid.NewGuid().ToString("N"), now + timeToLive);
        try
        {
            await Table.AddEntityAsync(JobLeaseEntity.Create(claim, done: false), ct).ConfigureAwait(false);
            return claim;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The row exists: done, held by a live claim, our own insert retried by the SDK, or lapsed.
        }

        if (await ReadAsync(claim, ct).ConfigureAwait(false) is not { } stored || JobLeaseEntity.IsDone(stored))
        {
            return null;
        }

        if (JobLeaseEntity.ClaimId(stored) == claim.ClaimId)
        {
            return claim;
        }

        if (JobLeaseEntity.ExpiresAt(stored) > now)
        {
            return null;
        }

        return await TryReplaceAsync(JobLeaseEntity.Create(claim, done: false), stored.ETag, ct).ConfigureAwait(false) ? claim : null;
    }

    public async Task<bool> CompleteAsync(JobClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);

        if (await ReadAsync(claim, ct).ConfigureAwait(false) is not { } stored || JobLeaseEntity.ClaimId(stored) != claim.ClaimId)
        {
            return false;
        }

        return JobLeaseEntity.IsDone(stored)
            || await TryReplaceAsync(JobLeaseEntity.Create(claim, done: true), stored.ETag, ct).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(JobClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);

        if (await ReadAsync(claim, ct).ConfigureAwait(false) is not { } stored
            || JobLeaseEntity.ClaimId(stored) != claim.ClaimId
            || JobLeaseEntity.IsDone(stored))
        {
            return;
        }

        try
        {
            await Table.DeleteEntityAsync(stored.PartitionKey, stored.RowKey, stored.ETag, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Someone else holds the unit now: nothing of ours to release.
        }
    }

    private async Task<TableEntity?> ReadAsync(JobClaim claim, CancellationToken ct)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            JobLeaseEntity.PartitionKey(claim.Job), JobLeaseEntity.RowKey(claim.Key), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private async Task<bool> TryReplaceAsync(TableEntity entity, ETag expected, CancellationToken ct)
    {
        try
        {
            await Table.UpdateEntityAsync(entity, expected, TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }
}
