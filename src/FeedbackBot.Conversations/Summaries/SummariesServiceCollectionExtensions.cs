using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>DI wiring for the weekly summary: its dialog, command, phrases and the reader.</summary>
public static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <c>/feedback-summary</c> and "weekly summary" / "Wochenbericht". The host provides
    /// <see cref="ISummaryLinks"/>, the stores and <c>IWorkspaceRoles</c>.
    /// </summary>
    public static IServiceCollection AddFeedbackSummaries(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<WeeklySummaryReader>();
        services.TryAddSingleton<DefinitionGapReport>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<FeedbackBotOptions>>().Value);
        services.TryAddSingleton<SummaryZone>();
        services.TryAddSingleton<SummaryCards>();
        services.AddDialog<FeedbackSummaryDialog>();
        services.AddDialogCommand(new DialogCommand("feedback-summary", FeedbackSummaryDialog.DialogId, SummaryTexts.Resources, SummaryTexts.CommandDescription));
        foreach (var phrase in (string[])["weekly summary", "week summary", "wochenbericht", "wochenzusammenfassung", "wöchentlicher bericht"])
        {
            services.AddDialogPhrase(new DialogPhrase(phrase, FeedbackSummaryDialog.DialogId));
        }

        return services;
    }
}
