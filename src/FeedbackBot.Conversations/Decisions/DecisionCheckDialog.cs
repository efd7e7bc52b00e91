using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Decisions;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Decisions;

/// <summary>
/// <c>/decision-check [what you are about to decide]</c> (PRODUCT.md section 1): the decision, the
/// service elements it touches, the predicted reaction (HIT or MISS, never neutral) and why, the
/// value and what it is, whether customers were asked (with what the bot already knows), and
/// whether it honours the service statement; then the result card. Every question is a form
/// (one card per question; one Slack modal for the whole check) that also takes typed answers.
/// <c>/decision-check list</c> shows the caller's recent checks instead.
/// </summary>
public sealed class DecisionCheckDialog : WaterfallDialog<DecisionCheckState>
{
    public const string DialogId = "decision-check";
    public const string Command = "decision-check";

    /// <summary>Longest decision text kept (it is shown on cards and in summaries).</summary>
    public const int MaxDecisionLength = 500;

    /// <summary>Longest free-text answer kept.</summary>
    public const int MaxAnswerLength = 1000;

    private const string OtherValue = "other";
    private const string HitValue = "hit";
    private const string MissValue = "miss";

    private readonly IDecisionLog log;
    private readonly IServiceCatalogStore catalog;
    private readonly DecisionEvidenceSource evidence;
    private readonly FeedbackBotOptions options;

    public DecisionCheckDialog(IDecisionLog log, IServiceCatalogStore catalog, DecisionEvidenceSource evidence, IOptions<FeedbackBotOptions> options)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.log = log;
        this.catalog = catalog;
        this.evidence = evidence;
        this.options = options.Value;

