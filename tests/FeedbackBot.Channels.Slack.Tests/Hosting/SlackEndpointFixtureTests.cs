using System.Net;
using System.Text;
using FeedbackBot.Channels.Slack.Tests.Support;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Hosting;

/// <summary>
/// The raw payload fixtures, signed inside the test, at the real endpoints (STYLE.md 9): a valid
/// signature, a wrong one, a stale timestamp, a missing header, and url_verification.
/// </summary>
public sealed class SlackEndpointFixtureTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private SlackChannelHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await SlackChannelHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EventCallbackFixture_ValidSignature_MentionStartsTheDialogInTheChannel()
    {
        using var request = _host.Signer.Json("/api/slack/events", Fixture.Read("event-callback.json"));

        using var response = await _host.Client.SendAsync(request, Ct);
        await _host.Slack.WaitForCallsAsync("chat.postMessage", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(_host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("C2147483705", post.Field("channel"));
        Assert.Contains(post.AllText(), t => t.Contains("name", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SlashCommandFixture_ValidSignature_IsAcknowledgedEmpty()
    {
        using var request = _host.Signer.Form("/api/slack/commands", Fixture.Read("slash-command.txt"));

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task BlockActionsFixture_ValidSignature_IsAcknowledged()
    {
        using var request = _host.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(Fixture.Read("block-actions.json")));

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ViewSubmissionFixture_ValidSignature_ClosesTheModalAndAnswersPrivately()
    {
        using var request = _host.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(Fixture.Read("view-submission.json")));

        using var response = await _host.Client.SendAsync(request, Ct);
        await _host.Slack.WaitForCallsAsync("chat.postEphemeral", 1, Wait, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        var reply = Assert.Single(_host.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(("C2147483705", "U2147483697"), (reply.Field("channel"), reply.Field("user")));
    }

    [Fact]
    public async Task ViewSubmissionFixture_MetadataNotFromOurModal_Answers400()
    {
        using var request = _host.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(Fixture.Read("view-submission.json").Replace("""\"form\":\"FINGERPRINT\",""", "", StringComparison.Ordinal)));

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UrlVerification_ValidSignature_AnswersTheChallenge()
    {
        using var request = _host.Signer.Json("/api/slack/events", """{"token":"x","challenge":"c-123","type":"url_verification"}""");

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal("c-123", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task UrlVerification_Unsigned_Answers401()
    {
        using var content = new StringContent("""{"token":"x","challenge":"c-123","type":"url_verification"}""", Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync("/api/slack/events", content, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("wrong-secret", 0)]
    [InlineData(SlackRequestSigner.TestSigningSecret, 6)]
    public async Task EventCallbackFixture_WrongSecretOrStaleTimestamp_Answers401AndDoesNothing(string secret, int minutesOld)
    {
        using var request = new SlackRequestSigner(secret).Json("/api/slack/events", Fixture.Read("event-callback.json"), TimeSpan.FromMinutes(minutesOld));

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Slack.Calls);
    }

    [Theory]
    [InlineData("X-Slack-Signature")]
    [InlineData("X-Slack-Request-Timestamp")]
    public async Task SlashCommandFixture_HeaderMissing_Answers401(string header)
    {
        using var request = _host.Signer.Form("/api/slack/commands", Fixture.Read("slash-command.txt"));
        request.Headers.Remove(header);

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
