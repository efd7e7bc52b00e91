using System.Collections.Immutable;
using System.Text.Json.Nodes;
using FeedbackBot.Testing.TokenIssuer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Testing;

/// <summary>
/// A real OpenID issuer on loopback HTTP (Kestrel on <c>http://127.0.0.1:0</c>) standing in for both
/// token issuers a bot trusts (PROTOCOLS.md 2.1): the Bot Framework channel issuer, whose keys carry
/// <c>endorsements</c>, and the Entra issuer the Emulator uses, whose keys carry none. It mints
/// tokens for either, valid by default and broken on request.
/// </summary>
/// <example>
/// <code>
/// await using var issuer = await LocalTokenIssuer.StartAsync();
/// configuration.AddInMemoryCollection(issuer.BotFrameworkSettings("my-app-id"));
/// var token = issuer.CreateChannelToken("my-app-id", "https://smba.example/teams/");
/// request.Headers.Authorization = new("Bearer", token);
/// </code>
/// </example>
public sealed class LocalTokenIssuer : IAsyncDisposable
{
    /// <summary>The public cloud channel issuer, as real channel tokens carry it.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The Emulator's v3.2 tenant, one of the tenants bots trust for Emulator tokens.</summary>
    public const string EmulatorTenantId = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    /// <summary>The only endorsement of the <see cref="ChannelSigningKey.OtherChannelEndorsed"/> key.</summary>
    public const string OtherChannelEndorsement = "otherchannel";

    private const string ChannelMetadataPath = "/v1/.well-known/openidconfiguration";
    private const string ChannelKeysPath = "/v1/.well-known/keys";
    private const string EmulatorMetadataPath = "/common/v2.0/.well-known/openid-configuration";
    private const string EmulatorKeysPath = "/common/discovery/v2.0/keys";

    private readonly WebApplication _app;
    private readonly TimeProvider _timeProvider;
    private readonly IssuerKey _otherChannelKey = IssuerKey.Create([OtherChannelEndorsement]);
    private readonly IssuerKey _unendorsedKey = IssuerKey.Create(endorsements: null);
    private readonly IssuerKey _unpublishedKey = IssuerKey.Create(endorsements: null);
    private readonly IssuerKey _emulatorKey = IssuerKey.Create(endorsements: null);
    private ImmutableList<IssuerKey> _endorsedKeys;
    private int _channelMetadataRequests;
    private int _channelKeysRequests;

