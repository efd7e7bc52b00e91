using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Staff's <c>feedback-request @customer [note]</c>, or the "Ask a customer for feedback" button
/// (help offers it, and every result offers the next one): creates a request for the interaction
/// just finished and asks the mentioned customer directly in this channel; the staff member gets
/// the survey link to share where the bot cannot reach the customer. Without a mention the bot asks
/// who it was with a small form (a people picker where the channel has one, a Slack modal; else a
/// typed @mention); a typed name (no mention) gets a link only.
/// </summary>
public sealed class FeedbackRequestDialog : WaterfallDialog<FeedbackRequestState>
{
    public const string DialogId = "feedback-request";

    /// <summary>A note is a line for the team, not a report.</summary>
    private const int MaxNoteLength = 500;

    private readonly FeedbackRequestDesk desk;
    private readonly VoteRules rules;

    public FeedbackRequestDialog(FeedbackRequestDesk desk, VoteRules rules)
        : base(DialogId)
    {
        this.desk = desk;
        this.rules = rules;
        AddStep(ReadMentionAsync);
        AddPrompt(AskWho, (state, name) => state with { CustomerName = name });
        AddStep(CreateAsync);
    }

    protected override FeedbackRequestState CreateInitialState(string? argument) => new() { Argument = argument };

    private static Task<StepResult> ReadMentionAsync(WaterfallStepContext<FeedbackRequestState> step, CancellationToken ct) =>
        Task.FromResult(step.Turn.Mentions is [var customer, ..]
            ? step.Next(step.State with { CustomerId = customer.Id, CustomerName = customer.Name ?? customer.Id, Note = NoteWithout(step.State.Argument, customer) })
            : step.Next());

    private static TextPrompt? AskWho(FeedbackRequestState state, CultureInfo culture) =>
        state.CustomerName is not null ? null : new TextPrompt(VoteTexts.Get(VoteTexts.RequestWhoQuestion, culture))
        {
            Card = new Card
            {
                Title = VoteTexts.Get(VoteTexts.RequestFormTitle, culture),
                Inputs =
                [
                    new PersonCardInput(PromptInputIds.Answer, VoteTexts.Get(VoteTexts.RequestWhoLabel, culture), VoteTexts.Get(VoteTexts.RequestWhoPlaceholder, culture)),
                    new TextCardInput(VoteIds.Note, VoteTexts.Get(VoteTexts.RequestNoteLabel, culture), MaxLength: MaxNoteLength, IsOptional: true),
                ],
                Buttons = [new CardButton(VoteTexts.Get(VoteTexts.RequestSubmit, culture), new Dictionary<string, string>(), ButtonStyle.Positive)],
            },
            RetryText = VoteTexts.Get(VoteTexts.RequestWhoRetry, culture),
        };

    private async Task<StepResult> CreateAsync(WaterfallStepContext<FeedbackRequestState> step, CancellationToken ct)
    {
        var state = step.State;
        if (state.CustomerId is null && step.Turn.Mentions is [var mentioned, ..])
        {
            state = state with { CustomerId = mentioned.Id, CustomerName = mentioned.Name ?? mentioned.Id };
        }

        if (step.Turn.Values.GetValueOrDefault(VoteIds.Note)?.Trim() is { Length: > 0 } note)
        {
            state = state with { Note = note.Length > MaxNoteLength ? note[..MaxNoteLength] : note };
        }

        var name = state.CustomerName!.TrimStart('@');
        var customer = state.CustomerId is { } id
            ? new FeedbackCustomer(id, name, Channel: step.Turn.Conversation.Channel, ChannelUserId: id)
            : new FeedbackCustomer("named:" + name.ToLowerInvariant(), name);
        var interaction = new NewInteraction(
            step.Turn.Tenant,
            "chat-" + Guid.NewGuid().ToString("N"),
            customer,
            new FeedbackAgent(step.Turn.User.Id, step.Turn.User.Name),
            Team: null,
            step.Time.GetUtcNow(),
            RequestedBy: step.Turn.User.Id,
            Note: state.Note);

        var result = await desk.CreateAsync(interaction, ct);
        step.Send(new Reply
        {
            Text = Describe(result, name, step.Culture),
            Card = new Card { Buttons = [new CardButton(VoteTexts.Get(VoteTexts.RequestAnotherButton, step.Culture), CardCommands.Data(VoteIds.FeedbackRequestCommand))] },
        });
        return step.EndDialog();
    }

    private string Describe(RequestResult result, string customer, CultureInfo culture) => result.Request.Skipped switch
    {
        RequestSkipReason.OptedOut => VoteTexts.Format(VoteTexts.RequestSkippedOptedOut, culture, customer),
        RequestSkipReason.RecentlyAsked => VoteTexts.Format(VoteTexts.RequestSkippedRecentlyAsked, culture, customer, (int)rules.AskInterval.TotalDays),
        RequestSkipReason.SampledOut => VoteTexts.Format(VoteTexts.RequestSkippedSampledOut, culture, customer, rules.SampleOneIn),
        _ => VoteTexts.Format(result.Delivered ? VoteTexts.RequestAsked : VoteTexts.RequestNotDelivered, culture, customer, result.Request.ExpiresAt, result.SurveyUrl),
    };

    private static string? NoteWithout(string? argument, ChatUser customer)
    {
        var note = argument ?? "";
        foreach (var form in new[] { "<@" + customer.Id + ">", "@" + customer.Name, customer.Name, "@" + customer.Id, customer.Id })
        {
            if (form is { Length: > 1 })
            {
                var at = note.IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    note = note.Remove(at, form.Length);
                    break;
                }
            }
        }

        return note.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }
}

/// <summary>The customer a staff member is asking, and their note.</summary>
public sealed record FeedbackRequestState
{
    public string? Argument { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public string? Note { get; init; }
}
