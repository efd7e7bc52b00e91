using Azure.Data.Tables;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Storage.TableStorage.Service;

/// <summary>Definition-survey answer sets in the SurveyAnswers table; see <see cref="SurveyAnswerEntity"/>.</summary>
public sealed class TableSurveyAnswerStore(TableStorageTables tables) : ISurveyAnswerStore
{
    private const int PageSize = 1_000;

    private TableClient Table => tables.SurveyAnswers;

    public async Task SaveAsync(SurveyAnswerSet answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);

        // Replace: the newer set is the whole answer, nothing of the older one survives.
        await Table.UpsertEntityAsync(SurveyAnswerEntity.From(answers), TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    public async Task<SurveyAnswerSet?> FindAsync(string tenant, Quarter quarter, string customerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(customerId);
        var found = await Table.GetEntityIfExistsAsync<SurveyAnswerEntity>(
            SurveyAnswerEntity.PartitionKeyFor(tenant, quarter), SurveyAnswerEntity.RowKeyFor(customerId), cancellationToken: ct).ConfigureAwait(false);
        return found.HasValue ? found.Value!.ToAnswers() : null;
    }

    public async Task<IReadOnlyList<SurveyAnswerSet>> ListAsync(string tenant, Quarter quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var partitionKey = SurveyAnswerEntity.PartitionKeyFor(tenant, quarter);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var sets = new List<SurveyAnswerSet>();
        await foreach (var entity in Table.QueryAsync<SurveyAnswerEntity>(filter, PageSize, cancellationToken: ct).ConfigureAwait(false))
        {
            sets.Add(entity.ToAnswers());
        }

        return sets;
    }
}
