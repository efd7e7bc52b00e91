namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>
/// Knobs for <see cref="LocalTokenIssuer.CreateEmulatorToken"/>; the defaults mint a valid v1.0 token as the
/// Emulator does (minted with the bot's own credentials, so <c>appid</c> is the bot's app id).
/// </summary>
public sealed record EmulatorTokenOptions
{
    /// <summary>
    /// The <c>ver</c> claim: <c>"1.0"</c> puts the caller in <c>appid</c> and uses the
    /// <c>sts.windows.net</c> issuer; <c>"2.0"</c> puts it in <c>azp</c> and uses the
    /// <c>login.microsoftonline.com/…/v2.0</c> issuer; null omits <c>ver</c> (treated as 1.0).
    /// </summary>
    public string? Version { get; init; } = "1.0";

    /// <summary>The caller's app id (<c>appid</c> or <c>azp</c>); defaults to the app id passed to the issuer.</summary>
    public string? CallerAppId { get; init; }

    /// <summary><c>aud</c>; defaults to the app id passed to the issuer.</summary>
    public string? Audience { get; init; }

    /// <summary><c>tid</c>, also used in the issuer; defaults to <see cref="LocalTokenIssuer.EmulatorTenantId"/>.</summary>
    public string TenantId { get; init; } = LocalTokenIssuer.EmulatorTenantId;

    /// <summary><c>iss</c>; defaults to the Entra issuer for <see cref="Version"/> and <see cref="TenantId"/>.</summary>
    public string? Issuer { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }
}
