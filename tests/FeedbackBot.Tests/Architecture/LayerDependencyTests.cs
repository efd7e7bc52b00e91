using System.Reflection;

namespace FeedbackBot.Tests.Architecture;

/// <summary>
/// Dependencies point inward (ARCHITECTURE.md): Core and Conversations must not know HTTP, Azure,
/// SQLite, the Bot Framework or any channel, so a channel or store can be replaced alone.
/// </summary>
public sealed class LayerDependencyTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore",
        "Microsoft.Bot",
        "Microsoft.Agents",
        "Azure",
        "Microsoft.Data.Sqlite",
        "SQLitePCL",
        "FeedbackBot.Channels",
        "FeedbackBot.Storage",
    ];

    public static TheoryData<string> InnerLayers => new() { "FeedbackBot.Core", "FeedbackBot.Conversations" };

    [Theory]
    [MemberData(nameof(InnerLayers))]
    public void InnerLayer_ReferencesNoFrameworkStoreOrChannel(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var forbidden = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(forbidden);
    }

    [Fact]
    public void Core_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = Assembly.Load("FeedbackBot.Core").GetReferencedAssemblies().Select(r => r.Name!);

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"FeedbackBot.Core references {name}"));
    }
}
