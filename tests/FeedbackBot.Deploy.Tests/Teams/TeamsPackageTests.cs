using System.IO.Compression;
using System.Text.Json.Nodes;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Teams;

/// <summary>
/// The Teams app package that manifest/teams/package.sh builds: its layout, its filled-in
/// manifest, and both files against Microsoft's published schema for the manifest's version.
/// </summary>
public sealed class TeamsPackageTests(TeamsPackage package) : IClassFixture<TeamsPackage>
{
    private static readonly string[] PackageFiles = ["color.png", "de.json", "manifest.json", "outline.png"];

    [Fact]
    public void Package_Zip_HoldsManifestLanguageFileAndIconsAtItsRoot()
    {
        RequirePackage();

        using var zip = ZipFile.OpenRead(package.ZipPath);
        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(PackageFiles, names);
        Assert.All(zip.Entries, e => Assert.True(e.Length > 0, e.FullName));
        Assert.Equal(File.ReadAllBytes(Repository.PathOf("manifest", "teams", "color.png")), File.ReadAllBytes(Path.Combine(package.Unpacked, "color.png")));
        Assert.Equal(File.ReadAllBytes(Repository.PathOf("manifest", "teams", "outline.png")), File.ReadAllBytes(Path.Combine(package.Unpacked, "outline.png")));
    }

    [Fact]
    public void Package_Manifest_HasTheGivenValuesAndNoPlaceholderLeft()
    {
        RequirePackage();

        var raw = File.ReadAllText(Path.Combine(package.Unpacked, "manifest.json"));
        var manifest = JsonNode.Parse(raw)!;

        Assert.DoesNotContain("${{", raw + File.ReadAllText(Path.Combine(package.Unpacked, "de.json")), StringComparison.Ordinal);
        Assert.Equal(TeamsPackage.BotId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackage.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TeamsPackage.PublicBaseUrl, (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal(TeamsPackage.PrivacyUrl, (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(TeamsPackage.TermsOfUseUrl, (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Fact]
    public async Task Package_ManifestAndGermanFile_ValidAgainstMicrosoftsSchema()
    {
        RequirePackage();
        Tool.Require(await ManifestValidator.MissingAsync());

        var (run, errors, schemas) = await ManifestValidator.ValidateAsync(package.Unpacked);

        Assert.True(run.ExitCode == 0, run.Describe("validate-teams-manifest.mjs"));
        Assert.Equal(["de.json", "manifest.json"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors, file => Assert.Empty(file.Value));
        Assert.EndsWith(Path.Combine("@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.30"), schemas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaValidation_BrokenManifest_ReportsEachDefect()
    {
        // The control for the clean run above: the same validator does reject a broken manifest.
        RequirePackage();
        Tool.Require(await ManifestValidator.MissingAsync());
        var broken = Directory.CreateTempSubdirectory("feedbackbot-teams-broken-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(package.Unpacked))
            {
                File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
            }

            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(broken, "manifest.json")))!;
            manifest["id"] = "not-a-guid";
            manifest["bots"]![0]!["scopes"]!.AsArray().Add("everywhere");
            manifest["name"]!["short"] = new string('x', 31);
            await File.WriteAllTextAsync(Path.Combine(broken, "manifest.json"), manifest.ToJsonString(), TestContext.Current.CancellationToken);

            var (run, errors, _) = await ManifestValidator.ValidateAsync(broken);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(errors["manifest.json"], e => e.StartsWith("/id ", StringComparison.Ordinal));
            Assert.Contains(errors["manifest.json"], e => e.StartsWith("/bots/0/scopes/3 ", StringComparison.Ordinal));
            Assert.Contains(errors["manifest.json"], e => e.StartsWith("/name/short ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Theory]
    [InlineData("BOT_ID", "not-a-guid")]
    [InlineData("PUBLIC_BASE_URL", "http://feedbackbot.example.com")]
    [InlineData("PRIVACY_URL", "")]
    [InlineData("TERMS_OF_USE_URL", "https://example.com/\"quoted\"")]
    public async Task Script_BadValue_RefusesAndWritesNoZip(string name, string value)
    {
        RequirePackage();
        var output = Path.Combine(Path.GetTempPath(), $"feedbackbot-teams-{Guid.NewGuid():N}.zip");
        var values = new Dictionary<string, string>(TeamsPackage.Values) { [name] = value };

        var run = await TeamsPackage.RunScriptAsync(values, output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(name, run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private void RequirePackage()
    {
        Tool.Require(package.Missing);
        Assert.True(package.Run.ExitCode == 0, package.Run.Describe("manifest/teams/package.sh"));
    }
}
