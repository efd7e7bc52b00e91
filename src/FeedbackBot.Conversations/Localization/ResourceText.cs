using System.Globalization;
using System.Resources;

namespace FeedbackBot.Conversations.Localization;

/// <summary>
/// Reads user-facing text from a .resx in an explicitly given culture. The culture is always an
/// argument, never <see cref="CultureInfo.CurrentUICulture"/>: turns of different languages run
/// side by side on one thread pool. Feature dialogs wrap their own resource file in one of these.
/// </summary>
public sealed class ResourceText
{
    private readonly ResourceManager resources;

    public ResourceText(ResourceManager resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        this.resources = resources;
    }

    /// <summary>The text for <paramref name="key"/>; a missing key is a programming error and throws.</summary>
    public string Get(string key, CultureInfo culture) =>
        resources.GetString(key, culture)
        ?? throw new MissingManifestResourceException($"Resource key '{key}' is missing from '{resources.BaseName}'.");

    /// <summary>The text for <paramref name="key"/> with its placeholders filled, formatted for <paramref name="culture"/>.</summary>
    public string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);
}
