using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Readme;

/// <summary>
/// The README opens with the two commands a newcomer needs (run the bot, run every test), and CI
/// runs exactly that test command, so what a newcomer runs is what CI proves.
/// </summary>
public sealed class ReadmeTests
{
    [Fact]
    public void FirstSection_IsExactlyTheRunAndTestCommands()
    {
        var lines = Repository.Read("README.md").ReplaceLineEndings("\n").Split('\n');

        var firstSection = lines.Skip(1).TakeWhile(line => !line.StartsWith('#')).Where(line => line.Trim().Length > 0).ToList();

        Assert.Equal("# FeedbackBot", lines[0]);
        Assert.Equal(4, firstSection.Count);
        Assert.Equal("```bash", firstSection[0]);
        Assert.StartsWith("dotnet run --project src/FeedbackBot ", firstSection[1], StringComparison.Ordinal);
        Assert.StartsWith("./test.sh ", firstSection[2], StringComparison.Ordinal);
        Assert.Equal("```", firstSection[3]);
    }

    [Fact]
    public void CiRun_RunsTheReadmesTestCommand()
    {
        var commands = Repository.Read(".ci", "run").ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.Equal("./test.sh", commands[^1]);
        Assert.True(File.Exists(Repository.PathOf("test.sh")));
        Assert.Contains("dotnet test --solution FeedbackBot.sln", Repository.Read("test.sh"), StringComparison.Ordinal);
    }
}
