using Azure.Data.Tables;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.DirectLine;
using FeedbackBot.Core.Health;
using FeedbackBot.Core.Jobs;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Slack;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Workspace;
using FeedbackBot.Storage.TableStorage.Conversations;
using FeedbackBot.Storage.TableStorage.Decisions;
using FeedbackBot.Storage.TableStorage.DirectLine;
using FeedbackBot.Storage.TableStorage.Health;
using FeedbackBot.Storage.TableStorage.Jobs;
using FeedbackBot.Storage.TableStorage.Service;
using FeedbackBot.Storage.TableStorage.Slack;
using FeedbackBot.Storage.TableStorage.Votes;
using FeedbackBot.Storage.TableStorage.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Storage.TableStorage;

public static class TableStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table Storage stores, their health probe and the table initializer, with
    /// <see cref="TableStorageOptions"/> bound from <c>Storage:TableStorage</c>, and one
    /// <see cref="TableServiceClient"/> for the process.
    /// </summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddOptions<TableStorageOptions>()
            .BindConfiguration(TableStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(provider => TableServiceClientFactory.Create(Options(provider)));
        services.TryAddSingleton(provider => new TableStorageTables(provider.GetRequiredService<TableServiceClient>(), Options(provider).TablePrefix));
        services.TryAddSingleton<IDialogStateStore, TableDialogStateStore>();
        services.TryAddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.TryAddSingleton<IDirectLineTranscriptStore, TableDirectLineTranscriptStore>();
        services.TryAddSingleton<ISlackEventDedupe, TableSlackEventDedupe>();
        services.TryAddSingleton<ISlackWorkJournal, TableSlackWorkJournal>();
        services.TryAddSingleton<IServiceCatalogStore, TableServiceCatalogStore>();
        services.TryAddSingleton<ISurveyAnswerStore, TableSurveyAnswerStore>();
        services.TryAddSingleton<IRoleGrantStore, TableRoleGrantStore>();
        services.TryAddSingleton<IDecisionLog, TableDecisionLog>();
        services.TryAddSingleton<IJobLease, TableJobLease>();
        services.TryAddSingleton<IFeedbackRequestStore, TableFeedbackRequestStore>();
        services.TryAddSingleton<IVoteStore, TableVoteStore>();
        services.TryAddSingleton<IWeeklyAggregateStore, TableWeeklyAggregateStore>();
        services.TryAddSingleton<ICountIntentStore, TableCountIntentStore>();
        services.TryAddSingleton<ICustomerPreferenceStore, TableCustomerPreferenceStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreHealthProbe, TableHealthProbe>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreFailureClassifier, TableFailureClassifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TableStorageInitializer>());
        return services;
    }

    private static TableStorageOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TableStorageOptions>>().Value;
}