    private LocalTokenIssuer(WebApplication app, TimeProvider timeProvider, IReadOnlyList<string> channelEndorsements)
    {
        _app = app;
        _timeProvider = timeProvider;
        ChannelEndorsements = channelEndorsements;
        _endorsedKeys = [IssuerKey.Create(channelEndorsements)];
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The port the server bound.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>The channels the endorsed channel key is endorsed for.</summary>
    public IReadOnlyList<string> ChannelEndorsements { get; }

    /// <summary>Set as <c>ToBotFromChannelOpenIdMetadataUrl</c>.</summary>
    public string ChannelOpenIdMetadataUrl => new Uri(BaseAddress, ChannelMetadataPath).ToString();

    /// <summary>Set as <c>ToBotFromEmulatorOpenIdMetadataUrl</c>.</summary>
    public string EmulatorOpenIdMetadataUrl => new Uri(BaseAddress, EmulatorMetadataPath).ToString();

    /// <summary>The <c>kid</c> channel tokens are signed with now; changes with <see cref="RotateChannelSigningKey"/>.</summary>
    public string ChannelSigningKeyId => _endorsedKeys[^1].KeyId;

    /// <summary>How many times the channel metadata document has been fetched.</summary>
    public int ChannelMetadataRequests => Volatile.Read(ref _channelMetadataRequests);

    /// <summary>How many times the channel keys document has been fetched.</summary>
    public int ChannelKeysRequests => Volatile.Read(ref _channelKeysRequests);

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <param name="timeProvider">The clock token lifetimes are computed from; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="channelEndorsements">What the endorsed channel key is endorsed for; by default <c>msteams</c>, <c>webchat</c>, <c>directline</c>, <c>emulator</c>.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<LocalTokenIssuer> StartAsync(
        TimeProvider? timeProvider = null, IReadOnlyList<string>? channelEndorsements = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var issuer = new LocalTokenIssuer(app, timeProvider ?? TimeProvider.System, channelEndorsements ?? ["msteams", "webchat", "directline", "emulator"]);
        issuer.MapDocuments();
        await app.StartAsync(ct).ConfigureAwait(false);
        issuer.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>
    /// The Bot Framework settings (SDK key names, configuration root) that make a bot with
    /// <paramref name="appId"/> trust this issuer, for an in-memory configuration source.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotFrameworkSettings(string appId) => new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = appId,
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelOpenIdMetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorOpenIdMetadataUrl,
    };

    /// <summary>
    /// A channel token as Azure Bot Service sends it: <c>iss</c> <see cref="ChannelIssuer"/>,
    /// <c>aud</c> <paramref name="appId"/>, claim <c>serviceurl</c> <paramref name="serviceUrl"/>,
    /// signed by the endorsed key. <paramref name="options"/> breaks one thing at a time.
    /// </summary>
    public string CreateChannelToken(string appId, string serviceUrl, ChannelTokenOptions? options = null)
    {
        options ??= new ChannelTokenOptions();
        var now = _timeProvider.GetUtcNow();
        var claims = new TokenClaims(
            options.Issuer ?? ChannelIssuer,
            options.Audience ?? appId,
            options.NotBefore ?? now.AddMinutes(-5),
            options.Expires ?? now.AddMinutes(60),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl });
        var endorsedKey = _endorsedKeys[^1];
        switch (options.SigningKey)
        {
            case ChannelSigningKey.Endorsed:
                return TokenMinter.Signed(endorsedKey.SigningCredentials, claims);
            case ChannelSigningKey.OtherChannelEndorsed:
                return TokenMinter.Signed(_otherChannelKey.SigningCredentials, claims);
            case ChannelSigningKey.WithoutEndorsements:
                return TokenMinter.Signed(_unendorsedKey.SigningCredentials, claims);
            case ChannelSigningKey.Unpublished:
                return TokenMinter.Signed(_unpublishedKey.SigningCredentials, claims);
            case ChannelSigningKey.AlgNone:
                return TokenMinter.Unsigned(endorsedKey.KeyId, claims);
            case ChannelSigningKey.ForgedWithEndorsedKid:
                return TokenMinter.Signed(_unpublishedKey.CredentialsUnder(endorsedKey.KeyId), claims);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.SigningKey, "Unknown signing key choice.");
        }
    }

    /// <summary>
    /// An Emulator token: Entra-issued for tenant <see cref="EmulatorTenantId"/>, <c>aud</c> and
    /// caller app id <paramref name="appId"/>, signed by the key under <see cref="EmulatorOpenIdMetadataUrl"/>.
    /// </summary>
    public string CreateEmulatorToken(string appId, EmulatorTokenOptions? options = null)
    {
        options ??= new EmulatorTokenOptions();
        var now = _timeProvider.GetUtcNow();
        var extra = new Dictionary<string, object> { ["tid"] = options.TenantId };
        if (options.Version is not null)
        {
            extra["ver"] = options.Version;
        }

        extra[options.Version == "2.0" ? "azp" : "appid"] = options.CallerAppId ?? appId;
        var issuer = options.Issuer ?? (options.Version == "2.0"
            ? $"https://login.microsoftonline.com/{options.TenantId}/v2.0"
            : $"https://sts.windows.net/{options.TenantId}/");
        var claims = new TokenClaims(
            issuer,
            options.Audience ?? appId,
            options.NotBefore ?? now.AddMinutes(-5),
            options.Expires ?? now.AddMinutes(60),
            extra);
        return TokenMinter.Signed(_emulatorKey.SigningCredentials, claims);
    }

    /// <summary>
    /// Publishes a new endorsed channel key and signs channel tokens with it from now on; earlier keys
    /// stay published, as during a real rollover. A bot that cached the keys must refresh to accept it.
    /// </summary>
    /// <returns>The new key's <c>kid</c>.</returns>
    public string RotateChannelSigningKey()
    {
        var key = IssuerKey.Create(ChannelEndorsements);
        ImmutableInterlocked.Update(ref _endorsedKeys, keys => keys.Add(key));
        return key.KeyId;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        foreach (var key in _endorsedKeys.Concat([_otherChannelKey, _unendorsedKey, _unpublishedKey, _emulatorKey]))
        {
            key.Dispose();
        }
    }

    private void MapDocuments()
    {
        _app.MapGet(ChannelMetadataPath, () =>
        {
            Interlocked.Increment(ref _channelMetadataRequests);
            return Json(Metadata(ChannelIssuer, ChannelKeysPath));
        });
        _app.MapGet(ChannelKeysPath, () =>
        {
            Interlocked.Increment(ref _channelKeysRequests);
            return Json(KeySet([.. _endorsedKeys, _otherChannelKey, _unendorsedKey]));
        });
        _app.MapGet(EmulatorMetadataPath, () => Json(Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EmulatorKeysPath)));
        _app.MapGet(EmulatorKeysPath, () => Json(KeySet([_emulatorKey])));
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private static JsonObject KeySet(IEnumerable<IssuerKey> keys) => new()
    {
        ["keys"] = new JsonArray([.. keys.Select(key => key.ToJwk())]),
    };

    private static IResult Json(JsonObject document) =>
        Results.Text(document.ToJsonString(), "application/json");
}
