using FeedbackBot.Core.Jobs;

namespace FeedbackBot.Storage.Sqlite.Jobs;

/// <summary>
/// Job claims in <c>job_leases</c>. Each operation is one statement, and SQLite runs writers one
/// at a time, so of concurrent claims on any number of connections or processes exactly one
/// changes the row: an insert of a new unit, or a take-over of a lapsed claim that is not done.
/// </summary>
public sealed class SqliteJobLease(SqliteDatabase database, TimeProvider time) : IJobLease
{
    private const string ClaimSql =
        """
        INSERT INTO job_leases (job, key, claim_id, expires_at, done)
        VALUES (@job, @key, @claim_id, @expires_at, 0)
        ON CONFLICT (job, key) DO UPDATE SET claim_id = excluded.claim_id, expires_at = excluded.expires_at
        WHERE job_leases.done = 0 AND job_leases.expires_at <= @now;
        """;

    private const string CompleteSql = "UPDATE job_leases SET done = 1 WHERE job = @job AND key = @key AND claim_id = @claim_id;";

    private const string ReleaseSql = "DELETE FROM job_leases WHERE job = @job AND key = @key AND claim_id = @claim_id AND done = 0;";

    public async Task<JobClaim?> TryClaimAsync(string job, string key, TimeSpan timeToLive, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);

        var now = time.GetUtcNow();
        var claim = new JobClaim(job, key, Guid.NewGuid().ToString("N"), now + timeToLive);
        var changed = await ExecuteAsync(ClaimSql, claim, now, ct).ConfigureAwait(false);
        return changed == 1 ? claim : null;
    }

    public async Task<bool> CompleteAsync(JobClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return await ExecuteAsync(CompleteSql, claim, time.GetUtcNow(), ct).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(JobClaim claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await ExecuteAsync(ReleaseSql, claim, time.GetUtcNow(), ct).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, JobClaim claim, DateTimeOffset now, CancellationToken ct)
    {
        var writer = await database.OpenWriterAsync(ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var command = writer.Connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@job", claim.Job);
            command.Parameters.AddWithValue("@key", claim.Key);
            command.Parameters.AddWithValue("@claim_id", claim.ClaimId);
            command.Parameters.AddWithValue("@expires_at", claim.ExpiresAt.UtcTicks);
            command.Parameters.AddWithValue("@now", now.UtcTicks);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
