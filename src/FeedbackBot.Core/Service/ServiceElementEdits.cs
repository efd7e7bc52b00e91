using System.Text;

namespace FeedbackBot.Core.Service;

/// <summary>
/// The rules for changing a workspace's element list: names are unique (ignoring case) and short,
/// ids are slugs derived once from the first name and never change, and nothing is deleted (an
/// element is retired, and can be restored), so everything that ever named an element stays readable.
/// </summary>
public static class ServiceElementEdits
{
    public const int MaxNameLength = 60;
    public const int MaxElements = 40;
    private const int MaxIdLength = 40;

    /// <summary>The element whose id or name (ignoring case) is <paramref name="idOrName"/>.</summary>
    public static ServiceElement? Find(IReadOnlyList<ServiceElement> elements, string? idOrName)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var wanted = idOrName?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        return elements.FirstOrDefault(e => string.Equals(e.Id, wanted, StringComparison.OrdinalIgnoreCase))
            ?? elements.FirstOrDefault(e => string.Equals(e.Name, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public static ElementEdit Add(IReadOnlyList<ServiceElement> elements, string name)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (CleanName(name) is not { } clean)
        {
            return new ElementEdit(ElementEditOutcome.InvalidName, elements);
        }

        if (NameTaken(elements, clean, exceptId: null))
        {
            return new ElementEdit(ElementEditOutcome.NameTaken, elements, Find(elements, clean));
        }

        if (elements.Count >= MaxElements)
        {
            return new ElementEdit(ElementEditOutcome.TooMany, elements);
        }

        var added = new ServiceElement(UniqueId(elements, clean), clean);
        return new ElementEdit(ElementEditOutcome.Done, [.. elements, added], added);
    }

    public static ElementEdit Rename(IReadOnlyList<ServiceElement> elements, string idOrName, string newName)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (Find(elements, idOrName) is not { } element)
        {
            return new ElementEdit(ElementEditOutcome.NotFound, elements);
        }

        if (CleanName(newName) is not { } clean)
        {
            return new ElementEdit(ElementEditOutcome.InvalidName, elements, element);
        }

        if (NameTaken(elements, clean, element.Id))
        {
            return new ElementEdit(ElementEditOutcome.NameTaken, elements, element);
        }

        if (clean == element.Name && !element.IsDefaultName)
        {
            return new ElementEdit(ElementEditOutcome.Unchanged, elements, element);
        }

        return Replace(elements, element with { Name = clean, IsDefaultName = false });
    }

    public static ElementEdit Retire(IReadOnlyList<ServiceElement> elements, string idOrName) =>
        Change(elements, idOrName, e => e.Retired ? null : e with { Retired = true });

    public static ElementEdit Restore(IReadOnlyList<ServiceElement> elements, string idOrName) =>
        Change(elements, idOrName, e => e.Retired ? e with { Retired = false } : null);

    public static ElementEdit SetCovered(IReadOnlyList<ServiceElement> elements, string idOrName, bool covered) =>
        Change(elements, idOrName, e => e.CoveredByStatement == covered ? null : e with { CoveredByStatement = covered });

    /// <summary>
    /// Marks exactly the active elements in <paramref name="coveredIds"/> as covered (the form
    /// answer "the statement covers these"); retired elements keep their mark.
    /// </summary>
    public static ElementEdit SetCoverage(IReadOnlyList<ServiceElement> elements, IReadOnlyCollection<string> coveredIds)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(coveredIds);
        if (coveredIds.FirstOrDefault(id => elements.All(e => e.Id != id || e.Retired)) is not null)
        {
            return new ElementEdit(ElementEditOutcome.NotFound, elements);
        }

        var changed = elements
            .Select(e => e.Retired ? e : e with { CoveredByStatement = coveredIds.Contains(e.Id) })
            .ToList();
        return changed.SequenceEqual(elements)
            ? new ElementEdit(ElementEditOutcome.Unchanged, elements)
            : new ElementEdit(ElementEditOutcome.Done, changed);
    }

    /// <summary>The name trimmed, or <c>null</c> when it is not one an element can have.</summary>
    public static string? CleanName(string? name)
    {
        var clean = name?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > MaxNameLength || clean.Any(char.IsControl) ? null : clean;
    }

    private static ElementEdit Change(IReadOnlyList<ServiceElement> elements, string idOrName, Func<ServiceElement, ServiceElement?> change)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (Find(elements, idOrName) is not { } element)
        {
            return new ElementEdit(ElementEditOutcome.NotFound, elements);
        }

        return change(element) is { } changed ? Replace(elements, changed) : new ElementEdit(ElementEditOutcome.Unchanged, elements, element);
    }

    private static ElementEdit Replace(IReadOnlyList<ServiceElement> elements, ServiceElement changed) =>
        new(ElementEditOutcome.Done, [.. elements.Select(e => e.Id == changed.Id ? changed : e)], changed);

    private static bool NameTaken(IReadOnlyList<ServiceElement> elements, string name, string? exceptId) =>
        elements.Any(e => e.Id != exceptId && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A lower-case ASCII slug of the name ("After-hours service" → "after-hours-service"), unique in the list.</summary>
    private static string UniqueId(IReadOnlyList<ServiceElement> elements, string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var stem = slug.ToString().Trim('-');
        stem = stem.Length == 0 ? "element" : stem[..Math.Min(stem.Length, MaxIdLength)].TrimEnd('-');
        var id = stem;
        for (var n = 2; elements.Any(e => e.Id == id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
