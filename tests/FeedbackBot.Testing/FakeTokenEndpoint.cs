using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using FeedbackBot.Testing.Connector;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Testing;

/// <summary>
/// A local stand-in for the bot's token issuer over HTTPS on 127.0.0.1 (PROTOCOLS.md 3.1):
/// the Entra v2.0 client-credentials endpoint <c>POST /{tenant}/oauth2/v2.0/token</c>, its
/// OpenID configuration document, and an App Service style managed-identity endpoint
/// <c>GET /msi/token</c>. Point <c>ToChannelFromBotLoginUrl</c> at <see cref="LoginUrl"/>, turn
/// <c>ValidateAuthority</c> off, and give MSAL an HttpClient from <see cref="CreateTrustingHandler"/>.
/// Tokens are opaque random strings; <see cref="TokensIssued"/> counts them.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly X509Certificate2 _certificate;
    private readonly ConcurrentQueue<FakeTokenEndpointRequest> _requests = new();
    private readonly ConcurrentQueue<string> _issued = new();
    private long _lifetimeSeconds = 3600;
    private LoopbackServer? _server;

    private FakeTokenEndpoint(string clientId, string clientSecret, X509Certificate2 certificate)
    {
        _clientId = clientId;
        _clientSecret = clientSecret;
        _certificate = certificate;
        ManagedIdentityHeader = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    }

    /// <summary>The authority host, e.g. <c>https://127.0.0.1:54321</c> (use as <c>ToChannelFromBotLoginUrl</c>).</summary>
    public Uri LoginUrl { get; private set; } = null!;

    /// <summary>The managed-identity endpoint (MSAL reads it from <c>IDENTITY_ENDPOINT</c>).</summary>
    public Uri ManagedIdentityEndpoint => new(LoginUrl, "msi/token");

    /// <summary>The secret a managed-identity request must carry in <c>X-IDENTITY-HEADER</c> (<c>IDENTITY_HEADER</c>).</summary>
    public string ManagedIdentityHeader { get; }

    /// <summary>The <c>expires_in</c> of tokens issued from now on (default one hour).</summary>
    public TimeSpan TokenLifetime
    {
        get => TimeSpan.FromSeconds(Interlocked.Read(ref _lifetimeSeconds));
        set => Interlocked.Exchange(ref _lifetimeSeconds, (long)value.TotalSeconds);
    }

    public int TokensIssued => _issued.Count;

    /// <summary>Every access token issued so far, oldest first.</summary>
    public IReadOnlyList<string> IssuedTokens => [.. _issued];

    public IReadOnlyList<FakeTokenEndpointRequest> Requests => [.. _requests];

    /// <param name="clientId">The app id (or managed identity client id) accepted.</param>
    /// <param name="clientSecret">The client secret accepted for client credentials.</param>
    public static async Task<FakeTokenEndpoint> StartAsync(string clientId, string clientSecret)
    {
        var endpoint = new FakeTokenEndpoint(clientId, clientSecret, FakeTokenEndpointCertificate.Create());
        endpoint._server = await LoopbackServer.StartAsync(endpoint.HandleAsync, endpoint._certificate).ConfigureAwait(false);
        endpoint.LoginUrl = endpoint._server.BaseAddress;
        return endpoint;
    }

    /// <summary>A handler whose TLS trusts this endpoint's certificate and nothing else.</summary>
    public HttpMessageHandler CreateTrustingHandler() => FakeTokenEndpointCertificate.CreateTrustingHandler(_certificate);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _certificate.Dispose();
    }

    private Task HandleAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        return (context.Request.Method, segments) switch
        {
            ("POST", [var tenant, "oauth2", "v2.0", "token"]) => ClientCredentialsAsync(context, tenant),
            ("GET", [var tenant, "v2.0", ".well-known", "openid-configuration"]) => OpenIdConfigurationAsync(context, tenant),
            ("GET", ["msi", "token"]) => ManagedIdentityAsync(context),
            _ => WriteAsync(context, StatusCodes.Status404NotFound, new { error = "not_found" }),
        };
    }

    private async Task ClientCredentialsAsync(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var clientId = form["client_id"].ToString();
        var scope = form["scope"].ToString();
        var valid = form["grant_type"] == "client_credentials"
            && string.Equals(clientId, _clientId, StringComparison.Ordinal)
            && string.Equals(form["client_secret"].ToString(), _clientSecret, StringComparison.Ordinal);
        if (!valid)
        {
            _requests.Enqueue(new FakeTokenEndpointRequest("client_credentials", tenant, clientId, scope, StatusCodes.Status401Unauthorized));
            await WriteAsync(context, StatusCodes.Status401Unauthorized, new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }).ConfigureAwait(false);
            return;
        }

        var lifetime = (long)TokenLifetime.TotalSeconds;
        var token = Issue();
        _requests.Enqueue(new FakeTokenEndpointRequest("client_credentials", tenant, clientId, scope, StatusCodes.Status200OK));
        await WriteAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = token,
        }).ConfigureAwait(false);
    }

    private async Task ManagedIdentityAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        var resource = query["resource"].ToString();
        if (!string.Equals(context.Request.Headers["X-IDENTITY-HEADER"].ToString(), ManagedIdentityHeader, StringComparison.Ordinal)
            || !string.Equals(clientId, _clientId, StringComparison.Ordinal))
        {
            _requests.Enqueue(new FakeTokenEndpointRequest("managed_identity", null, clientId, resource, StatusCodes.Status400BadRequest));
            await WriteAsync(context, StatusCodes.Status400BadRequest, new { statusCode = 400, message = "Unknown identity or missing header." }).ConfigureAwait(false);
            return;
        }

        var expiresOn = DateTimeOffset.UtcNow.Add(TokenLifetime).ToUnixTimeSeconds();
        var token = Issue();
        _requests.Enqueue(new FakeTokenEndpointRequest("managed_identity", null, clientId, resource, StatusCodes.Status200OK));
        await WriteAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["expires_on"] = expiresOn.ToString(CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = clientId,
        }).ConfigureAwait(false);
    }

    private Task OpenIdConfigurationAsync(HttpContext context, string tenant)
    {
        var issuer = new Uri(LoginUrl, $"{tenant}/v2.0").AbsoluteUri;
        return WriteAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["token_endpoint"] = new Uri(LoginUrl, $"{tenant}/oauth2/v2.0/token").AbsoluteUri,
            ["authorization_endpoint"] = new Uri(LoginUrl, $"{tenant}/oauth2/v2.0/authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(LoginUrl, $"{tenant}/discovery/v2.0/keys").AbsoluteUri,
        });
    }

    private string Issue()
    {
        var token = "fake-bot-token-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        _issued.Enqueue(token);
        return token;
    }

    private static Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json), context.RequestAborted).AsTask();
    }
}
