using System.IO.Compression;
using FeedbackBot.Deploy.Tests.Support;

namespace FeedbackBot.Deploy.Tests.Teams;

/// <summary>
/// The Teams app package as a user builds it: manifest/teams/package.sh run with the values a
/// deployment gives, into a temporary folder, and the zip unpacked next to it.
/// </summary>
public sealed class TeamsPackage : IAsyncLifetime
{
    public const string BotId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    public const string PublicBaseUrl = "https://feedbackbot.example.com";
    public const string PrivacyUrl = "https://contoso.example.com/privacy";
    public const string TermsOfUseUrl = "https://contoso.example.com/terms?lang=en&v=2";

    private readonly string _folder = Directory.CreateTempSubdirectory("feedbackbot-teams-").FullName;

    public string ZipPath => Path.Combine(_folder, "feedbackbot-teams.zip");

    public string Unpacked => Path.Combine(_folder, "unpacked");

    public ToolResult Run { get; private set; } = null!;

    /// <summary>Null when bash and zip can build the package here; otherwise why not.</summary>
    public string? Missing { get; private set; }

    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>
    {
        ["BOT_ID"] = BotId,
        ["PUBLIC_BASE_URL"] = PublicBaseUrl + "/",
        ["PRIVACY_URL"] = PrivacyUrl,
        ["TERMS_OF_USE_URL"] = TermsOfUseUrl,
    };

    public async ValueTask InitializeAsync()
    {
        Missing = await Tool.MissingAsync("bash") ?? await Tool.MissingAsync("zip");
        if (Missing is not null)
        {
            return;
        }

        Run = await RunScriptAsync(Values, ZipPath);
        if (Run.ExitCode == 0)
        {
            ZipFile.ExtractToDirectory(ZipPath, Unpacked);
        }
    }

    public static Task<ToolResult> RunScriptAsync(IReadOnlyDictionary<string, string> values, string output) =>
        Tool.RunAsync("bash", [Repository.PathOf("manifest", "teams", "package.sh"), output], environment: values);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
