using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>
/// Runs the web chat tests in <c>tests/web/</c> (Microsoft's DirectLineJS client, and our chat page
/// in headless Chromium) against this host, so the one test command runs them too. The host has the
/// three-question test dialog, so the browser test can click real suggested actions and a real
/// card button, and a helpdesk API key, so the browser test can follow a one-click survey link into
/// the chat (whose stored result this test checks). Outside CI a missing Node, Chromium or
/// <c>npm ci</c> skips with the reason; under <c>CI=true</c> it fails instead.
/// </summary>
public sealed class WebChatNodeTests : IAsyncLifetime
{
    private const string ApiKey = "web-tests-helpdesk-key-0123456789";
    private const string LinkInteraction = "web-link-1";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    private static readonly string[] Screenshots = ["chat-help.png", "chat-card.png", "chat-done.png", "chat-phone.png", "link-recorded.png", "link-why-in-chat.png"];

    private DirectLineBot _bot = null!;

    public ValueTask InitializeAsync()
    {
        _bot = new DirectLineBot(new Dictionary<string, string?> { ["FeedbackBot:ApiKeys:0"] = ApiKey });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task NodeWebTests_AgainstThisHost_AllPass()
    {
        var root = RepositoryRoot();
        if (await MissingPrerequisiteAsync(root) is { } missing)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing + " (CI=true: the web tests must run; run scripts/install-test-deps.sh and npm ci in tests/)");
            }

            Assert.Skip(missing);
        }

        var baseAddress = _bot.Host.Client.BaseAddress!;
        var started = DateTime.UtcNow;

        var (exitCode, output) = await RunNodeAsync(root, baseAddress);

        TestContext.Current.TestOutputHelper?.WriteLine(output);
        Assert.True(exitCode == 0, $"node --test tests/web/ exited with {exitCode}:\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        Assert.Contains("# skipped 0", output, StringComparison.Ordinal);
        var week = IsoWeek.FromInstant(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var vote = (await _bot.Host.Services.GetRequiredService<IVoteStore>().FindAsync(Tenants.Default, week, LinkInteraction, TestContext.Current.CancellationToken))?.Value;
        Assert.Equal(((Verdict?)Verdict.Miss, "Nobody called me back", "returning-contacts"), (vote?.Verdict, vote?.Comment, vote?.ElementId));

        // The browser test's screenshots are its artifacts: the help reply, the card before and
        // after its button was clicked, the phone-sized page, and the survey link's page and the
        // chat it opened, each written by this run.
        foreach (var screenshot in Screenshots)
        {
            var file = new FileInfo(Path.Combine(root, "tests", "web", "artifacts", screenshot));
            Assert.True(file.Exists && file.LastWriteTimeUtc >= started.AddSeconds(-2), $"this run did not write the screenshot {file.FullName}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string root, Uri baseAddress)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("tests/web/");
        start.Environment["BOT_URL"] = baseAddress.ToString();
        start.Environment["DIRECTLINE_SECRET"] = DirectLineBot.Secret;
        start.Environment["REQUIRE_BUTTONS"] = "1";
        start.Environment["API_KEY"] = ApiKey;
        start.Environment["WEB_LINK_INTERACTION"] = LinkInteraction;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(RunTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            await Task.WhenAll(stdout, stderr);
            Assert.Fail($"node --test tests/web/ did not finish within {RunTimeout}:\n{output}");
        }

        await Task.WhenAll(stdout, stderr);
        return (process.ExitCode, output.ToString());
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static async Task<string?> MissingPrerequisiteAsync(string root)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            return $"Chromium is not installed at {chromium}: the browser test needs Debian's chromium package.";
        }

        foreach (var package in new[] { "botframework-directlinejs", "playwright-core", "xhr2" })
        {
            if (!Directory.Exists(Path.Combine(root, "tests", "node_modules", package)))
            {
                return $"tests/node_modules/{package} is missing: run npm ci in tests/.";
            }
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            await node.WaitForExitAsync(TestContext.Current.CancellationToken);
            return node.ExitCode == 0 ? null : "node --version failed.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not on the PATH.";
        }
    }

    // The source file's own path (set by the compiler) finds the repository wherever the build
    // output lives; the working and output folders are the fallback when paths were mapped.
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

        throw new InvalidOperationException("FeedbackBot.sln not found above " + sourceFile);
    }
}
