using FeedbackBot.Conversations.Decisions;
using FeedbackBot.Core.Configuration;

namespace FeedbackBot.Decisions;

/// <summary>Host wiring of the decision check: the dialog and card actions, and the follow-up job.</summary>
internal static class DecisionHostingExtensions
{
    public static IServiceCollection AddDecisionCheckFeature(this IServiceCollection services)
    {
        // The FeedbackBot section is bound once, by the service feature (AddServiceFeature): a second
        // bind would add the configured Managers and Admins to their lists again.
        services.AddOptions<FeedbackBotOptions>()
            .Validate(o => o.DecisionFollowUpDays is >= 1 and <= 365, "FeedbackBot:DecisionFollowUpDays must be between 1 and 365.")
            .ValidateOnStart();
        services.AddDecisionChecks();
        services.AddHostedService<DecisionFollowUpService>();
        return services;
    }
}
