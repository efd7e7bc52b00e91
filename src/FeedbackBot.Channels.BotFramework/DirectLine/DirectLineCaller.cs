namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// Who is calling a Direct Line endpoint, from its <c>Authorization: Bearer</c> header: the secret's
/// holder (any conversation, any user), a token's holder (its one conversation, as its user), or
/// nobody we accept.
/// </summary>
public sealed record DirectLineCaller
{
    private DirectLineCaller(DirectLineCallerKind kind, DirectLineTokenClaims? token)
    {
        Kind = kind;
        Token = token;
    }

    public DirectLineCallerKind Kind { get; }

    /// <summary>The token's claims when <see cref="Kind"/> is <see cref="DirectLineCallerKind.Token"/>.</summary>
    public DirectLineTokenClaims? Token { get; }

    public static DirectLineCaller Secret { get; } = new(DirectLineCallerKind.Secret, null);

    public static DirectLineCaller Anonymous { get; } = new(DirectLineCallerKind.Anonymous, null);

    public static DirectLineCaller Refused { get; } = new(DirectLineCallerKind.Refused, null);

    public static DirectLineCaller Expired { get; } = new(DirectLineCallerKind.Expired, null);

    public static DirectLineCaller ForToken(DirectLineTokenClaims claims) => new(DirectLineCallerKind.Token, claims);

    /// <summary>True for the secret, and for a token minted for exactly this conversation (ids compare ordinally).</summary>
    public bool MayUse(string conversationId) => Kind switch
    {
        DirectLineCallerKind.Secret => true,
        DirectLineCallerKind.Token => string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal),
        _ => false,
    };
}

/// <summary>The kinds of <see cref="DirectLineCaller"/>.</summary>
public enum DirectLineCallerKind
{
    /// <summary>No usable Authorization header at all.</summary>
    Anonymous,

    /// <summary>A bearer value that is neither the secret nor a token we signed.</summary>
    Refused,

    /// <summary>A token we signed, past its expiry.</summary>
    Expired,

    Secret,
    Token,
}
