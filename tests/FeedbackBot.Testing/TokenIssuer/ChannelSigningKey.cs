namespace FeedbackBot.Testing.TokenIssuer;

/// <summary>Which key signs a channel token minted by <see cref="LocalTokenIssuer"/>, and how.</summary>
public enum ChannelSigningKey
{
    /// <summary>The current published key, endorsed for <see cref="LocalTokenIssuer.ChannelEndorsements"/>: a valid token.</summary>
    Endorsed,

    /// <summary>A published key endorsed only for <see cref="LocalTokenIssuer.OtherChannelEndorsement"/>.</summary>
    OtherChannelEndorsed,

    /// <summary>A published key whose JWK carries no <c>endorsements</c> array.</summary>
    WithoutEndorsements,

    /// <summary>A key nobody publishes, with the endorsed key's <c>kid</c> in the header: a bad signature.</summary>
    ForgedWithEndorsedKid,

    /// <summary>A key nobody publishes, with its own <c>kid</c>: an unknown key even after a metadata refresh.</summary>
    Unpublished,

    /// <summary><c>alg: none</c> with the endorsed key's <c>kid</c> and an empty signature.</summary>
    AlgNone,
}
