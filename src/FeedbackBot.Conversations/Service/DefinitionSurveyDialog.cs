using System.Text.Json;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Service;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// The customers' definition survey (<c>service-survey</c>): each active element ranked crucial /
/// important / nice to have / not important, then "what does excellent service mean to you?".
/// The questions depend on the workspace's element list, so this is a dialog of its own rather
/// than a fixed waterfall. Every answer is saved at once as an unfinished set, so "stop", a closed
/// browser or an expired conversation loses nothing: starting again resumes at the first
/// unranked element. A customer has one set per quarter; answering again replaces it.
/// </summary>
public sealed class DefinitionSurveyDialog(ISurveyAnswerStore answers, IServiceCatalogStore catalog, IOptions<FeedbackBotOptions> options, TimeProvider time) : IDialog
{
    public const string DialogId = "service-survey";
    public const string Command = "service-survey";

    public string Id => DialogId;

    public async Task<DialogTurnResult> BeginAsync(DialogContext dialog, string? argument, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var turn = dialog.Turn;
        var quarter = Quarter.FromInstant(time.GetUtcNow(), WorkspaceTime.Zone(options.Value));
        var elements = (await catalog.GetElementsAsync(turn.Tenant, ct).ConfigureAwait(false))
            .Where(e => !e.Retired)
            .Select(e => new SurveyElement(e.Id, e.Name, e.IsDefaultName))
            .ToList();
        if (elements.Count == 0)
        {
            dialog.Send(Reply.FromText(ServiceTexts.Get(ServiceTexts.SurveyNoElements, dialog.Culture)));
            return DialogTurnResult.Ended(null);
        }

        var fresh = new SurveyState(quarter.ToString(), elements, new Dictionary<string, ElementImportance>(), SurveyStep.Rank, 0);
        var existing = await answers.FindAsync(turn.Tenant, quarter, turn.User.Id, ct).ConfigureAwait(false);
        if (existing is { Completed: true })
        {
            return Ask(dialog, fresh with { Step = SurveyStep.ConfirmRetake, PreviouslyAnsweredAt = existing.UpdatedAt }, retries: 0);
        }

        var kept = existing?.Rankings.Where(r => elements.Any(e => e.Id == r.Key)).ToDictionary() ?? [];
        if (kept.Count > 0)
        {
            dialog.Send(Reply.FromText(ServiceTexts.Format(ServiceTexts.SurveyResume, dialog.Culture, kept.Count, elements.Count)));
            return Ask(dialog, Advance(fresh with { Rankings = kept }), retries: 0);
        }

        dialog.Send(Reply.FromText(ServiceTexts.Format(ServiceTexts.SurveyIntro, dialog.Culture, elements.Count)));
        return Ask(dialog, fresh, retries: 0);
    }

    public async Task<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var state = Read(dialog.Frame);
        switch (state.Step)
        {
            case SurveyStep.ConfirmRetake when SurveyPrompts.Retake(dialog.Culture, default).TryAccept(dialog.Turn, dialog.Culture, out var again):
                if (!again)
                {
                    dialog.Send(Reply.FromText(ServiceTexts.Get(ServiceTexts.SurveyRetakeKept, dialog.Culture)));
                    return DialogTurnResult.Ended(null);
                }

                dialog.Send(Reply.FromText(ServiceTexts.Format(ServiceTexts.SurveyIntro, dialog.Culture, state.Elements.Count)));
                return Ask(dialog, state with { Step = SurveyStep.Rank, Index = 0, PreviouslyAnsweredAt = null }, retries: 0);

            case SurveyStep.Rank when SurveyPrompts.Rank(state, dialog.Culture).TryAccept(dialog.Turn, dialog.Culture, out var choice):
                var rankings = new Dictionary<string, ElementImportance>(state.Rankings)
                {
                    [state.Elements[state.Index].Id] = Enum.Parse<ElementImportance>(choice.Value),
                };
                var ranked = state with { Rankings = rankings };
                await SaveAsync(dialog, ranked, text: null, completed: false, ct).ConfigureAwait(false);
                return Ask(dialog, Advance(ranked), retries: 0);

            case SurveyStep.Text when SurveyPrompts.Text(dialog.Culture).TryAccept(dialog.Turn, dialog.Culture, out var text):
                await SaveAsync(dialog, state, SurveyPrompts.IsSkip(text) ? null : text, completed: true, ct).ConfigureAwait(false);
                dialog.Send(Reply.FromText(ServiceTexts.Get(ServiceTexts.SurveyThanks, dialog.Culture)));
                return DialogTurnResult.Ended(null);
        }

