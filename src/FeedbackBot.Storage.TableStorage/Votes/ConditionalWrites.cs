using Azure;
using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage.Votes;

/// <summary>
/// Optimistic concurrency on one row: with no version, an insert (409 if the row exists); with one,
/// a replace with <c>If-Match</c> on that ETag (412 if another writer changed it, 404 if it vanished).
/// Either refusal is a lost race, reported as <c>false</c>.
/// </summary>
internal static class ConditionalWrites
{
    public static async Task<bool> TryWriteAsync(TableClient table, TableEntity entity, string? expectedETag, CancellationToken ct)
    {
        try
        {
            if (expectedETag is null)
            {
                await table.AddEntityAsync(entity, ct).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, ct).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    public static string Version(TableEntity entity) =>
        entity.ETag.ToString() is { Length: > 0 } etag ? etag : throw new InvalidOperationException("The Table service returned a row without an ETag.");
}
