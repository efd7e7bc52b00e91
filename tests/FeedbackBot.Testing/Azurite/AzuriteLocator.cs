using System.Runtime.CompilerServices;

namespace FeedbackBot.Testing.Azurite;

/// <summary>
/// Finds Azurite's Table service script in tests/node_modules. Builds may put the test binaries
/// anywhere (<c>--artifacts-path</c>), so the search starts from the working directory, from the
/// binaries and from this source file's folder, and walks up from each; the environment variable
/// <c>FEEDBACKBOT_AZURITE_TABLE_SCRIPT</c> overrides it.
/// </summary>
public static class AzuriteLocator
{
    public const string OverrideVariable = "FEEDBACKBOT_AZURITE_TABLE_SCRIPT";

    private static readonly string[] RelativeScriptPaths =
    [
        Path.Combine("tests", "node_modules", "azurite", "dist", "src", "table", "main.js"),
        Path.Combine("node_modules", "azurite", "dist", "src", "table", "main.js"),
    ];

    /// <summary>The absolute path of <c>azurite/dist/src/table/main.js</c>, or <c>null</c> when it is not installed.</summary>
    public static string? FindTableScript()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        string?[] starts = [Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(ThisSourceFile())];
        foreach (var start in starts.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                foreach (var relative in RelativeScriptPaths)
                {
                    var candidate = Path.Combine(folder.FullName, relative);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
