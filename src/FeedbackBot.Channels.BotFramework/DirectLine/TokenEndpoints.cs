using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// <c>POST /v3/directline/tokens/generate</c> (secret only), <c>POST /v3/directline/tokens/refresh</c>
/// (a valid token), and <c>POST /chat/token</c>, which gives our chat page a token for a new
/// conversation of a new user, so the secret never reaches a browser.
/// </summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens, CancellationToken ct)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (caller.Kind != DirectLineCallerKind.Secret)
        {
            return DirectLineResults.Refused(caller);
        }

        var (parameters, failure) = await DirectLineRequests.ReadJsonAsync<DirectLineStartRequest>(context.Request, DirectLineRequests.MaxStartBytes, optional: true, ct);
        if (failure is not null)
        {
            return failure;
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && !DirectLineIds.IsAcceptableUserId(userId))
        {
            return DirectLineResults.BadArgument("The user id must be 1 to 256 characters without control characters.");
        }

        return Conversation(tokens.Issue(DirectLineIds.NewConversationId(), userId ?? DirectLineIds.NewUserId()));
    }

    public static IResult Refresh(HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (caller.Token is not { } claims)
        {
            return DirectLineResults.Refused(caller);
        }

        return Conversation(tokens.Issue(claims.ConversationId, claims.UserId));
    }

    public static IResult ForChatPage(DirectLineTokens tokens) =>
        Conversation(tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId()));

    public static IResult Conversation(IssuedDirectLineToken issued, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(
            new DirectLineConversationResponse { ConversationId = issued.Claims.ConversationId, Token = issued.Token, ExpiresIn = issued.ExpiresIn },
            Schema.BotFrameworkJson.Options,
            statusCode: statusCode);
}
