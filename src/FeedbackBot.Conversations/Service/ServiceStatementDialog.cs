using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// <c>service-statement [show | set [text] | history | elements [edit] | gap | invite]</c>.
/// Anyone may read; changes are for admins, checked before anything is asked or written. "set"
/// without text and "elements cover" without an element open a form (an Adaptive Card in Teams
/// and web chat, a modal in Slack).
/// </summary>
public sealed class ServiceStatementDialog : WaterfallDialog<ServiceStatementState>
{
    public const string DialogId = "service-statement";
    public const string Command = "service-statement";

    private readonly IServiceCatalogStore store;
    private readonly ServiceCatalog catalog;
    private readonly IWorkspaceRoles roles;
    private readonly DefinitionGapReport gap;
    private readonly FeedbackBotOptions options;

    public ServiceStatementDialog(
        IServiceCatalogStore store, ServiceCatalog catalog, IWorkspaceRoles roles, DefinitionGapReport gap, IOptions<FeedbackBotOptions> options)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.catalog = catalog;
        this.roles = roles;
        this.gap = gap;
        this.options = options.Value;
        AddStep(RouteAsync);
        AddPrompt(AskStatement, (state, text) => state with { Argument = text });
        AddPrompt(AskCoverage, (state, picked) => state with { Argument = string.Join(',', picked.Select(c => c.Value)) });
        AddStep(SaveFormAsync);
    }

    protected override ServiceStatementState CreateInitialState(string? argument) => new(argument);

    private TimeZoneInfo Zone => WorkspaceTime.Zone(options);

    private async Task<StepResult> RouteAsync(WaterfallStepContext<ServiceStatementState> step, CancellationToken ct)
    {
        var tenant = step.Turn.Tenant;
        var command = StatementCommand.Parse(step.State.Argument);
        switch (command.Action)
        {
            case StatementAction.Show:
                step.Send(StatementReplies.Statement(
                    await store.GetStatementAsync(tenant, ct), await store.GetElementsAsync(tenant, ct), Zone, step.Culture));
                return step.EndDialog();
            case StatementAction.History:
                step.Send(StatementReplies.History(await store.GetStatementHistoryAsync(tenant, 10, ct), Zone, step.Culture));
                return step.EndDialog();
            case StatementAction.Gap:
                step.Send(GapReply.Create(await gap.ComputeRecentAsync(tenant, ct), DefinitionGapReport.DefaultWeeks, step.Culture));
                return step.EndDialog();
            case StatementAction.Invite:
                step.Send(Invitation(step.Culture));
                return step.EndDialog();
            case StatementAction.Set:
                return await SetAsync(step, command.Rest, ct);
            case StatementAction.Elements:
                return await ElementsAsync(step, command.Rest, ct);
            default:
                step.Send(ServiceTexts.Get(ServiceTexts.StatementUsage, step.Culture));
                return step.EndDialog();
        }
    }

    private async Task<StepResult> SetAsync(WaterfallStepContext<ServiceStatementState> step, string? text, CancellationToken ct)
    {
        if (!await IsAdminAsync(step, ct))
        {
            return step.EndDialog();
        }

        if (text is null)
        {
            return step.Next(step.State with { Form = StatementForm.Statement, Argument = null });
        }

        if (text.Length > ServiceStatement.MaxLength)
        {
            step.Send(ServiceTexts.Format(ServiceTexts.StatementSetTooLong, step.Culture, ServiceStatement.MaxLength));
            return step.EndDialog();
        }

        await SaveStatementAsync(step, text, ct);
        return step.EndDialog();
    }

    private async Task<StepResult> ElementsAsync(WaterfallStepContext<ServiceStatementState> step, string? rest, CancellationToken ct)
    {
        var tenant = step.Turn.Tenant;
        var (word, arguments) = StatementCommand.SplitFirstWord(rest);
        if (!ElementCommands.IsEdit(word))
        {
            step.Send(StatementReplies.Elements(await store.GetElementsAsync(tenant, ct), step.Culture));
            return step.EndDialog();
        }

        if (!await IsAdminAsync(step, ct))
        {
            return step.EndDialog();
        }

        if (arguments is null && string.Equals(word, "cover", StringComparison.OrdinalIgnoreCase))
        {
            var active = (await store.GetElementsAsync(tenant, ct)).Where(e => !e.Retired);
            List<Choice> choices = [.. active.Select(e => new Choice(e.Id, ElementNames.Display(e, step.Culture)))];
            return step.Next(step.State with { Form = StatementForm.Coverage, CoverChoices = choices });
        }

        step.Send(await new ElementCommands(catalog).ApplyAsync(tenant, word!, arguments, step.Culture, ct));
        return step.EndDialog();
    }

    private static TextPrompt? AskStatement(ServiceStatementState state, CultureInfo culture) =>
        state.Form != StatementForm.Statement
            ? null
            : new TextPrompt(ServiceTexts.Get(ServiceTexts.StatementSetAsk, culture))
            {
                Card = new Card
                {
                    Title = ServiceTexts.Get(ServiceTexts.StatementTitle, culture),
                    Inputs = [new TextCardInput(PromptInputIds.Answer, ServiceTexts.Get(ServiceTexts.StatementSetLabel, culture), IsMultiline: true, MaxLength: ServiceStatement.MaxLength)],
                    Buttons = [new CardButton(ServiceTexts.Get(ServiceTexts.StatementSetSave, culture), new Dictionary<string, string>(), ButtonStyle.Positive)],
                },
                Validator = text => text.Length <= ServiceStatement.MaxLength,
                RetryText = ServiceTexts.Format(ServiceTexts.StatementSetTooLong, culture, ServiceStatement.MaxLength),
            };

    private static MultiChoicePrompt? AskCoverage(ServiceStatementState state, CultureInfo culture) =>
        state.Form != StatementForm.Coverage || state.CoverChoices is not { Count: > 0 } choices
            ? null
            : new MultiChoicePrompt(ServiceTexts.Get(ServiceTexts.ElementsCoverAsk, culture), choices)
            {
                Form = new FormDetails(InputLabel: ServiceTexts.Get(ServiceTexts.ElementsCoverLabel, culture)),
                RetryText = ServiceTexts.Get(ServiceTexts.ElementsCoverRetry, culture),
            };

    private async Task<StepResult> SaveFormAsync(WaterfallStepContext<ServiceStatementState> step, CancellationToken ct)
    {
        // Roles are checked again: the form may have been open while an admin was removed.
        if (!await IsAdminAsync(step, ct))
        {
            return step.EndDialog();
        }

        if (step.State.Form == StatementForm.Statement && step.State.Argument is { } text)
        {
            await SaveStatementAsync(step, text, ct);
        }
        else if (step.State.Form == StatementForm.Coverage)
        {
            var ids = (step.State.Argument ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            var edit = await catalog.EditElementsAsync(step.Turn.Tenant, list => ServiceElementEdits.SetCoverage(list, ids), ct);
            step.Send(edit.Outcome is ElementEditOutcome.Done or ElementEditOutcome.Unchanged
                ? ServiceTexts.Format(ServiceTexts.ElementsCoverDone, step.Culture, CoveredNames(edit.Elements, step.Culture))
                : ServiceTexts.Get(ServiceTexts.ElementsConflict, step.Culture));
        }

        return step.EndDialog();
    }

    private async Task SaveStatementAsync(WaterfallStepContext<ServiceStatementState> step, string text, CancellationToken ct)
    {
        var tenant = step.Turn.Tenant;
        var statement = new ServiceStatement(text.Trim(), step.Turn.User.Id, step.Time.GetUtcNow(), step.Turn.User.Name);
        await store.SetStatementAsync(tenant, statement, ct);
        step.Send(ServiceTexts.Get(ServiceTexts.StatementSetDone, step.Culture));
        step.Send(StatementReplies.Statement(statement, await store.GetElementsAsync(tenant, ct), Zone, step.Culture));
    }

    private async Task<bool> IsAdminAsync(WaterfallStepContext<ServiceStatementState> step, CancellationToken ct)
    {
        if (await roles.IsAdminAsync(step.Turn.Tenant, step.Turn.User.Id, ct))
        {
            return true;
        }

        step.Send(ServiceTexts.Get(ServiceTexts.StatementNotAdmin, step.Culture));
        return false;
    }

    private Turns.Reply Invitation(CultureInfo culture) =>
        Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl)
            ? Turns.Reply.FromText(ServiceTexts.Format(ServiceTexts.InviteLink, culture, new Uri(baseUrl, "/?start=" + DefinitionSurveyDialog.Command)))
            : Turns.Reply.FromText(ServiceTexts.Get(ServiceTexts.InviteNoLink, culture));

    private static string CoveredNames(IReadOnlyList<ServiceElement> elements, CultureInfo culture)
    {
        var covered = elements.Where(e => e.CoveredByStatement && !e.Retired).Select(e => ElementNames.Display(e, culture)).ToList();
        return covered.Count == 0 ? ServiceTexts.Get(ServiceTexts.ElementsCoverNothing, culture) : string.Join(", ", covered);
    }
}
