using System.Text.Json;
using System.Text.RegularExpressions;
using FeedbackBot.Channels.Slack.Commands;
using FeedbackBot.Channels.Slack.Hosting;

namespace FeedbackBot.Channels.Slack.Tests.Manifest;

/// <summary>
/// manifest/slack/manifest.json against the constraints of Slack's manifest schema v1
/// (slackapi/manifest-schema schemas/manifest.schema.1.0.0.json; PROTOCOLS.md 6.11), and against
/// what the bot implements. The schema is not vendored; its rules that apply to what a bot
/// manifest may contain are checked here one by one.
/// </summary>
public sealed partial class SlackManifestTests
{
    private const string PublicBaseUrl = "https://feedbackbot.example.com";

    private static readonly string RawManifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifest", "slack-manifest.json"));

    private static readonly JsonElement Manifest = JsonDocument.Parse(RawManifest.Replace("${{PUBLIC_BASE_URL}}", PublicBaseUrl, StringComparison.Ordinal)).RootElement;

    [Fact]
    public void Placeholders_UseOneSyntaxAndAreAllDocumented()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifest", "manifest-README.md"));

        var placeholders = Placeholder().Matches(RawManifest).Select(m => m.Value).Distinct().ToList();

        Assert.Equal(["${{PUBLIC_BASE_URL}}"], placeholders);
        Assert.All(placeholders, p => Assert.Contains(p, readme, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", Placeholder().Replace(RawManifest, ""), StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevel_OnlyKnownKeys_DisplayInformationRequired()
    {
        AssertKeys(Manifest, ["_metadata", "display_information", "features", "oauth_config", "settings"], required: ["display_information"]);
        AssertKeys(Manifest.GetProperty("_metadata"), ["major_version", "minor_version"], required: []);
        Assert.Equal(1, Manifest.GetProperty("_metadata").GetProperty("major_version").GetInt32());
    }

    [Fact]
    public void DisplayInformation_WithinSchemaLimits()
    {
        var display = Manifest.GetProperty("display_information");

        AssertKeys(display, ["name", "description", "long_description", "background_color"], required: ["name"]);
        AssertLength(display, "name", 1, 35);
        AssertLength(display, "description", 1, 140);
        AssertLength(display, "background_color", 4, 7);
        Assert.Matches("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$", display.GetProperty("background_color").GetString());
        if (display.TryGetProperty("long_description", out _))
        {
            AssertLength(display, "long_description", 175, 4000);
        }
    }

    [Fact]
    public void Features_WithinSchemaLimits()
    {
        var features = Manifest.GetProperty("features");
        AssertKeys(features, ["app_home", "bot_user", "slash_commands"], required: ["bot_user", "slash_commands"]);
        AssertKeys(features.GetProperty("app_home"), ["home_tab_enabled", "messages_tab_enabled", "messages_tab_read_only_enabled"], required: []);
        AssertKeys(features.GetProperty("bot_user"), ["display_name", "always_online"], required: ["display_name"]);
        AssertLength(features.GetProperty("bot_user"), "display_name", 1, 80);

        var commands = features.GetProperty("slash_commands").EnumerateArray().ToList();

        Assert.InRange(commands.Count, 1, 50);
        Assert.All(commands, command =>
        {
            AssertKeys(command, ["command", "url", "description", "usage_hint", "should_escape"], required: ["command", "description"]);
            AssertLength(command, "command", 2, 32);
            Assert.StartsWith("/", command.GetProperty("command").GetString(), StringComparison.Ordinal);
            AssertLength(command, "description", 1, 2000);
            AssertUrl(command, "url", 3000);
            if (command.TryGetProperty("usage_hint", out _))
            {
                AssertLength(command, "usage_hint", 1, 1000);
            }
        });
    }

    [Fact]
    public void OAuthAndSettings_WithinSchemaLimits()
    {
        var oauth = Manifest.GetProperty("oauth_config");
        AssertKeys(oauth, ["scopes", "redirect_urls", "token_management_enabled", "pkce_enabled"], required: []);
        AssertKeys(oauth.GetProperty("scopes"), ["bot", "user", "bot_optional", "user_optional"], required: []);
        var scopes = oauth.GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.InRange(scopes.Count, 0, 255);
        Assert.All(scopes, s => Assert.InRange(s.Length, 1, 50));

        var settings = Manifest.GetProperty("settings");
        AssertKeys(settings, ["interactivity", "event_subscriptions", "org_deploy_enabled", "socket_mode_enabled", "token_rotation_enabled"], required: []);
        var interactivity = settings.GetProperty("interactivity");
        AssertKeys(interactivity, ["is_enabled", "request_url", "message_menu_options_url"], required: ["is_enabled"]);
        AssertUrl(interactivity, "request_url", 3500);
        var events = settings.GetProperty("event_subscriptions");
        AssertKeys(events, ["request_url", "bot_events", "user_events"], required: []);
        AssertUrl(events, "request_url", 3500);
        var botEvents = events.GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.InRange(botEvents.Count, 0, 100);
        Assert.Equal(botEvents.Count, botEvents.Distinct().Count());
    }

    [Fact]
    public void Manifest_NamesWhatTheBotImplements()
    {
        var commands = Manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().ToList();
        var settings = Manifest.GetProperty("settings");

        Assert.Equal(SlashCommands.All.Select(c => "/" + c), commands.Select(c => c.GetProperty("command").GetString()));
        Assert.All(commands, c => Assert.Equal(PublicBaseUrl + SlackEndpoints.CommandsPath, c.GetProperty("url").GetString()));
        Assert.Equal(PublicBaseUrl + SlackEndpoints.InteractionsPath, settings.GetProperty("interactivity").GetProperty("request_url").GetString());
        Assert.True(settings.GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
        Assert.Equal(PublicBaseUrl + SlackEndpoints.EventsPath, settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString());
        Assert.Equal(["app_mention", "message.im"], settings.GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()));
        Assert.False(settings.GetProperty("socket_mode_enabled").GetBoolean());
    }

    [Fact]
    public void Scopes_AreExactlyWhatTheFeaturesNeed()
    {
        var scopes = Manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString());

        // commands: slash commands; chat:write: post, update, ephemeral; im:history: message.im;
        // app_mentions:read: app_mention; im:write: conversations.open; users:read: users.info locale.
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "im:history", "im:write", "users:read"], scopes.Order(StringComparer.Ordinal));
    }

    private static void AssertKeys(JsonElement element, string[] allowed, string[] required)
    {
        var keys = element.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(keys, k => Assert.Contains(k, allowed));
        Assert.All(required, r => Assert.Contains(r, keys));
    }

    private static void AssertLength(JsonElement element, string property, int min, int max) =>
        Assert.InRange(element.GetProperty(property).GetString()!.Length, min, max);

    private static void AssertUrl(JsonElement element, string property, int max)
    {
        var url = element.GetProperty(property).GetString()!;
        Assert.Matches("^https?://", url);
        Assert.InRange(url.Length, 1, max);
    }

    [GeneratedRegex(@"\$\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();
}
