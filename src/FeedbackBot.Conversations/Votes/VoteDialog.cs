using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// The customer's side of a feedback request: "How was your experience with {agent} today?" with
/// HIT and MISS (no neutral), then why (MISS: what should we have done differently, and which
/// service element; HIT: what made it work), both optional, then thanks. Begun by a vote button, a
/// proactive request, or the chat page opened from a link; every button carries the signed ticket,
/// so a click on an old card still counts (and a second click replaces the first vote).
/// </summary>
public sealed partial class VoteDialog : WaterfallDialog<VoteState>
{
    public const string DialogId = "vote";

    private readonly VoteDesk desk;
    private readonly VoteElements elements;
    private readonly ILogger<VoteDialog> logger;

    public VoteDialog(VoteDesk desk, VoteElements elements, ILogger<VoteDialog> logger)
        : base(DialogId)
    {
        this.desk = desk;
        this.elements = elements;
        this.logger = logger;
        AddStep(OpenAsync);
        AddPrompt(AskVerdict, (state, choice) => state with { Verdict = choice.Value });
        AddStep(RecordAsync);
        AddPrompt(AskWhy, (state, comment) => state with { Comment = comment });
        AddPrompt(AskElement, (state, choice) => state with { ElementId = choice.Value });
        AddStep(SaveDetailsAsync);
    }

    protected override VoteState CreateInitialState(string? argument) => new("");

    protected override string? GetHelpText(VoteState state, CultureInfo culture) => VoteTexts.Get(VoteTexts.VoteHelp, culture);

    private async Task<StepResult> OpenAsync(WaterfallStepContext<VoteState> step, CancellationToken ct)
    {
        var token = step.Turn.Values.GetValueOrDefault(VoteIds.Ticket);
        var status = desk.ReadTicket(token, out var ticket);
        if (status == SurveyTokenStatus.Expired)
        {
            step.Send(VoteTexts.Get(VoteTexts.VoteExpired, step.Culture));
            return step.EndDialog();
        }

        var found = status == SurveyTokenStatus.Valid ? await desk.FindAsync(ticket!, ct) : null;
        if (found is not { } opened)
        {
            step.Send(VoteTexts.Get(VoteTexts.VoteInvalid, step.Culture));
            return step.EndDialog();
        }

        var clicked = VoteIds.ParseVerdict(step.Turn.Values.GetValueOrDefault(PromptInputIds.Answer));
        var isReminder = step.Turn.Values.ContainsKey(VoteIds.Reminder);

        // Opened from the link's page after a one-click vote: go straight to why.
        var existing = clicked is null && step.Turn.Values.ContainsKey(VoteIds.Why) ? opened.Vote : null;
        return step.Next(new VoteState(token!)
        {
            AgentName = opened.Request.Agent.Name,
            Verdict = clicked is { } verdict ? Value(verdict) : existing is not null ? Value(existing.Verdict) : null,
            Recorded = existing is not null,
            Reminder = isReminder,
        });
    }

    private static ChoicePrompt? AskVerdict(VoteState state, CultureInfo culture)
    {
        if (state.Verdict is not null)
        {
            return null;
        }

        var question = state.AgentName is { Length: > 0 } agent
            ? VoteTexts.Format(VoteTexts.VoteQuestion, culture, agent)
            : VoteTexts.Get(VoteTexts.VoteQuestionNoAgent, culture);
        if (state.Reminder)
        {
            question = VoteTexts.Get(VoteTexts.VoteReminder, culture) + "\n\n" + question;
        }

        return new ChoicePrompt(question, VerdictChoices(culture))
        {
            Style = ChoiceStyle.CardButtons,
            ButtonData = CardCommands.Data(VoteIds.VoteCommand, (VoteIds.Ticket, state.Ticket)),
            RetryText = VoteTexts.Get(VoteTexts.VoteRetry, culture) + "\n\n" + question,
            HelpText = VoteTexts.Get(VoteTexts.VoteHelp, culture),
        };
    }

