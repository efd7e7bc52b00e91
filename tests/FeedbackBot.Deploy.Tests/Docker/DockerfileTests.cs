using System.Text.RegularExpressions;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Docker;

/// <summary>
/// The Dockerfile's structure. No Docker daemon runs on the build machines (and base images
/// cannot be pulled there), so the image is not built here: these tests check what a build would
/// rely on: stages, pinned bases, the non-root user, the port, and that every project it copies
/// exists.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly IReadOnlyList<DockerStage> Stages = Dockerfile.Parse(Repository.Read("Dockerfile"));

    private static DockerStage Final => Stages[^1];

    [Fact]
    public void Stages_BuildWithTheSdkRunOnChiselledRuntime()
    {
        Assert.Equal(2, Stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", Stages[0].Image, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", Final.Image, StringComparison.Ordinal);
        Assert.Contains("chiseled", Final.Image, StringComparison.Ordinal);
        Assert.Contains(Final.Instructions, i => i.Keyword == "COPY" && i.Arguments.StartsWith($"--from={Stages[0].Name} ", StringComparison.Ordinal));
        Assert.DoesNotContain(Final.Instructions, i => i.Keyword == "RUN");
    }

    [Fact]
    public void BaseImages_PinnedToExactVersions()
    {
        Assert.All(Stages, stage => Assert.Matches(PinnedTag(), stage.Image));
    }

    [Fact]
    public void FinalStage_RunsAsNonRootUser()
    {
        var user = Final.Instructions.Last(i => i.Keyword == "USER").Arguments;

        Assert.DoesNotMatch("^(root|0)(:|$)", user);
        Assert.Matches("^[1-9][0-9]*$", user);
        Assert.Equal("USER", Final.Instructions.Last(i => i.Keyword is "USER" or "COPY" or "RUN").Keyword);
    }

    [Fact]
    public void FinalStage_ListensOnTheExposedPortNotLocalhost()
    {
        // appsettings.json binds http://localhost:3978 for local runs, which nothing outside the
        // container could reach: the image must override it.
        var env = string.Join(' ', Final.Instructions.Where(i => i.Keyword == "ENV").Select(i => i.Arguments));
        var exposed = Final.Instructions.Single(i => i.Keyword == "EXPOSE").Arguments;

        Assert.Contains($"Urls=http://+:{exposed}", env, StringComparison.Ordinal);
        Assert.Contains("Storage__Sqlite__Path=/data/", env, StringComparison.Ordinal);
        Assert.Equal("[\"dotnet\", \"FeedbackBot.dll\"]", Final.Instructions.Single(i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void BuildStage_CopiesEverySourceProjectBeforeRestore()
    {
        var copied = Stages[0].Instructions.Where(i => i.Keyword == "COPY" && i.Arguments.Contains(".csproj", StringComparison.Ordinal))
            .Select(i => i.Arguments.Split(' ')[0]).Order(StringComparer.Ordinal);
        var projects = Directory.GetFiles(Repository.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(projects, copied);
        Assert.Contains(Stages[0].Instructions, i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore src/FeedbackBot/FeedbackBot.csproj", StringComparison.Ordinal));
        Assert.All(Repository.Read("Dockerfile").Split('\n').Where(l => l.StartsWith("COPY global.json", StringComparison.Ordinal)).SelectMany(l => l.Split(' ')[1..^1]),
            file => Assert.True(File.Exists(Repository.PathOf(file)), file));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputTestsAndSecretsOut()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["**/bin/", "**/obj/", ".git/", "tests/", "data/", "**/node_modules/", "*.user"], StringComparer.Ordinal), ignored);
        Assert.DoesNotContain("src/", ignored);
    }

    // registry/repository:X.Y.Z[-variant]: a full version, never latest or a bare major.minor.
    [GeneratedRegex(@"^[a-z0-9./-]+:\d+\.\d+\.\d+(-[a-z0-9-]+)?$")]
    private static partial Regex PinnedTag();
}