        var prompt = SurveyPrompts.For(state, dialog.Culture);
        if (dialog.Frame.Retries >= prompt.MaxRetries)
        {
            // Too many answers we could not read: pause rather than fail, since the answers so
            // far are saved and the customer can pick up again.
            dialog.Send(Reply.FromText(ServiceTexts.Get(ServiceTexts.SurveyPaused, dialog.Culture)));
            return DialogTurnResult.Ended(null);
        }

        dialog.Send(Render(prompt.RenderRetry(dialog.Culture) ?? prompt.Render(dialog.Culture), state, dialog));
        return DialogTurnResult.Waiting(dialog.Frame with { Retries = dialog.Frame.Retries + 1 });
    }

    public Task<DialogTurnResult> ResumeAsync(DialogContext dialog, object? childResult, CancellationToken ct) =>
        throw new DialogStateException($"Dialog '{DialogId}' starts no child dialogs.");

    public Task<DialogTurnResult> HelpAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var state = Read(dialog.Frame);
        dialog.Send(Reply.FromText(ServiceTexts.Get(ServiceTexts.SurveyRankHelp, dialog.Culture)));
        return Task.FromResult(Ask(dialog, state, dialog.Frame.Retries));
    }

    public Task<DialogTurnResult> BackAsync(DialogContext dialog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var state = Read(dialog.Frame);
        if (state.Step == SurveyStep.Text)
        {
            return Task.FromResult(Ask(dialog, state with { Step = SurveyStep.Rank, Index = state.Elements.Count - 1 }, retries: 0));
        }

        if (state.Step == SurveyStep.Rank && state.Index > 0)
        {
            return Task.FromResult(Ask(dialog, state with { Index = state.Index - 1 }, retries: 0));
        }

        dialog.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.CannotGoBack, dialog.Culture)));
        return Task.FromResult(Ask(dialog, state, dialog.Frame.Retries));
    }

    /// <summary>The next element not yet ranked after the current one, else (all ranked) the free-text question.</summary>
    private static SurveyState Advance(SurveyState state)
    {
        for (var offset = 0; offset < state.Elements.Count; offset++)
        {
            var index = (state.Index + offset) % state.Elements.Count;
            if (!state.Rankings.ContainsKey(state.Elements[index].Id))
            {
                return state with { Step = SurveyStep.Rank, Index = index };
            }
        }

        return state with { Step = SurveyStep.Text };
    }

    private DialogTurnResult Ask(DialogContext dialog, SurveyState state, int retries)
    {
        dialog.Send(Render(SurveyPrompts.For(state, dialog.Culture).Render(dialog.Culture), state, dialog));
        return DialogTurnResult.Waiting(new DialogFrame(Id, (int)state.Step, JsonSerializer.SerializeToElement(state, DialogJson.Options), retries, AwaitingAnswer: true));
    }

    /// <summary>The free-text question offers a skip button besides the text box.</summary>
    private static Reply Render(Reply reply, SurveyState state, DialogContext dialog) =>
        state.Step == SurveyStep.Text ? reply with { Choices = [SurveyPrompts.Skip(dialog.Culture)] } : reply;

    private async Task SaveAsync(DialogContext dialog, SurveyState state, string? text, bool completed, CancellationToken ct)
    {
        var set = new SurveyAnswerSet(
            dialog.Turn.Tenant, dialog.Turn.User.Id, Quarter.Parse(state.Quarter), state.Rankings, text?.Trim(), completed, time.GetUtcNow());
        await answers.SaveAsync(set, ct).ConfigureAwait(false);
    }

    private static SurveyState Read(DialogFrame frame)
    {
        try
        {
            return frame.State?.Deserialize<SurveyState>(DialogJson.Options)
                ?? throw new DialogStateException($"Dialog '{DialogId}' has no stored state.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateException($"Dialog '{DialogId}' cannot read its stored state.", ex);
        }
    }
}
