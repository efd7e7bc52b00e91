using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackBot.Core.Service;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Service;

/// <summary>Definition-survey answer sets in <c>survey_answers</c>, one row per (tenant, quarter, customer).</summary>
public sealed class SqliteSurveyAnswerStore(SqliteDatabase database) : ISurveyAnswerStore
{
    private const string Columns = "tenant, quarter, customer_id, rankings, excellent_service, completed, updated_at";

    private const string UpsertSql =
        $"""
        INSERT INTO survey_answers ({Columns})
        VALUES (@tenant, @quarter, @customer_id, @rankings, @excellent_service, @completed, @updated_at)
        ON CONFLICT (tenant, quarter, customer_id) DO UPDATE SET
            rankings = excluded.rankings,
            excellent_service = excluded.excellent_service,
            completed = excluded.completed,
            updated_at = excluded.updated_at;
        """;

    private const string FindSql = $"SELECT {Columns} FROM survey_answers WHERE tenant = @tenant AND quarter = @quarter AND customer_id = @customer_id;";

    private const string ListSql = $"SELECT {Columns} FROM survey_answers WHERE tenant = @tenant AND quarter = @quarter ORDER BY customer_id;";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task SaveAsync(SurveyAnswerSet answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await SqliteCommands.ExecuteAsync(
            database,
            UpsertSql,
            p =>
            {
                p.AddWithValue("@tenant", answers.Tenant);
                p.AddWithValue("@quarter", answers.Quarter.ToString());
                p.AddWithValue("@customer_id", answers.CustomerId);
                p.AddWithValue("@rankings", JsonSerializer.Serialize(answers.Rankings, Json));
                p.AddWithValue("@excellent_service", SqliteValues.FromNullable(answers.ExcellentService));
                p.AddWithValue("@completed", answers.Completed ? 1 : 0);
                p.AddWithValue("@updated_at", SqliteValues.FromTimestamp(answers.UpdatedAt));
            },
            ct).ConfigureAwait(false);
    }

    public async Task<SurveyAnswerSet?> FindAsync(string tenant, Quarter quarter, string customerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(customerId);
        var found = await SqliteCommands.QueryAsync(
            database,
            FindSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@quarter", quarter.ToString());
                p.AddWithValue("@customer_id", customerId);
            },
            Read,
            ct).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<SurveyAnswerSet>> ListAsync(string tenant, Quarter quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return await SqliteCommands.QueryAsync(
            database,
            ListSql,
            p =>
            {
                p.AddWithValue("@tenant", tenant);
                p.AddWithValue("@quarter", quarter.ToString());
            },
            Read,
            ct).ConfigureAwait(false);
    }

    // Ordinals follow Columns.
    private static SurveyAnswerSet Read(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(2),
            Quarter.Parse(reader.GetString(1)),
            JsonSerializer.Deserialize<Dictionary<string, ElementImportance>>(reader.GetString(3), Json) ?? [],
            SqliteCommands.GetNullableString(reader, 4),
            reader.GetInt64(5) == 1,
            SqliteValues.ToTimestamp(reader.GetString(6)));
}
