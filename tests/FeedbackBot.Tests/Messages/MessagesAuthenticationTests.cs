using System.Net;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Testing.TokenIssuer;
using FeedbackBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FeedbackBot.Tests.Messages;

/// <summary>
/// /api/messages with an app id: only a channel token that passes every rule of PROTOCOLS.md 2.2
/// runs a turn; every other request is a bare 401 that stores nothing and sends nothing.
/// </summary>
public sealed class MessagesAuthenticationTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private BotFrameworkPeers _peers = null!;
    private BotHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _peers = await BotFrameworkPeers.StartAsync();
        _host = new BotHost(_database.Path, _peers.AuthenticatedSettings(), _peers.ConfigureServices);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _peers.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Post_ValidChannelToken_RunsTheTurnAndRepliesWithTheBotsToken()
    {
        var activity = Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help");

        var response = await Activities.PostAsync(_host.Client, activity, _peers.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _peers.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var reply = Assert.Single(_peers.Connector.Requests);
        Assert.Equal($"Bearer {_peers.TokenEndpoint.IssuedTokens.Single()}", reply.Authorization);
        Assert.Equal("a:personal-1", reply.ConversationId);
        Assert.NotNull(await References().FindAsync(Activities.TenantId, "29:ada", TestContext.Current.CancellationToken));
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "no header", "wrong scheme", "one part", "garbage", "expired", "not yet valid", "wrong audience",
        "wrong issuer", "bad signature", "unpublished key", "alg none", "key without the channel's endorsement",
        "serviceUrl claim mismatch",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Post_RefusedToken_Answers401AndLeavesNoTrace(string kind)
    {
        var activity = Activities.TeamsMessage(_peers.Connector.ServiceUrl, "help");
        var header = AuthorizationFor(kind);

        var response = await PostWithRawHeaderAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(_peers.Connector.Requests);
        Assert.Empty(await References().ListAsync(Activities.TenantId, TestContext.Current.CancellationToken));
        Assert.Null(await StateStore().ReadAsync(new ConversationKey("msteams", "a:personal-1"), TestContext.Current.CancellationToken));
    }

    private string? AuthorizationFor(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        var serviceUrl = _peers.Connector.ServiceUrl.ToString();
        string Token(ChannelTokenOptions options) => _peers.Issuer.CreateChannelToken(BotFrameworkPeers.AppId, serviceUrl, options);
        return kind switch
        {
            "no header" => null,
            "wrong scheme" => $"Basic {_peers.ChannelToken()}",
            "one part" => _peers.ChannelToken(),
            "garbage" => "Bearer not.a.jwt",
            "expired" => "Bearer " + Token(new() { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => "Bearer " + Token(new() { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "wrong audience" => "Bearer " + Token(new() { Audience = "someone-elses-bot" }),
            "wrong issuer" => "Bearer " + Token(new() { Issuer = "https://evil.example" }),
            "bad signature" => "Bearer " + Token(new() { SigningKey = ChannelSigningKey.ForgedWithEndorsedKid }),
            "unpublished key" => "Bearer " + Token(new() { SigningKey = ChannelSigningKey.Unpublished }),
            "alg none" => "Bearer " + Token(new() { SigningKey = ChannelSigningKey.AlgNone }),
            "key without the channel's endorsement" => "Bearer " + Token(new() { SigningKey = ChannelSigningKey.OtherChannelEndorsed }),
            "serviceUrl claim mismatch" => "Bearer " + _peers.Issuer.CreateChannelToken(BotFrameworkPeers.AppId, "https://attacker.example/"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private async Task<HttpResponseMessage> PostWithRawHeaderAsync(System.Text.Json.Nodes.JsonObject activity, string? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return await _host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private IConversationReferenceStore References() => _host.Services.GetRequiredService<IConversationReferenceStore>();

    private IDialogStateStore StateStore() => _host.Services.GetRequiredService<IDialogStateStore>();
}
