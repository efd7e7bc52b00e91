using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Conversations.Service;

/// <summary>DI wiring of the service statement, the definition survey and the role commands.</summary>
public static class ServiceDialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the dialogs and their commands. The host provides the Core services they use
    /// (<c>IServiceCatalogStore</c>, <c>ServiceCatalog</c>, <c>IWorkspaceRoles</c>, <c>WorkspaceRoles</c>,
    /// <c>DefinitionGapReport</c>, <c>ISurveyAnswerStore</c>) and <c>FeedbackBotOptions</c>.
    /// </summary>
    public static IServiceCollection AddServiceDialogs(this IServiceCollection services)
    {
        services.AddDialog<ServiceStatementDialog>();
        services.AddDialog<DefinitionSurveyDialog>();
        services.AddDialog<FeedbackAdminDialog>();
        services.AddDialogCommand(new DialogCommand(ServiceStatementDialog.Command, ServiceStatementDialog.DialogId, ServiceTexts.Manager, ServiceTexts.StatementCommandDescription));
        services.AddDialogCommand(new DialogCommand(DefinitionSurveyDialog.Command, DefinitionSurveyDialog.DialogId, ServiceTexts.Manager, ServiceTexts.SurveyCommandDescription));
        services.AddDialogCommand(new DialogCommand(FeedbackAdminDialog.Command, FeedbackAdminDialog.DialogId, ServiceTexts.Manager, ServiceTexts.AdminCommandDescription));
        return services;
    }
}
