using FeedbackBot.Conversations.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>DI wiring for the decision check.</summary>
public static class DecisionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <c>/decision-check</c>, its card actions and the follow-up logic. The host provides
    /// the stores (IDecisionLog, IJobLease, IServiceCatalogStore, IElementRankings,
    /// IWeeklyAggregateStore), the proactive channels and runs <see cref="DecisionFollowUps"/> on a schedule.
    /// </summary>
    public static IServiceCollection AddDecisionChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DecisionEvidenceSource>();
        services.TryAddSingleton<DecisionFollowUps>();
        return services
            .AddDialog<DecisionCheckDialog>()
            .AddDialogCommand(new DialogCommand(DecisionCheckDialog.Command, DecisionCheckDialog.DialogId, DecisionTexts.Manager, DecisionTexts.CommandDescription))
            .AddCardAction<DecisionStatusAction>()
            .AddCardAction<DecisionPredictAction>()
            .AddCardAction<DecisionActualAction>();
    }
}
