using System.Net;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Tests.DirectLine;

/// <summary>
/// When the endpoint and the page are served: on by default in local mode, off with an app id
/// unless enabled, and then only with a secret (start-up fails otherwise).
/// </summary>
public sealed class DirectLineActivationTests : IDisposable
{
    private const string AppId = "0b5e7c84-feed-back-bot0-000000000001";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task LocalMode_NoDirectLineSettings_ServesThePageAndTheEndpointWithAGeneratedSecret()
    {
        await using var host = new BotHost(_database.Path);

        var page = await host.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var token = await host.Client.PostAsync("/chat/token", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task LocalMode_Disabled_ServesNeither()
    {
        await using var host = new BotHost(_database.Path, new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });

        await AssertOffAsync(host);
    }

    [Fact]
    public async Task AppId_NotEnabled_ServesNeither()
    {
        await using var host = new BotHost(_database.Path, WithAppId());

        await AssertOffAsync(host);
    }

    [Fact]
    public async Task AppId_EnabledWithASecret_Serves()
    {
        var settings = WithAppId();
        settings["DirectLine:Enabled"] = "true";
        settings["DirectLine:Secret"] = DirectLineBot.Secret;
        await using var host = new BotHost(_database.Path, settings);

        var response = await new DirectLineApi(host.Client).SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineBot.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AppId_EnabledWithoutASecret_FailsStartUp()
    {
        var settings = WithAppId();
        settings["DirectLine:Enabled"] = "true";
        await using var host = new BotHost(_database.Path, settings);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => host.Client);

        Assert.Contains("DirectLine:Secret is required", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortSecret_FailsStartUpWithoutShowingTheSecret()
    {
        await using var host = new BotHost(_database.Path, new Dictionary<string, string?> { ["DirectLine:Secret"] = "short-secret-value" });

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => host.Client);

        Assert.Contains("at least 32 characters", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret-value", failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> WithAppId() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-client-secret-value",
    };

    private static async Task AssertOffAsync(BotHost host)
    {
        var page = await host.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var token = await host.Client.PostAsync("/chat/token", null, TestContext.Current.CancellationToken);
        var generate = await new DirectLineApi(host.Client).SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineBot.Secret);

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { page.StatusCode, token.StatusCode, generate.StatusCode });
    }
}
