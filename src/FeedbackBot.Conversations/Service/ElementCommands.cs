using System.Globalization;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// Admins' element edits typed after <c>service-statement elements</c>: add, rename, retire,
/// restore, cover and uncover, applied through <see cref="ServiceCatalog"/> and answered in words.
/// </summary>
internal sealed class ElementCommands(ServiceCatalog catalog)
{
    /// <summary>True when <paramref name="word"/> is an edit (as opposed to listing the elements).</summary>
    public static bool IsEdit(string? word) => Verb(word) is not null;

    public async Task<string> ApplyAsync(string tenant, string word, string? rest, CultureInfo culture, CancellationToken ct)
    {
        var verb = Verb(word)!;
        var (target, newName) = StatementCommand.SplitFirstWord(rest);
        var edit = await catalog.EditElementsAsync(
            tenant,
            list => verb switch
            {
                "add" => ServiceElementEdits.Add(list, rest ?? ""),
                "rename" => ElementNames.Find(list, target, culture) is { } found
                    ? ServiceElementEdits.Rename(list, found.Id, newName ?? "")
                    : new ElementEdit(ElementEditOutcome.NotFound, list),
                _ => ElementNames.Find(list, rest, culture) is { } element
                    ? verb switch
                    {
                        "retire" => ServiceElementEdits.Retire(list, element.Id),
                        "restore" => ServiceElementEdits.Restore(list, element.Id),
                        "cover" => ServiceElementEdits.SetCovered(list, element.Id, covered: true),
                        _ => ServiceElementEdits.SetCovered(list, element.Id, covered: false),
                    }
                    : new ElementEdit(ElementEditOutcome.NotFound, list),
            },
            ct).ConfigureAwait(false);
        var asked = verb == "rename" ? target : rest;
        return Describe(verb, edit, asked ?? "", culture);
    }

    private static string? Verb(string? word) => word?.ToLowerInvariant() switch
    {
        "add" or "hinzufügen" => "add",
        "rename" or "umbenennen" => "rename",
        "retire" or "stilllegen" => "retire",
        "restore" or "wiederherstellen" => "restore",
        "cover" or "abdecken" => "cover",
        "uncover" => "uncover",
        _ => null,
    };

    private static string Describe(string verb, ElementEdit edit, string asked, CultureInfo culture)
    {
        var name = edit.Element is { } element ? ElementNames.Display(element, culture) : asked;
        return edit.Outcome switch
        {
            ElementEditOutcome.Done => verb switch
            {
                "add" => ServiceTexts.Format(ServiceTexts.ElementsAdded, culture, name, edit.Element!.Id),
                "rename" => ServiceTexts.Format(ServiceTexts.ElementsRenamed, culture, edit.Element!.Id, name),
                "retire" => ServiceTexts.Format(ServiceTexts.ElementsRetiredDone, culture, name),
                "restore" => ServiceTexts.Format(ServiceTexts.ElementsRestored, culture, name),
                "cover" => ServiceTexts.Format(ServiceTexts.ElementsCoveredDone, culture, name),
                _ => ServiceTexts.Format(ServiceTexts.ElementsUncoveredDone, culture, name),
            },
            ElementEditOutcome.Unchanged => ServiceTexts.Format(ServiceTexts.ElementsUnchanged, culture, name),
            ElementEditOutcome.NotFound => ServiceTexts.Format(ServiceTexts.ElementsNotFound, culture, asked),
            ElementEditOutcome.NameTaken => ServiceTexts.Format(ServiceTexts.ElementsNameTaken, culture, name),
            ElementEditOutcome.InvalidName => ServiceTexts.Format(ServiceTexts.ElementsInvalidName, culture, ServiceElementEdits.MaxNameLength),
            ElementEditOutcome.TooMany => ServiceTexts.Format(ServiceTexts.ElementsTooMany, culture, ServiceElementEdits.MaxElements),
            _ => ServiceTexts.Get(ServiceTexts.ElementsConflict, culture),
        };
    }
}
