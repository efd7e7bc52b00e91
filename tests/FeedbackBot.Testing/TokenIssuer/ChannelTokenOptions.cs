namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>
/// Knobs for <see cref="LocalTokenIssuer.CreateChannelToken"/>; the defaults mint a valid token. Times
/// left null are taken from the issuer's clock: <c>nbf</c> = now − 5 min, <c>exp</c> = now + 60 min.
/// A serviceurl mismatch needs no knob: mint for one service URL and present another.
/// </summary>
public sealed record ChannelTokenOptions
{
    /// <summary><c>aud</c>; defaults to the app id passed to the issuer.</summary>
    public string? Audience { get; init; }

    /// <summary><c>iss</c>; defaults to <see cref="LocalTokenIssuer.ChannelIssuer"/>.</summary>
    public string? Issuer { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public ChannelSigningKey SigningKey { get; init; } = ChannelSigningKey.Endorsed;
}
