using System.ComponentModel;
using System.Diagnostics;

namespace FeedbackBot.Deploy.Tests.Support;

/// <summary>What a command-line tool printed and how it ended.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe(string what) => $"{what} exited with {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

/// <summary>
/// Runs the real tools these tests rely on (the Bicep CLI, Node, bash) and collects their output.
/// The deadline is generous: it guards against a hung tool, not against a slow machine.
/// </summary>
internal static class Tool
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Deadline}.");
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Null when <paramref name="fileName"/> runs with <c>--version</c>; otherwise why not.</summary>
    public static async Task<string?> MissingAsync(string fileName)
    {
        try
        {
            var result = await RunAsync(fileName, ["--version"]);
            return result.ExitCode == 0 ? null : $"{fileName} --version exited with {result.ExitCode}.";
        }
        catch (Win32Exception)
        {
            return $"{fileName} is not on the PATH.";
        }
    }

    /// <summary>
    /// Outside CI a missing tool skips the test with the reason; under <c>CI=true</c> it fails, so
    /// a CI run never passes a check it did not make.
    /// </summary>
    public static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(missing + " (CI=true: this check must run; ./test.sh installs what it needs)");
        }

        Assert.Skip(missing);
    }
}
