using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Prompts;

/// <summary>
/// Asks the user to pick one or more options, as a form (a multi-select input). Typed answers
/// list them by title, value, synonym or 1-based position, separated by commas, semicolons,
/// "and"/"und" or, for positions, spaces: "returns, shipping", "1 3", "Returns and 2".
/// The answer keeps the options' order and holds each once.
/// </summary>
public sealed record MultiChoicePrompt : Prompt<IReadOnlyList<Choice>>
{
    private static readonly string[] Conjunctions = ["and", "und"];

    public MultiChoicePrompt(string text, IReadOnlyList<Choice> choices)
        : base(text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            throw new ArgumentException("A multi-choice prompt needs at least one choice.", nameof(choices));
        }

        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; }

    public FormDetails? Form { get; init; }

    internal override bool RendersCard => true;

    internal override string Describe(IReadOnlyList<Choice> answer, CultureInfo culture) =>
        string.Join(", ", answer.Select(c => c.Title));

    private protected override Reply Render(string text, CultureInfo culture) =>
        ChoiceRendering.RenderForm(text, Choices, isMultiSelect: true, Form, culture);

    private protected override bool TryRecognize(ConversationTurn turn, CultureInfo culture, [MaybeNullWhen(false)] out IReadOnlyList<Choice> answer)
    {
        answer = turn.Values.TryGetValue(PromptInputIds.Answer, out var submitted)
            ? Pick(submitted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : Pick(TypedParts(turn.Text));
        return answer is { Count: > 0 };
    }

    /// <summary>The picked choices, or <c>null</c> when any part matches none.</summary>
    private List<Choice>? Pick(IEnumerable<string> parts)
    {
        var picked = new HashSet<Choice>();
        var normalized = parts.Select(AnswerText.Normalize).Where(p => p.Length > 0).ToList();
        for (var i = 0; i < normalized.Count; i++)
        {
            // A title may itself contain commas ("Returning calls, emails and tickets"): the
            // longest run of parts that names one option wins.
            var run = LongestTitleRun(normalized, i);
            if (run is not null)
            {
                picked.Add(run.Value.Choice);
                i = run.Value.End;
                continue;
            }

            var part = normalized[i];
            // A whole part first: a title may itself contain "and".
            var found = MatchPart(part) ?? SplitOnConjunctions(part).Select(MatchPart).Aggregate(
                (IEnumerable<Choice>?)[], (all, next) => all is null || next is null ? null : all.Concat(next));
            if (found is null)
            {
                return null;
            }

            picked.UnionWith(found);
        }

        return [.. Choices.Where(picked.Contains)];
    }

    private (Choice Choice, int End)? LongestTitleRun(List<string> parts, int start)
    {
        for (var end = parts.Count - 1; end > start; end--)
        {
            if (Choices.FirstOrDefault(c => c.Matches(string.Join(' ', parts.Skip(start).Take(end - start + 1)))) is { } match)
            {
                return (match, end);
            }
        }

        return null;
    }

    private IEnumerable<Choice>? MatchPart(string normalized) =>
        Match(normalized) is { } match ? [match] : Positions(normalized);

    private static IEnumerable<string> SplitOnConjunctions(string normalized)
    {
        var current = new List<string>();
        foreach (var word in normalized.Split(' '))
        {
            if (Conjunctions.Contains(word, StringComparer.Ordinal))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }
            else
            {
                current.Add(word);
            }
        }

        yield return string.Join(' ', current);
    }

    private Choice? Match(string normalized)
    {
        var match = Choices.FirstOrDefault(c => c.Matches(normalized));
        return match ?? (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= Choices.Count ? Choices[position - 1] : null);
    }

    /// <summary>"1 3": several positions separated by spaces.</summary>
    private List<Choice>? Positions(string normalized)
    {
        var found = new List<Choice>();
        foreach (var word in normalized.Split(' '))
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1 || position > Choices.Count)
            {
                return null;
            }

            found.Add(Choices[position - 1]);
        }

        return found;
    }

    private static string[] TypedParts(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';', '&', '+', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
