using FeedbackBot.Conversations.Service;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Service;

/// <summary>
/// Host wiring of the service statement, the service elements, the definition survey and gap,
/// and the workspace roles (<c>IWorkspaceRoles</c>, used by other features too).
/// </summary>
internal static class ServiceHostingExtensions
{
    public static IServiceCollection AddServiceFeature(this IServiceCollection services)
    {
        services.AddOptions<FeedbackBotOptions>()
            .BindConfiguration(FeedbackBotOptions.SectionName)
            .Validate(o => IsKnownZone(o.TimeZone), "FeedbackBot:TimeZone must be an IANA time zone id such as Europe/Berlin.")
            .Validate(o => o.SurveyEveryNthVote >= 0, "FeedbackBot:SurveyEveryNthVote must be 0 (never) or more.")
            .ValidateOnStart();

        // Core services take the options as a plain POCO (Core knows no Microsoft.Extensions.Options).
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<FeedbackBotOptions>>().Value);
        services.TryAddSingleton<ServiceCatalog>();
        services.TryAddSingleton<WorkspaceRoles>();
        services.TryAddSingleton<IWorkspaceRoles>(provider => provider.GetRequiredService<WorkspaceRoles>());
        services.TryAddSingleton<IElementRankings, ElementRankings>();
        services.TryAddSingleton<ISurveyInvitations, SurveyInvitations>();
        services.TryAddSingleton<DefinitionGapReport>();
        services.AddServiceDialogs();
        return services;
    }

    private static bool IsKnownZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
    }
}
