namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>A freshly minted token and its lifetime in whole seconds (the wire's <c>expires_in</c>).</summary>
public sealed record IssuedDirectLineToken(string Token, int ExpiresIn, DirectLineTokenClaims Claims);

/// <summary>Why a presented token was refused, or that it was accepted.</summary>
public enum DirectLineTokenStatus
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>The result of reading a token: its claims when valid.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims = null);
