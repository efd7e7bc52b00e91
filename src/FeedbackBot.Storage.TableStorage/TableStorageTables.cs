using Azure.Data.Tables;

namespace FeedbackBot.Storage.TableStorage;

/// <summary>
/// The tables the stores use, all from the one <see cref="TableServiceClient"/> and named with the
/// configured prefix. Creating a <see cref="TableClient"/> does no I/O; the tables themselves are
/// created by <see cref="TableStorageInitializer"/> at start.
/// </summary>
public sealed class TableStorageTables
{
    public TableStorageTables(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);

        DialogState = service.GetTableClient(tablePrefix + "DialogState");
        ConversationReferences = service.GetTableClient(tablePrefix + "ConversationReferences");
        DirectLine = service.GetTableClient(tablePrefix + "DirectLine");
        Leases = service.GetTableClient(tablePrefix + "Leases");
        Decisions = service.GetTableClient(tablePrefix + "Decisions");
        Votes = service.GetTableClient(tablePrefix + "Votes");
        MissComments = service.GetTableClient(tablePrefix + "MissComments");
        FeedbackRequests = service.GetTableClient(tablePrefix + "FeedbackRequests");
        FeedbackRequestIndex = service.GetTableClient(tablePrefix + "FeedbackRequestIndex");
        WeeklyAggregates = service.GetTableClient(tablePrefix + "WeeklyAggregates");
        CustomerPreferences = service.GetTableClient(tablePrefix + "CustomerPreferences");
        Settings = service.GetTableClient(tablePrefix + "Settings");
        SurveyAnswers = service.GetTableClient(tablePrefix + "SurveyAnswers");
        SlackWork = service.GetTableClient(tablePrefix + "SlackWork");
        All = [DialogState, ConversationReferences, DirectLine, Leases, Decisions, Votes, MissComments, FeedbackRequests, FeedbackRequestIndex, WeeklyAggregates, CustomerPreferences, Settings, SurveyAnswers, SlackWork];
    }

    public TableClient DialogState { get; }

    public TableClient ConversationReferences { get; }

    public TableClient DirectLine { get; }

    /// <summary>Once-only claims: Slack event deduplication and hosted job leases.</summary>
    public TableClient Leases { get; }

    /// <summary>Decision-check records, newest first per tenant.</summary>
    public TableClient Decisions { get; }

    public TableClient Votes { get; }

    /// <summary>The MISS votes with a comment, newest first per tenant and week: the weekly summary's bounded read.</summary>
    public TableClient MissComments { get; }

    public TableClient FeedbackRequests { get; }

    /// <summary>Interaction id → week of its request; the idempotency claim of a new request.</summary>
    public TableClient FeedbackRequestIndex { get; }

    public TableClient WeeklyAggregates { get; }

    public TableClient CustomerPreferences { get; }

    /// <summary>Per-tenant settings: the service statement and its history, the element list, granted roles.</summary>
    public TableClient Settings { get; }

    /// <summary>Definition-survey answer sets, per tenant and quarter.</summary>
    public TableClient SurveyAnswers { get; }

    /// <summary>Acknowledged Slack work not run yet, until it has run (the Slack work journal).</summary>
    public TableClient SlackWork { get; }

    /// <summary>Every table, for the initializer.</summary>
    public IReadOnlyList<TableClient> All { get; }
}
