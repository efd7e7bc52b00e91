using System.Net;
using System.Text;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.Tests.Slack;

/// <summary>
/// Unsigned, stale, malformed, unknown and oversized requests (PROTOCOLS.md 6.1): a bare 401, 400
/// or 413, nothing sent to Slack, and the host keeps serving.
/// </summary>
public sealed class SlackBadInputTests : IAsyncLifetime
{
    private SlackBot _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await SlackBot.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string> Paths => new() { "/api/slack/commands", "/api/slack/interactions", "/api/slack/events" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_WithoutSignatureHeaders_Answers401WithNoBody(string path)
    {
        using var content = new StringContent(SlackPayloads.SlashCommand("/decision-check", "", "C1", null), Encoding.UTF8, SlackRequestSigner.FormContentType);

        using var response = await _bot.Client.PostAsync(path, content, Ct);

        await AssertRefusedAsync(HttpStatusCode.Unauthorized, response);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_SignedWithAnotherSecret_Answers401(string path)
    {
        using var request = new SlackRequestSigner("another-secret").Form(path, SlackPayloads.SlashCommand("/decision-check", "", "C1", null));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.Unauthorized, response);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_TimestampSixMinutesOld_Answers401(string path)
    {
        using var request = _bot.Signer.Form(path, SlackPayloads.SlashCommand("/decision-check", "", "C1", null), age: TimeSpan.FromMinutes(6));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.Unauthorized, response);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Answers401()
    {
        using var request = _bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C1", null));
        var tampered = Encoding.UTF8.GetBytes(SlackPayloads.SlashCommand("/decision-check", "", "C2", null));
        request.Content = new ByteArrayContent(tampered);

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.Unauthorized, response);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_OversizedSignedBody_Answers413(string path)
    {
        using var request = _bot.Signer.Form(path, "text=" + new string('a', 2 * 1024 * 1024));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.RequestEntityTooLarge, response);
    }

    [Theory]
    [InlineData("/api/slack/commands", "command=%2Fdecision-check&team_id=T1&user_id=U1&channel_id=C1&text=%zz")]
    [InlineData("/api/slack/commands", "command=%2Fdecision-check&command=%2Fdecision-check&team_id=T1&user_id=U1&channel_id=C1")]
    [InlineData("/api/slack/commands", "team_id=T1&user_id=U1&channel_id=C1")]
    [InlineData("/api/slack/commands", "{\"command\":\"/decision-check\"}")]
    [InlineData("/api/slack/interactions", "nopayload=1")]
    [InlineData("/api/slack/interactions", "payload=not%20json")]
    [InlineData("/api/slack/interactions", "payload=%7B%22type%22%3A%22shortcut%22%7D")]
    [InlineData("/api/slack/interactions", "payload=%5B1%2C2%5D")]
    public async Task Post_MalformedSignedForm_Answers400(string path, string body)
    {
        using var request = _bot.Signer.Form(path, body);

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task Post_UnknownAction_Answers400()
    {
        var click = SlackPayloads.BlockActions("C1", "1.2", "someone.elses.action", "x", ephemeral: false, null);
        using var request = _bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task Post_CardButtonValueNotOurs_Answers400()
    {
        var click = SlackPayloads.BlockActions("C1", "1.2", "reply.button.0", "not json", ephemeral: false, null);
        using var request = _bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(click));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task Post_ViewSubmissionWithForeignMetadata_Answers400()
    {
        using var request = _bot.Signer.Form("/api/slack/interactions", SlackRequestSigner.InteractionBody(SlackPayloads.ViewSubmission("{\"evil\":true}", "answer", "x")));

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.BadRequest, response);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"event_callback\",\"team_id\":\"T1\"}")]
    [InlineData("{\"type\":\"url_verification\"}")]
    [InlineData("{\"type\":\"event_callback\",\"event_time\":\"yesterday\"}")]
    public async Task Post_MalformedSignedEvent_Answers400(string body)
    {
        using var request = _bot.Signer.Json("/api/slack/events", body);

        using var response = await _bot.Client.SendAsync(request, Ct);

        await AssertRefusedAsync(HttpStatusCode.BadRequest, response);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("x-slack-no-retry")));
    }

    private async Task AssertRefusedAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(_bot.Slack.Calls);
        using var health = await _bot.Client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
