using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Conversations.Tests.Localization;

/// <summary>
/// Every .resx in the engine (and, as a model for features, in this test project) has an English
/// and a German file with the same keys and the same placeholders. New feature resource files
/// are picked up without touching this test.
/// </summary>
public sealed partial class ResourceParityTests
{
    public static TheoryData<string, string> ResourceFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (assembly, baseName) in BaseNames())
        {
            data.Add(assembly, baseName);
        }

        return data;
    }

    [Fact]
    public void ResourceFiles_EngineAssembly_AreFound()
    {
        var files = BaseNames().Select(file => file.BaseName);

        Assert.Contains("FeedbackBot.Conversations.Localization.ConversationStrings", files);
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourceFile_EnglishAndGerman_HaveTheSameKeys(string assemblyName, string baseName)
    {
        var (english, german) = Read(assemblyName, baseName);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), german.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ResourceFile_EveryText_HasTheSamePlaceholdersInBothLanguagesAndIsNotEmpty(string assemblyName, string baseName)
    {
        var (english, german) = Read(assemblyName, baseName);

        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{baseName}: '{key}' is empty in English.");
            Assert.False(string.IsNullOrWhiteSpace(german.GetValueOrDefault(key)), $"{baseName}: '{key}' is empty in German.");
            Assert.Equal(Placeholders(text), Placeholders(german.GetValueOrDefault(key) ?? ""));
        }
    }

    private static IEnumerable<(string Assembly, string BaseName)> BaseNames() =>
        from assembly in new[] { typeof(ConversationEngine).Assembly, typeof(ResourceParityTests).Assembly }
        from name in assembly.GetManifestResourceNames()
        where name.EndsWith(".resources", StringComparison.Ordinal)
        select (assembly.GetName().Name!, name[..^".resources".Length]);

    private static (Dictionary<string, string> English, Dictionary<string, string> German) Read(string assemblyName, string baseName)
    {
        var resources = new ResourceManager(baseName, Assembly.Load(assemblyName));
        return (Entries(resources, CultureInfo.InvariantCulture), Entries(resources, SupportedCultures.German));
    }

    /// <summary>Only the entries of exactly this culture's file (no fallback), so a missing German key shows.</summary>
    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