    private async Task<StepResult> RecordAsync(WaterfallStepContext<VoteState> step, CancellationToken ct)
    {
        var state = step.State;
        if (state.Recorded)
        {
            return step.Next(await WithElementsAsync(state, step, ct));
        }

        if (desk.ReadTicket(state.Ticket, out var ticket) is var status && status != SurveyTokenStatus.Valid)
        {
            step.Send(VoteTexts.Get(status == SurveyTokenStatus.Expired ? VoteTexts.VoteExpired : VoteTexts.VoteInvalid, step.Culture));
            return step.EndDialog();
        }

        var verdict = VoteIds.ParseVerdict(state.Verdict)!.Value;
        VoteOutcome outcome;
        try
        {
            outcome = await desk.VoteAsync(ticket!, verdict, step.Turn.Conversation.Channel, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Not stored, so not acknowledged: the customer is told to try again.
            LogVoteFailed(logger, ex);
            step.Send(VoteTexts.Get(VoteTexts.VoteSaveFailed, step.Culture));
            return step.CancelAllDialogs();
        }

        switch (outcome.Status)
        {
            case VoteStatus.Accepted:
                ShowAnswer(step, verdict, outcome.Replaced);
                return step.Next(await WithElementsAsync(state with { Recorded = true, Comment = null, ElementId = null }, step, ct));
            case VoteStatus.Expired:
                step.Send(VoteTexts.Get(VoteTexts.VoteExpired, step.Culture));
                return step.EndDialog();
            default:
                step.Send(VoteTexts.Get(VoteTexts.VoteInvalid, step.Culture));
                return step.EndDialog();
        }
    }

    private static OptionalTextPrompt AskWhy(VoteState state, CultureInfo culture) =>
        new(VoteTexts.Get(state.Verdict == VoteIds.Miss ? VoteTexts.VoteWhyMiss : VoteTexts.VoteWhyHit, culture), SkipChoice(culture))
        {
            HelpText = VoteTexts.Get(VoteTexts.VoteHelp, culture),
        };

    private static ChoicePrompt? AskElement(VoteState state, CultureInfo culture)
    {
        if (state.Verdict != VoteIds.Miss || state.Elements.Count == 0)
        {
            return null;
        }

        Choice[] choices =
        [
            .. state.Elements.Select(e => new Choice(e.Id, e.Name)),
            new(VoteIds.OtherElement, VoteTexts.Get(VoteTexts.VoteElementOther, culture)),
            SkipChoice(culture),
        ];
        return new ChoicePrompt(VoteTexts.Get(VoteTexts.VoteElementQuestion, culture), choices);
    }

    private async Task<StepResult> SaveDetailsAsync(WaterfallStepContext<VoteState> step, CancellationToken ct)
    {
        var state = step.State;
        var comment = state.Comment is { Length: > 0 } text ? text : null;
        var element = state.ElementId is { } id && state.Elements.Any(e => e.Id == id) ? id : null;
        if ((comment is not null || element is not null) && desk.ReadTicket(state.Ticket, out var ticket) == SurveyTokenStatus.Valid)
        {
            try
            {
                await desk.AddDetailsAsync(ticket!, comment, element, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                LogVoteFailed(logger, ex);
                step.Send(VoteTexts.Get(VoteTexts.VoteSaveFailed, step.Culture));
                return step.CancelAllDialogs();
            }
        }

        step.Send(VoteTexts.Get(VoteTexts.VoteThanks, step.Culture));
        step.Send(new Reply
        {
            Card = new Card
            {
                Text = VoteTexts.Get(VoteTexts.VoteOptions, step.Culture),
                Buttons =
                [
                    new CardButton(VoteTexts.Get(VoteTexts.VoteStopAsking, step.Culture), CardCommands.Data(VoteIds.StopAskingCommand, (VoteIds.Ticket, state.Ticket))),
                    new CardButton(VoteTexts.Get(VoteTexts.VoteForgetMe, step.Culture), CardCommands.Data(VoteIds.ForgetMeCommand, (VoteIds.Ticket, state.Ticket)), ButtonStyle.Destructive),
                ],
            },
        });
        return step.EndDialog();
    }

    /// <summary>The clicked card (if the click came from one) is replaced by the answer, so it shows what counts; otherwise a message says it.</summary>
    private static void ShowAnswer(WaterfallStepContext<VoteState> step, Verdict verdict, bool replaced)
    {
        var title = VerdictTitle(verdict, step.Culture);
        if (step.Turn.SourceMessageId is { Length: > 0 } messageId && step.Turn.Values.ContainsKey(PromptInputIds.Answer))
        {
            step.Update(messageId, new Reply
            {
                Card = new Card
                {
                    Text = step.State.AgentName is { Length: > 0 } agent
                        ? VoteTexts.Format(VoteTexts.VoteQuestion, step.Culture, agent)
                        : VoteTexts.Get(VoteTexts.VoteQuestionNoAgent, step.Culture),
                    Facts = [new CardFact(VoteTexts.Get(VoteTexts.VoteYourAnswer, step.Culture), title)],
                    Buttons = [.. VerdictChoices(step.Culture).Select(c => new CardButton(c.Title, ButtonData(step.State.Ticket, c.Value)))],
                },
            });
        }

        step.Send(VoteTexts.Format(replaced ? VoteTexts.VoteReplaced : VoteTexts.VoteRecorded, step.Culture, title));
    }

    private async Task<VoteState> WithElementsAsync(VoteState state, WaterfallStepContext<VoteState> step, CancellationToken ct)
    {
        if (state.Verdict != VoteIds.Miss || desk.ReadTicket(state.Ticket, out var ticket) != SurveyTokenStatus.Valid)
        {
            return state;
        }

        var offered = await elements.OfferedAsync(ticket!.Tenant, ct);
        return state with { Elements = [.. offered.Select(e => new VoteElementChoice(e.Id, VoteElements.NameOf(e, step.Culture)))] };
    }

    private static Dictionary<string, string> ButtonData(string ticket, string answer) =>
        new(CardCommands.Data(VoteIds.VoteCommand, (VoteIds.Ticket, ticket), (PromptInputIds.Answer, answer)), StringComparer.Ordinal);

    private static Choice[] VerdictChoices(CultureInfo culture) =>
    [
        new(VoteIds.Hit, VoteTexts.Get(VoteTexts.VoteHit, culture)) { Synonyms = ["👍", "good", "great", "yes", "gut", "super", "treffer"] },
        new(VoteIds.Miss, VoteTexts.Get(VoteTexts.VoteMiss, culture)) { Synonyms = ["👎", "bad", "no", "meh", "ok", "okay", "schlecht", "daneben"] },
    ];

    private static Choice SkipChoice(CultureInfo culture) =>
        new(VoteIds.Skip, VoteTexts.Get(VoteTexts.VoteSkip, culture)) { Synonyms = ["skip", "no", "nein", "überspringen", "-"] };

    private static string VerdictTitle(Verdict verdict, CultureInfo culture) =>
        VoteTexts.Get(verdict == Verdict.Hit ? VoteTexts.VoteHit : VoteTexts.VoteMiss, culture);

    private static string Value(Verdict verdict) => verdict == Verdict.Hit ? VoteIds.Hit : VoteIds.Miss;

    [LoggerMessage(Level = LogLevel.Error, Message = "A vote could not be stored; the customer was asked to try again")]
    private static partial void LogVoteFailed(ILogger logger, Exception exception);
}
