// Table ConversationReferences. PartitionKey: TableKeys.For(tenant); RowKey: TableKeys.For(userId).
// Serves the point read of one user's reference for a proactive message, and the list of one
// tenant's references: a single-partition query, so a tenant never reads another's rows.
// Tenant and UserId are also kept as plain properties: keys may be shortened (hashed) and are
// never decoded.
using Azure;
using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Storage.TableStorage.Conversations;

internal sealed class ConversationReferenceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Tenant { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public string? UserAadObjectId { get; set; }

    public string BotId { get; set; } = string.Empty;

    public string? BotName { get; set; }

    public string ServiceUrl { get; set; } = string.Empty;

    public string? ConversationType { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string PartitionKeyFor(string tenant) => TableKeys.For(tenant);

    public static string RowKeyFor(string userId) => TableKeys.For(userId);

    public static ConversationReferenceEntity From(ConversationReference reference) => new()
    {
        PartitionKey = PartitionKeyFor(reference.Tenant),
        RowKey = RowKeyFor(reference.UserId),
        Tenant = reference.Tenant,
        UserId = reference.UserId,
        Channel = reference.Channel,
        ConversationId = reference.ConversationId,
        UserName = reference.UserName,
        UserAadObjectId = reference.UserAadObjectId,
        BotId = reference.BotId,
        BotName = reference.BotName,
        ServiceUrl = reference.ServiceUrl,
        ConversationType = reference.ConversationType,
        Locale = reference.Locale,
        UpdatedAt = reference.UpdatedAt,
    };

    public ConversationReference ToReference() => new()
    {
        Tenant = Tenant,
        UserId = UserId,
        Channel = Channel,
        ConversationId = ConversationId,
        UserName = UserName,
        UserAadObjectId = UserAadObjectId,
        BotId = BotId,
        BotName = BotName,
        ServiceUrl = ServiceUrl,
        ConversationType = ConversationType,
        Locale = Locale,
        UpdatedAt = UpdatedAt,
    };
}
