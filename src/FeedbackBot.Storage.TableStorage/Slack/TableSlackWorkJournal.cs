using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Storage.TableStorage.Slack;

/// <summary>
/// Acknowledged Slack work in the SlackWork table (see <see cref="SlackWorkEntity"/>). The service
/// decides every race: an add is an insert (409 when the row exists), a change or removal carries
/// <c>If-Match</c> with the ETag read (412 when another instance changed it first).
/// </summary>
public sealed class TableSlackWorkJournal(TableStorageTables tables) : ISlackWorkJournal
{
    private TableClient Table => tables.SlackWork;

    public async Task<SlackWorkEntry?> TryAddAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var response = await Table.AddEntityAsync(SlackWorkEntity.Create(entry), ct).ConfigureAwait(false);
            return entry with { Version = response.Headers.ETag?.ToString() ?? "" };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<SlackWorkEntry?> TryReplaceAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            // Replace, not merge: the entity written is the whole state; the payload chunks are the read ones.
            var response = await Table.UpdateEntityAsync(SlackWorkEntity.Create(entry), new ETag(entry.Version), TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return entry with { Version = response.Headers.ETag?.ToString() ?? "" };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task<bool> TryRemoveAsync(SlackWorkEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await Table.DeleteEntityAsync(SlackWorkEntity.PartitionKey(entry.WorkId), SlackWorkEntity.RowKey, new ETag(entry.Version), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<SlackWorkEntry?> FindAsync(string workId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workId);
        var stored = await Table.GetEntityIfExistsAsync<TableEntity>(SlackWorkEntity.PartitionKey(workId), SlackWorkEntity.RowKey, cancellationToken: ct).ConfigureAwait(false);
        return stored.HasValue ? SlackWorkEntity.Read(stored.Value!) : null;
    }

    public async Task<IReadOnlyList<SlackWorkEntry>> ListLapsedAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var filter = TableClient.CreateQueryFilter($"LeaseExpiresAt le {now.ToUniversalTime()}");
        var lapsed = new List<SlackWorkEntry>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: ct).ConfigureAwait(false))
        {
            lapsed.Add(SlackWorkEntity.Read(entity));
            if (lapsed.Count >= max)
            {
                break;
            }
        }

        // The table has no order but its keys; the oldest lease first, of what was read.
        return [.. lapsed.OrderBy(e => e.LeaseExpiresAt)];
    }
}
