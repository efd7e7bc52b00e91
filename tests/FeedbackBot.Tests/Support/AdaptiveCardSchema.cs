using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FeedbackBot.Tests.Support;

/// <summary>
/// Checks Adaptive Cards with Microsoft's own parser (npm <c>adaptivecards</c>, pinned in
/// tests/package.json) through <c>tests/cards/validate-adaptive-cards.cjs</c>. Like the web chat
/// tests: outside CI a missing Node or <c>npm ci</c> skips with the reason; under <c>CI=true</c> it fails.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public static async Task AssertValidAsync(IReadOnlyList<JsonElement> cards)
    {
        if (cards.Count == 0)
        {
            return;
        }

        var root = RepositoryRoot();
        if (!Directory.Exists(Path.Combine(root, "tests", "node_modules", "adaptivecards")))
        {
            const string missing = "tests/node_modules/adaptivecards is missing: run npm ci in tests/.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing);
            }

            Assert.Skip(missing);
        }

        var file = Path.Combine(Path.GetTempPath(), $"feedbackbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(cards), TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine("tests", "cards", "validate-adaptive-cards.cjs"));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(RunTimeout);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"Adaptive Card validation failed:\n{await output}\n{await errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [Path.GetDirectoryName(sourceFile), Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts.Where(Directory.Exists))
        {
            for (var directory = new DirectoryInfo(start!); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "FeedbackBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("FeedbackBot.sln not found above the test.");
    }
}
