using System.Reflection;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, pinned in
/// Directory.Packages.props: its build props give the executable's path, which the project file
/// stores in this assembly's metadata.
/// </summary>
internal static class BicepCli
{
    public static string Path { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!.Replace('\\', '/');

    /// <summary>Runs <c>bicep &lt;arguments&gt;</c> in <c>deploy/</c>, so bicepconfig.json there applies.</summary>
    public static Task<ToolResult> RunAsync(params string[] arguments)
    {
        if (!File.Exists(Path))
        {
            Assert.Fail($"The Bicep CLI is not at {Path}: restore tests/FeedbackBot.Deploy.Tests (the package ships it for linux-x64).");
        }

        return Tool.RunAsync(Path, arguments, Repository.PathOf("deploy"));
    }
}
