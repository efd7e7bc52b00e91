using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Storage.TableStorage.Slack;

/// <summary>
/// Slack event claims in the Leases table (see <see cref="SlackEventClaimEntity"/>). An insert
/// (<c>AddEntity</c>) fails with 409 when the row exists, so of any number of instances exactly
/// one claims an event.
/// </summary>
public sealed class TableSlackEventDedupe(TableStorageTables tables, TimeProvider time) : ISlackEventDedupe
{
    public async Task<bool> TryClaimAsync(string teamId, string eventId, DateTimeOffset eventTime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentNullException.ThrowIfNull(eventId);

        var claimId = Guid.NewGuid().ToString("N");
        var entity = SlackEventClaimEntity.Create(teamId, eventId, eventTime, time.GetUtcNow(), claimId);
        try
        {
            await tables.Leases.AddEntityAsync(entity, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // 409 after an attempt that timed out once the service had applied it is our own insert.
            var stored = await tables.Leases.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: ct).ConfigureAwait(false);
            return stored.HasValue && SlackEventClaimEntity.ClaimId(stored.Value!) == claimId;
        }
    }
}
