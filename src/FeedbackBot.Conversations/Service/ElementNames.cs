using System.Globalization;
using FeedbackBot.Core.Service;

namespace FeedbackBot.Conversations.Service;

/// <summary>Service elements as users read and type them: seeded names in the user's language, custom names as admins wrote them.</summary>
public static class ElementNames
{
    /// <summary>The name to show in <paramref name="culture"/>.</summary>
    public static string Display(ServiceElement element, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.IsDefaultName ? ServiceTexts.SeededElementName(element.Id, culture) ?? element.Name : element.Name;
    }

    /// <summary>The element the user means by its id, its name or its name as shown in <paramref name="culture"/>.</summary>
    public static ServiceElement? Find(IReadOnlyList<ServiceElement> elements, string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return ServiceElementEdits.Find(elements, text)
            ?? elements.FirstOrDefault(e => string.Equals(Display(e, culture), text?.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
