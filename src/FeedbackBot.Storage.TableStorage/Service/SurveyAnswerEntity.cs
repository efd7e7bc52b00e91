// Table SurveyAnswers. PartitionKey: TableKeys.Compose(tenant, quarter); RowKey: TableKeys.For(customerId).
// One row per customer per quarter (a newer set replaces the older). Serves the customer's point
// read and the list of one tenant's quarter (one partition). Tenant and CustomerId are also plain
// properties: keys may be shortened (hashed) and are never decoded.
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Storage.TableStorage.Service;

internal sealed class SurveyAnswerEntity : ITableEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Tenant { get; set; } = string.Empty;

    public string Quarter { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public string Rankings { get; set; } = "{}";

    public string? ExcellentService { get; set; }

    public bool Completed { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string PartitionKeyFor(string tenant, Core.Service.Quarter quarter) => TableKeys.Compose(tenant, quarter.ToString());

    public static string RowKeyFor(string customerId) => TableKeys.For(customerId);

    public static SurveyAnswerEntity From(SurveyAnswerSet answers) => new()
    {
        PartitionKey = PartitionKeyFor(answers.Tenant, answers.Quarter),
        RowKey = RowKeyFor(answers.CustomerId),
        Tenant = answers.Tenant,
        Quarter = answers.Quarter.ToString(),
        CustomerId = answers.CustomerId,
        Rankings = JsonSerializer.Serialize(answers.Rankings, Json),
        ExcellentService = answers.ExcellentService,
        Completed = answers.Completed,
        UpdatedAt = answers.UpdatedAt,
    };

    public SurveyAnswerSet ToAnswers() => new(
        Tenant,
        CustomerId,
        Core.Service.Quarter.Parse(Quarter),
        JsonSerializer.Deserialize<Dictionary<string, ElementImportance>>(Rankings, Json) ?? [],
        ExcellentService,
        Completed,
        UpdatedAt);
}
