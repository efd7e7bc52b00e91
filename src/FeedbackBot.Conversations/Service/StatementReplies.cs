using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>The statement, its history and the element list as replies.</summary>
internal static class StatementReplies
{
    public static Reply Statement(ServiceStatement? statement, IReadOnlyList<ServiceElement> elements, TimeZoneInfo zone, CultureInfo culture)
    {
        if (statement is null)
        {
            return Reply.FromText(ServiceTexts.Get(ServiceTexts.StatementNone, culture));
        }

        var covered = elements.Where(e => e.CoveredByStatement && !e.Retired).Select(e => ElementNames.Display(e, culture)).ToList();
        return new Reply
        {
            Card = new Card
            {
                Title = ServiceTexts.Get(ServiceTexts.StatementTitle, culture),
                Text = statement.Text,
                Facts =
                [
                    new CardFact(ServiceTexts.Get(ServiceTexts.StatementChangedBy, culture), statement.ChangedByName ?? statement.ChangedBy),
                    new CardFact(ServiceTexts.Get(ServiceTexts.StatementChangedAt, culture), When(statement.ChangedAt, zone, culture)),
                    new CardFact(
                        ServiceTexts.Get(ServiceTexts.StatementCovers, culture),
                        covered.Count == 0 ? ServiceTexts.Get(ServiceTexts.StatementCoversNothing, culture) : string.Join(", ", covered)),
                ],
            },
        };
    }

    public static Reply History(IReadOnlyList<ServiceStatement> history, TimeZoneInfo zone, CultureInfo culture)
    {
        if (history.Count == 0)
        {
            return Reply.FromText(ServiceTexts.Get(ServiceTexts.StatementNone, culture));
        }

        var lines = history.Select(s => ServiceTexts.Format(
            ServiceTexts.StatementHistoryEntry, culture, When(s.ChangedAt, zone, culture), s.ChangedByName ?? s.ChangedBy, s.Text));
        return Reply.FromText(ServiceTexts.Get(ServiceTexts.StatementHistoryTitle, culture) + "\n" + string.Join("\n", lines));
    }

    public static Reply Elements(IReadOnlyList<ServiceElement> elements, CultureInfo culture)
    {
        var lines = elements.Select(e => ServiceTexts.Format(ServiceTexts.ElementsEntry, culture, ElementNames.Display(e, culture), e.Id, Marks(e, culture)));
        return Reply.FromText(
            ServiceTexts.Get(ServiceTexts.ElementsTitle, culture) + "\n" + string.Join("\n", lines) + "\n\n" + ServiceTexts.Get(ServiceTexts.ElementsUsage, culture));
    }

    private static string Marks(ServiceElement element, CultureInfo culture) =>
        (element.CoveredByStatement ? ServiceTexts.Get(ServiceTexts.ElementsMarkCovered, culture) : "")
        + (element.Retired ? ServiceTexts.Get(ServiceTexts.ElementsMarkRetired, culture) : "");

    private static string When(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("g", culture);
}
