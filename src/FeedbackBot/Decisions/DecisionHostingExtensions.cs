using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Core.Configuration;

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
        services.AddDecisionChecks();
        services.AddHostedService<DecisionFollowUpService>();
        return services;
    }
}
