using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Decisions;

/// <summary>Host wiring of the decision check: the dialog and card actions, and the follow-up job.</summary>
internal static class DecisionHostingExtensions
{
    public static IServiceCollection AddDecisionCheckFeature(this IServiceCollection services)
    {
        services.AddOptions<FeedbackBotOptions>()
            .BindConfiguration(FeedbackBotOptions.SectionName)
            .Validate(o => o.DecisionFollowUpDays is >= 1 and <= 365, "FeedbackBot:DecisionFollowUpDays must be between 1 and 365.")
            .ValidateOnStart();
        // The customers' rankings are the service feature's; registered here (TryAdd) until its own
        // host wiring lands, because the decision check shows them as evidence.
        services.TryAddSingleton<IElementRankings>(provider => new ElementRankings(
            provider.GetRequiredService<ISurveyAnswerStore>(),
            provider.GetRequiredService<IOptions<FeedbackBotOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.AddDecisionChecks();
        services.AddHostedService<DecisionFollowUpService>();
        return services;
    }
}
