using System.Globalization;
using System.Text;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Service;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Conversations.Workspace;

/// <summary>
/// <c>feedback-admin [list | add|remove admin|manager @user]</c>: anyone may list the roles; only
/// admins change them. Configured roles (<c>FeedbackBot:Admins</c> / <c>FeedbackBot:Managers</c>)
/// cannot be removed in chat, nor the workspace's last admin.
/// </summary>
public sealed class FeedbackAdminDialog : WaterfallDialog<FeedbackAdminState>
{
    public const string DialogId = "feedback-admin";
    public const string Command = "feedback-admin";

    private readonly WorkspaceRoles roles;

    public FeedbackAdminDialog(WorkspaceRoles roles)
        : base(DialogId)
    {
        this.roles = roles;
        AddStep(ActAsync);
    }

    protected override FeedbackAdminState CreateInitialState(string? argument) => new(argument);

    private async Task<StepResult> ActAsync(WaterfallStepContext<FeedbackAdminState> step, CancellationToken ct)
    {
        var tenant = step.Turn.Tenant;
        var (verb, rest) = StatementCommand.SplitFirstWord(step.State.Argument);
        var (roleWord, user) = StatementCommand.SplitFirstWord(rest);
        var grant = verb?.ToLowerInvariant() switch
        {
            "add" or "grant" or "hinzufügen" => true,
            "remove" or "revoke" or "entfernen" => false,
            _ => (bool?)null,
        };
        WorkspaceRole? role = roleWord?.ToLowerInvariant() switch
        {
            "admin" or "admins" => WorkspaceRole.Admin,
            "manager" or "managers" => WorkspaceRole.Manager,
            _ => null,
        };

        if (verb is null || verb.Equals("list", StringComparison.OrdinalIgnoreCase) || verb.Equals("liste", StringComparison.OrdinalIgnoreCase))
        {
            step.Send(List(await roles.ListAsync(tenant, ct), step.Culture));
            return step.EndDialog();
        }

        if (grant is null || role is null)
        {
            step.Send(ServiceTexts.Get(ServiceTexts.AdminUsage, step.Culture));
            return step.EndDialog();
        }

        if (!await roles.IsAdminAsync(tenant, step.Turn.User.Id, ct))
        {
            step.Send(ServiceTexts.Get(ServiceTexts.AdminNotAdmin, step.Culture));
            return step.EndDialog();
        }

        if (UserReference.Parse(user, step.Turn.Mentions) is not { } target)
        {
            step.Send(ServiceTexts.Format(ServiceTexts.AdminUserUnclear, step.Culture, user ?? ""));
            return step.EndDialog();
        }

        var outcome = grant.Value
            ? await roles.GrantAsync(tenant, target.Id, target.Name, role.Value, step.Turn.User.Id, ct)
            : await roles.RevokeAsync(tenant, target.Id, role.Value, ct);
        step.Send(Describe(outcome, target.Name ?? target.Id, role.Value, step.Culture));
        return step.EndDialog();
    }

    private static string Describe(RoleChangeOutcome outcome, string who, WorkspaceRole role, CultureInfo culture)
    {
        var roleName = ServiceTexts.Get(role == WorkspaceRole.Admin ? ServiceTexts.AdminRoleAdmin : ServiceTexts.AdminRoleManager, culture);
        return outcome switch
        {
            RoleChangeOutcome.Granted => ServiceTexts.Format(ServiceTexts.AdminGranted, culture, who, roleName),
            RoleChangeOutcome.AlreadyHeld => ServiceTexts.Format(ServiceTexts.AdminAlreadyHeld, culture, who, roleName),
            RoleChangeOutcome.Revoked => ServiceTexts.Format(ServiceTexts.AdminRevoked, culture, who, roleName),
            RoleChangeOutcome.NotHeld => ServiceTexts.Format(ServiceTexts.AdminNotHeld, culture, who, roleName),
            RoleChangeOutcome.Configured => ServiceTexts.Format(
                ServiceTexts.AdminConfigured, culture, who, roleName, role == WorkspaceRole.Admin ? "FeedbackBot:Admins" : "FeedbackBot:Managers"),
            _ => ServiceTexts.Format(ServiceTexts.AdminLastAdmin, culture, who),
        };
    }

    private static string List(IReadOnlyList<RoleGrant> grants, CultureInfo culture)
    {
        var text = new StringBuilder(ServiceTexts.Get(ServiceTexts.AdminListTitle, culture)).Append('\n');
        foreach (var (role, key) in new[] { (WorkspaceRole.Admin, ServiceTexts.AdminListAdmins), (WorkspaceRole.Manager, ServiceTexts.AdminListManagers) })
        {
            var names = grants.Where(g => g.Role == role)
                .Select(g => g.FromConfiguration
                    ? ServiceTexts.Format(ServiceTexts.AdminListConfigured, culture, g.UserId)
                    : g.UserName is { } name ? $"{name} ({g.UserId})" : g.UserId)
                .ToList();
            text.Append(ServiceTexts.Get(key, culture)).Append(": ")
                .Append(names.Count == 0 ? ServiceTexts.Get(ServiceTexts.AdminListNone, culture) : string.Join(", ", names))
                .Append('\n');
        }

        text.Append('\n').Append(ServiceTexts.Get(ServiceTexts.AdminUsage, culture));
        return text.ToString();
    }
}

/// <summary>The text after <c>feedback-admin</c>.</summary>
public sealed record FeedbackAdminState(string? Argument);
