using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Core.Health;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Slack;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Workspace;
using FeedbackBot.Storage.Sqlite.Conversations;
using FeedbackBot.Storage.Sqlite.Decisions;
using FeedbackBot.Storage.Sqlite.DirectLine;
using FeedbackBot.Storage.Sqlite.Health;
using FeedbackBot.Storage.Sqlite.Jobs;
using FeedbackBot.Storage.Sqlite.Schema;
using FeedbackBot.Storage.Sqlite.Service;
using FeedbackBot.Storage.Sqlite.Slack;
using FeedbackBot.Storage.Sqlite.Votes;
using FeedbackBot.Storage.Sqlite.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite stores, their health probe and the schema initializer, with
    /// <see cref="SqliteStorageOptions"/> bound from <c>Storage:Sqlite</c>.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddOptions<SqliteStorageOptions>()
            .BindConfiguration(SqliteStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(CreateDatabase);
        services.TryAddSingleton<IDialogStateStore, SqliteDialogStateStore>();
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.TryAddSingleton<IDirectLineTranscriptStore, SqliteDirectLineTranscriptStore>();
        services.TryAddSingleton<ISlackEventDedupe, SqliteSlackEventDedupe>();
        services.TryAddSingleton<ISlackWorkJournal, SqliteSlackWorkJournal>();
        services.TryAddSingleton<IServiceCatalogStore, SqliteServiceCatalogStore>();
        services.TryAddSingleton<ISurveyAnswerStore, SqliteSurveyAnswerStore>();
        services.TryAddSingleton<IRoleGrantStore, SqliteRoleGrantStore>();
        services.TryAddSingleton<IDecisionLog, SqliteDecisionLog>();
        services.TryAddSingleton<IJobLease, SqliteJobLease>();
        services.TryAddSingleton<IFeedbackRequestStore, SqliteFeedbackRequestStore>();
        services.TryAddSingleton<IVoteStore, SqliteVoteStore>();
        services.TryAddSingleton<IWeeklyAggregateStore, SqliteWeeklyAggregateStore>();
        services.TryAddSingleton<ICountIntentStore, SqliteCountIntentStore>();
        services.TryAddSingleton<ICustomerPreferenceStore, SqliteCustomerPreferenceStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreHealthProbe, SqliteHealthProbe>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreFailureClassifier, SqliteFailureClassifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SqliteSchemaInitializer>());
        return services;
    }

    private static SqliteDatabase CreateDatabase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return new SqliteDatabase(options.ResolvePath(contentRoot), options.BusyTimeout);
    }
}
