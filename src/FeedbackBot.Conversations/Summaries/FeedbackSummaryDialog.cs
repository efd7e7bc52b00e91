using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Workspace;

namespace FeedbackBot.Conversations.Summaries;

/// <summary>
/// <c>/feedback-summary [this week | last week | 2026-W47 | a date] [team]</c> and "weekly summary":
/// answers in one turn with the summary card, for managers of the turn's tenant only. It never
/// waits for an answer, so it ends in the turn it began.
/// </summary>
public sealed class FeedbackSummaryDialog(
    IWorkspaceRoles roles,
    SummaryCards cards,
    SummaryZone zone) : IDialog
{
    public const string DialogId = "feedback-summary";

    public string Id => DialogId;

    public async Task<DialogTurnResult> BeginAsync(DialogContext dialog, string? argument, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var turn = dialog.Turn;
        var culture = dialog.Culture;
        if (string.IsNullOrWhiteSpace(turn.Tenant))
        {
            return Say(dialog, SummaryTexts.Get(SummaryTexts.RefusedNoTenant, culture));
        }

        // The figures and comments are for managers only: checked on every request, for this tenant.
        if (!await roles.IsManagerAsync(turn.Tenant, turn.User.Id, ct).ConfigureAwait(false))
        {
            return Say(dialog, SummaryTexts.Get(SummaryTexts.RefusedNotManager, culture));
        }

        if (turn.IsGroup && !turn.RepliesArePrivate)
        {
            return Say(dialog, SummaryTexts.Get(SummaryTexts.RefusedGroup, culture));
        }

        var error = SummaryQueryParser.TryParse(argument, dialog.Time.GetUtcNow(), zone.Zone, out var query);
        if (error != SummaryQueryError.None || query is null)
        {
            var text = error == SummaryQueryError.FutureWeek
                ? SummaryTexts.Get(SummaryTexts.QueryFutureWeek, culture)
                : SummaryTexts.Format(SummaryTexts.QueryNoSuchWeek, culture, argument);
            return Say(dialog, text);
        }

        var card = await cards.CreateAsync(turn.Tenant, query, culture, ct).ConfigureAwait(false);
        dialog.Send(new Reply { Card = card });
        return DialogTurnResult.Ended(null);
    }

    // The dialog ends in the turn it begins, so the engine never hands it a later turn; these
    // answer defensively should a stale frame ever name it.
    public Task<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken ct) => Task.FromResult(DialogTurnResult.Ended(null));

    public Task<DialogTurnResult> ResumeAsync(DialogContext dialog, object? childResult, CancellationToken ct) => Task.FromResult(DialogTurnResult.Ended(null));

    public Task<DialogTurnResult> HelpAsync(DialogContext dialog, CancellationToken ct) => Task.FromResult(DialogTurnResult.Ended(null));

    public Task<DialogTurnResult> BackAsync(DialogContext dialog, CancellationToken ct) => Task.FromResult(DialogTurnResult.Ended(null));

    private static DialogTurnResult Say(DialogContext dialog, string text)
    {
        dialog.Send(Reply.FromText(text));
        return DialogTurnResult.Ended(null);
    }
}
