using FeedbackBot.Channels.BotFramework.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FeedbackBot.Channels.BotFramework.Authentication;

/// <summary>
/// Inbound JWT validation for <c>POST /api/messages</c>, rule by rule as PROTOCOLS.md 2.2–2.6 states
/// it: header shape, issuer before signature work, signature/issuer/audience/lifetime, then the
/// channel rules (endorsement, serviceurl) or the Emulator rules (app id). Local mode (no app id)
/// admits a request without a header; a header that is present is always validated. The token
/// itself is never logged.
/// </summary>
internal sealed partial class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    OpenIdMetadataCache metadata,
    TimeProvider timeProvider,
    ILogger<BotFrameworkAuthenticator> logger) : IBotFrameworkAuthenticator
{
    private readonly JsonWebTokenHandler _reader = new();
    private readonly SignedTokenValidator _validator = new(timeProvider);

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        var result = await AuthenticateCoreAsync(authorizationHeader, channelId, serviceUrl, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            LogRefused(logger, channelId, result.Failure);
        }

        return result;
    }

    private async Task<AuthenticationResult> AuthenticateCoreAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return settings.IsLocalMode
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Failed(AuthenticationFailure.MissingHeader);
        }

        if (!BearerHeader.TryReadToken(authorizationHeader, out var rawToken))
        {
            return AuthenticationResult.Failed(AuthenticationFailure.MalformedHeader);
        }

        if (ReadUnvalidated(rawToken) is not { } token)
        {
            return AuthenticationResult.Failed(AuthenticationFailure.MalformedToken);
        }

        token.TryGetPayloadValue<string>("tid", out var tokenTenantId);
        var source = TrustedIssuers.Classify(token.Issuer, tokenTenantId, settings);
        if (source == TokenSource.Untrusted)
        {
            return AuthenticationResult.Failed(AuthenticationFailure.UntrustedIssuer);
        }

        var metadataUrl = source == TokenSource.Channel
            ? settings.ToBotFromChannelOpenIdMetadataUrl
            : settings.ToBotFromEmulatorOpenIdMetadataUrl;
        var (configuration, keyFailure) = await LoadKeysForAsync(metadataUrl, token.Kid, ct).ConfigureAwait(false);
        if (configuration is null)
        {
            return AuthenticationResult.Failed(keyFailure);
        }

        var validIssuers = source == TokenSource.Channel
            ? [settings.ToBotFromChannelTokenIssuer]
            : TrustedIssuers.EmulatorIssuers(tokenTenantId, settings);
        var (identity, failure) = await _validator.ValidateAsync(rawToken, validIssuers, settings.MicrosoftAppId, configuration).ConfigureAwait(false);
        if (identity is null)
        {
            return AuthenticationResult.Failed(failure);
        }

        failure = source == TokenSource.Channel
            ? ChannelTokenRules.Check(token, channelId, serviceUrl, configuration)
            : EmulatorTokenRules.Check(token, settings.MicrosoftAppId);
        if (failure != AuthenticationFailure.None)
        {
            return AuthenticationResult.Failed(failure);
        }

        return AuthenticationResult.Authenticated(
            identity,
            CallerIds.ForChannelIssuer(settings.ToBotFromChannelTokenIssuer),
            serviceUrlTrusted: source == TokenSource.Channel);
    }

    private JsonWebToken? ReadUnvalidated(string rawToken)
    {
        if (!_reader.CanReadToken(rawToken))
        {
            return null;
        }

        try
        {
            var token = new JsonWebToken(rawToken);
            return token.IsEncrypted ? null : token;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The metadata whose keys include the token's <c>kid</c>; an unknown <c>kid</c> forces one refresh
    /// before the token is refused, because keys may be added at any time (PROTOCOLS.md 2.2, "Caching").
    /// </summary>
    private async Task<(EndorsedOpenIdConfiguration? Configuration, AuthenticationFailure Failure)> LoadKeysForAsync(
        string metadataUrl, string keyId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            return (null, AuthenticationFailure.UnknownSigningKey);
        }

        var source = metadata.For(metadataUrl);
        try
        {
            var configuration = await source.GetAsync(ct).ConfigureAwait(false);
            if (!configuration.HasSigningKey(keyId))
            {
                configuration = await source.RefreshAsync(ct).ConfigureAwait(false);
            }

            return configuration.HasSigningKey(keyId)
                ? (configuration, AuthenticationFailure.None)
                : (null, AuthenticationFailure.UnknownSigningKey);
        }
        catch (InvalidOperationException exception)
        {
            LogMetadataUnavailable(logger, metadataUrl, exception);
            return (null, AuthenticationFailure.MetadataUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Framework request from channel {ChannelId}: {Failure}")]
    private static partial void LogRefused(ILogger logger, string? channelId, AuthenticationFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata at {MetadataUrl} is unavailable")]
    private static partial void LogMetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);
}