        AddStep(StartAsync);
        AddPrompt(AskDecision, (state, decision) => state with { Decision = decision });
        AddPrompt(AskElements, (state, picked) => state with
        {
            Elements = [.. picked.Where(c => c.Value != OtherValue).Select(c => c.Value)],
            OtherChosen = picked.Any(c => c.Value == OtherValue),
            OtherElement = null,
        });
        AddPrompt(AskOtherElement, (state, other) => state with { OtherElement = other });
        AddStep(LoadEvidenceAsync);
        AddPrompt(AskReaction, (state, choice) => state with { Reaction = choice.Value == HitValue ? Verdict.Hit : Verdict.Miss });
        AddPrompt(AskReactionReason, (state, why) => state with { ReactionReason = why });
        AddPrompt(AskValue, (state, yes) => state with { FindsValue = yes });
        AddPrompt(AskValueReason, (state, what) => state with { ValueReason = what });
        AddPrompt(AskCustomersAsked, (state, yes) => state with { CustomersAsked = yes });
        AddPrompt(AskHonours, (state, yes) => state with { Honours = yes });
        AddStep(SaveAsync);
    }

    protected override DecisionCheckState CreateInitialState(string? argument)
    {
        var text = argument?.Trim();
        if (DecisionList.IsListCommand(text))
        {
            return new DecisionCheckState { ShowList = true };
        }

        // A decision too long for the card is asked again rather than cut.
        return new DecisionCheckState { Decision = text is { Length: > 0 and <= MaxDecisionLength } ? text : null };
    }

    protected override string? GetHelpText(DecisionCheckState state, CultureInfo culture) => DecisionTexts.Get(DecisionTexts.Help, culture);

    private async Task<StepResult> StartAsync(WaterfallStepContext<DecisionCheckState> step, CancellationToken ct)
    {
        if (step.State.ShowList)
        {
            var mine = await log.ListByOwnerAsync(step.Turn.Tenant, step.Turn.User.Id, DecisionList.MaxShown, ct).ConfigureAwait(false);
            step.Send(DecisionList.Render(mine, step.Culture));
            return step.EndDialog();
        }

        var elements = await catalog.GetElementsAsync(step.Turn.Tenant, ct).ConfigureAwait(false);
        var statement = await catalog.GetStatementAsync(step.Turn.Tenant, ct).ConfigureAwait(false);
        var now = step.Time.GetUtcNow();
        return step.Next(step.State with
        {
            Id = DecisionIds.New(now),
            StartedAt = now,
            CatalogLoaded = true,
            ElementOptions = [.. elements.Where(e => !e.Retired).Select(e => new ElementOption(e.Id, e.Name, e.IsDefaultName))],
            Statement = string.IsNullOrWhiteSpace(statement?.Text) ? null : statement.Text,
        });
    }

    private static TextPrompt? AskDecision(DecisionCheckState state, CultureInfo culture) =>
        state.Decision is not null ? null : new TextPrompt(DecisionTexts.Get(DecisionTexts.DecisionAsk, culture))
        {
            Card = TextForm(DecisionTexts.DecisionLabel, MaxDecisionLength, culture),
            Validator = text => text.Length <= MaxDecisionLength,
            RetryText = DecisionTexts.Format(DecisionTexts.DecisionTooLong, culture, MaxDecisionLength),
            HelpText = DecisionTexts.Get(DecisionTexts.DecisionHelp, culture),
        };

    private static MultiChoicePrompt AskElements(DecisionCheckState state, CultureInfo culture) =>
        new(DecisionTexts.Get(DecisionTexts.ElementsAsk, culture),
            [.. state.ElementOptions.Select(e => ElementChoice(e, culture)), new Choice(OtherValue, DecisionTexts.Get(DecisionTexts.ElementsOther, culture)) { Synonyms = ["other", "andere", "sonstiges"] }])
        {
            Form = new FormDetails(Titled(culture), DecisionTexts.Get(DecisionTexts.ElementsLabel, culture)),
            HelpText = DecisionTexts.Get(DecisionTexts.ElementsHelp, culture),
        };

    /// <summary>A seeded element shows in the user's language and is understood in English and German.</summary>
    private static Choice ElementChoice(ElementOption element, CultureInfo culture) =>
        !element.IsDefaultName ? new Choice(element.Id, element.Name) : new Choice(element.Id, DecisionTexts.ElementName(element.Id, culture) ?? element.Name)
        {
            Synonyms = [element.Name, .. SupportedCultures.All.Select(c => DecisionTexts.ElementName(element.Id, c)).OfType<string>()],
        };

    private static TextPrompt? AskOtherElement(DecisionCheckState state, CultureInfo culture) =>
        !state.OtherChosen ? null : FreeText(DecisionTexts.Get(DecisionTexts.OtherAsk, culture), DecisionTexts.OtherLabel, culture);

    private async Task<StepResult> LoadEvidenceAsync(WaterfallStepContext<DecisionCheckState> step, CancellationToken ct)
    {
        var touched = step.State.ElementOptions
            .Where(e => step.State.Elements?.Contains(e.Id) == true)
            .Select(e => e with { Name = e.IsDefaultName ? DecisionTexts.ElementName(e.Id, step.Culture) ?? e.Name : e.Name })
            .ToList();
        var found = await evidence.ForAsync(step.Turn.Tenant, touched, ct).ConfigureAwait(false);
        return step.Next(step.State with { Evidence = found });
    }

    private static ChoicePrompt AskReaction(DecisionCheckState state, CultureInfo culture) =>
        new(DecisionTexts.Get(DecisionTexts.ReactionAsk, culture),
            [
                new Choice(HitValue, DecisionTexts.Get(DecisionTexts.VerdictHit, culture)) { Synonyms = ["👍", "positive", "positiv"] },
                new Choice(MissValue, DecisionTexts.Get(DecisionTexts.VerdictMiss, culture)) { Synonyms = ["👎", "negative", "negativ"] },
            ])
        {
            Style = ChoiceStyle.Form,
            Form = new FormDetails(Titled(culture), DecisionTexts.Get(DecisionTexts.ReactionLabel, culture)),
            HelpText = DecisionTexts.Get(DecisionTexts.ReactionHelp, culture),
        };

    private static TextPrompt AskReactionReason(DecisionCheckState state, CultureInfo culture) =>
        FreeText(DecisionTexts.Format(DecisionTexts.ReactionWhyAsk, culture, DecisionFormat.Verdict(state.Reaction ?? Verdict.Miss, culture)), DecisionTexts.ReactionWhyLabel, culture);

    private static ConfirmPrompt AskValue(DecisionCheckState state, CultureInfo culture) =>
        YesNo(DecisionTexts.Get(DecisionTexts.ValueAsk, culture), DecisionTexts.ValueLabel, Titled(culture), culture);

    private static TextPrompt AskValueReason(DecisionCheckState state, CultureInfo culture) =>
        FreeText(DecisionTexts.Get(state.FindsValue == true ? DecisionTexts.ValueWhatAskYes : DecisionTexts.ValueWhatAskNo, culture), DecisionTexts.ValueWhatLabel, culture);

    private static ConfirmPrompt AskCustomersAsked(DecisionCheckState state, CultureInfo culture) =>
        YesNo(DecisionTexts.Get(DecisionTexts.AskedAsk, culture), DecisionTexts.AskedLabel, DecisionFormat.EvidenceCard(state.Evidence ?? [], culture), culture);

    private static ConfirmPrompt? AskHonours(DecisionCheckState state, CultureInfo culture) =>
        state.Statement is null ? null : YesNo(
            DecisionTexts.Get(DecisionTexts.HonoursAsk, culture),
            DecisionTexts.HonoursLabel,
            new Card { Title = DecisionTexts.Get(DecisionTexts.StatementTitle, culture), Text = state.Statement },
            culture);

    private async Task<StepResult> SaveAsync(WaterfallStepContext<DecisionCheckState> step, CancellationToken ct)
    {
        var state = step.State;
        var now = step.Time.GetUtcNow();
        var record = new DecisionRecord
        {
            Tenant = step.Turn.Tenant,
            Id = state.Id ?? throw new InvalidOperationException("The decision check has no id."),
            OwnerId = step.Turn.User.Id,
            OwnerName = step.Turn.User.Name,
            Channel = step.Turn.Conversation.Channel,
            ConversationId = step.Turn.Conversation.ConversationId,
            Locale = step.Turn.Locale,
            Decision = state.Decision!,
            Elements = state.Elements ?? [],
            OtherElement = state.OtherElement,
            PredictedReaction = state.Reaction!.Value,
            ReactionReason = state.ReactionReason!,
            FindsValue = state.FindsValue!.Value,
            ValueReason = state.ValueReason!,
            CustomersAsked = state.CustomersAsked!.Value,
            Evidence = state.Evidence ?? [],
            Statement = state.Statement,
            HonoursStatement = state.Statement is null ? null : state.Honours,
            CreatedAt = state.StartedAt!.Value,
            FollowUpDueAt = now.AddDays(options.DecisionFollowUpDays),
        };

        // False when this turn already stored it on a first attempt that lost a state-write race.
        await log.AddAsync(record, ct).ConfigureAwait(false);
        step.Send(DecisionTexts.Get(DecisionTexts.Saved, step.Culture));
        step.Send(new Reply { Card = DecisionCard.Render(record, step.Turn.IsGroup, step.Culture), Shared = true });
        return step.EndDialog(record.Id);
    }

    private static Card Titled(CultureInfo culture) => new() { Title = DecisionTexts.Get(DecisionTexts.FormTitle, culture) };

    private static Card TextForm(string labelKey, int maxLength, CultureInfo culture) => Titled(culture) with
    {
        Inputs = [new TextCardInput(PromptInputIds.Answer, DecisionTexts.Get(labelKey, culture), IsMultiline: true, MaxLength: maxLength)],
        Buttons = [new CardButton(ConversationTexts.Get(ConversationTexts.Submit, culture), new Dictionary<string, string>(), ButtonStyle.Positive)],
    };

    private static TextPrompt FreeText(string question, string labelKey, CultureInfo culture) => new(question)
    {
        Card = TextForm(labelKey, MaxAnswerLength, culture),
        Validator = text => text.Length <= MaxAnswerLength,
        RetryText = DecisionTexts.Format(DecisionTexts.DecisionTooLong, culture, MaxAnswerLength),
    };

    private static ConfirmPrompt YesNo(string question, string labelKey, Card details, CultureInfo culture) => new(question)
    {
        Style = ChoiceStyle.Form,
        Form = new FormDetails(details, DecisionTexts.Get(labelKey, culture)),
    };
}
