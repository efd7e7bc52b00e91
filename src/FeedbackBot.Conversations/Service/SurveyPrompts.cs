using System.Globalization;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>The survey's questions, rebuilt from its state whenever needed.</summary>
internal static class SurveyPrompts
{
    /// <summary>A value the free-text question takes as "no answer".</summary>
    public const string SkipValue = "skip";

    private static readonly string[] SkipWords = [SkipValue, "überspringen", "ueberspringen", "skip it", "no"];

    public static Prompt For(SurveyState state, CultureInfo culture) => state.Step switch
    {
        SurveyStep.ConfirmRetake => Retake(culture, state.PreviouslyAnsweredAt ?? DateTimeOffset.MinValue),
        SurveyStep.Rank => Rank(state, culture),
        _ => Text(culture),
    };

    public static ConfirmPrompt Retake(CultureInfo culture, DateTimeOffset answeredAt) =>
        new(ServiceTexts.Format(ServiceTexts.SurveyRetakeAsk, culture, answeredAt));

    public static ChoicePrompt Rank(SurveyState state, CultureInfo culture)
    {
        var element = state.Elements[state.Index];
        var name = element.IsDefaultName ? ServiceTexts.SeededElementName(element.Id, culture) ?? element.Name : element.Name;
        return new ChoicePrompt(
            ServiceTexts.Format(ServiceTexts.SurveyRankAsk, culture, state.Index + 1, state.Elements.Count, name),
            [
                Choice(ElementImportance.Crucial, ServiceTexts.SurveyChoiceCrucial, culture, "1", "entscheidend"),
                Choice(ElementImportance.Important, ServiceTexts.SurveyChoiceImportant, culture, "2", "wichtig"),
                Choice(ElementImportance.NiceToHave, ServiceTexts.SurveyChoiceNiceToHave, culture, "3", "nice to have", "nett zu haben", "nice"),
                Choice(ElementImportance.NotImportant, ServiceTexts.SurveyChoiceNotImportant, culture, "4", "unwichtig", "not important"),
            ])
        {
            RetryText = ServiceTexts.Format(ServiceTexts.SurveyRankRetry, culture, name),
            HelpText = ServiceTexts.Get(ServiceTexts.SurveyRankHelp, culture),
        };
    }

    public static TextPrompt Text(CultureInfo culture) =>
        new(ServiceTexts.Get(ServiceTexts.SurveyTextAsk, culture))
        {
            Validator = text => text.Length <= SurveyAnswerSet.MaxTextLength,
            RetryText = ServiceTexts.Format(ServiceTexts.SurveyTextTooLong, culture, SurveyAnswerSet.MaxTextLength),
        };

    /// <summary>The skip button shown with the free-text question.</summary>
    public static Turns.ReplyChoice Skip(CultureInfo culture) => new(ServiceTexts.Get(ServiceTexts.SurveyTextSkip, culture), SkipValue);

    public static bool IsSkip(string answer) =>
        SkipWords.Contains(AnswerText.Normalize(answer), StringComparer.Ordinal)
        || string.Equals(answer.Trim(), SkipValue, StringComparison.OrdinalIgnoreCase);

    private static Choice Choice(ElementImportance importance, string titleKey, CultureInfo culture, params string[] synonyms) =>
        new(importance.ToString(), ServiceTexts.Get(titleKey, culture)) { Synonyms = synonyms };
}
