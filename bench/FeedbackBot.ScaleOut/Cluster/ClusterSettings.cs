using System.Globalization;
using System.Security.Cryptography;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// What every bot instance of one run shares, as production's instances share one Key Vault: the
/// store, the Slack app, the helpdesk API key and the link-signing keys (made up per run). Only the
/// port and the public base URL differ per instance.
/// </summary>
internal sealed record ClusterSettings(
    string StorageConnectionString, Uri ConnectorServiceUrl, Uri SlackApiBaseUrl, string SummarySchedule)
{
    public const string SlackBotToken = "xoxb-scaleout-harness";

    public string SlackSigningSecret { get; } = Secret();

    public string ApiKey { get; } = Secret();

    public string VoteLinkKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string SummaryLinkKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The instance's configuration, as environment variables (ASP.NET Core's <c>__</c> form).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(int port) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_gcServer"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        ["MicrosoftAppId"] = "",
        ["Storage__Provider"] = "TableStorage",
        ["Storage__TableStorage__ConnectionString"] = StorageConnectionString,
        ["Slack__SigningSecret"] = SlackSigningSecret,
        ["Slack__BotToken"] = SlackBotToken,
        ["Slack__ApiBaseUrl"] = SlackApiBaseUrl.ToString(),
        ["FeedbackBot__ApiKeys__0"] = ApiKey,
        ["FeedbackBot__PublicBaseUrl"] = BaseAddress(port).ToString(),
        ["FeedbackBot__SummarySchedule"] = SummarySchedule,
        ["FeedbackBot__SurveyEveryNthVote"] = "0",
        ["FeedbackBot__Votes__LinkSigningKey"] = VoteLinkKey,
        ["FeedbackBot__Summaries__LinkSigningKey"] = SummaryLinkKey,

        // Every simulated client comes from 127.0.0.1: the per-address and per-key limits
        // (FeedbackBot:RateLimits) would refuse the harness, not measure the bots.
        ["FeedbackBot__RateLimits__TurnsPerMinute"] = "0",
        ["FeedbackBot__RateLimits__InteractionsPerMinute"] = "0",
        ["FeedbackBot__RateLimits__LinkRequestsPerMinute"] = "0",
    };

    public static Uri BaseAddress(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
