using System.Globalization;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Storage.Sqlite.Slack;

/// <summary>
/// Slack event claims in <c>slack_event_claims</c>. The primary key does the deduplication: an
/// insert that meets an existing row changes nothing, and SQLite runs writers one at a time, so
/// of concurrent claims on any number of connections or processes exactly one inserts.
/// </summary>
public sealed class SqliteSlackEventDedupe(SqliteDatabase database, TimeProvider time) : ISlackEventDedupe
{
    private const string ClaimSql =
        """
        INSERT INTO slack_event_claims (team_id, event_id, event_date, claimed_at)
        VALUES (@team_id, @event_id, @event_date, @claimed_at)
        ON CONFLICT (team_id, event_id) DO NOTHING;
        """;

    public async Task<bool> TryClaimAsync(string teamId, string eventId, DateTimeOffset eventTime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentNullException.ThrowIfNull(eventId);

        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = ClaimSql;
            command.Parameters.AddWithValue("@team_id", teamId);
            command.Parameters.AddWithValue("@event_id", eventId);
            command.Parameters.AddWithValue("@event_date", eventTime.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("@claimed_at", SqliteValues.FromTimestamp(time.GetUtcNow()));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }
}
