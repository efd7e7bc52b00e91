using FeedbackBot.Channels.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>The error answers of the Direct Line endpoints, in Direct Line's error shape.</summary>
internal static class DirectLineResults
{
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), BotFrameworkJson.Options, statusCode: statusCode);

    /// <summary>
    /// The answer to a caller that may not do what it asked. The Direct Line 3.0 error table
    /// (PROTOCOLS.md 5.1) gives 403 for a bad or expired token or secret, and DirectLineJS reads a
    /// 403 as "token expired" (5.2), so every presented-but-refused credential, a token of another
    /// conversation included, is a 403; 401 is kept for a request with no bearer credential at all.
    /// The body never says which check failed.
    /// </summary>
    public static IResult Refused(DirectLineCaller caller) => caller.Kind == DirectLineCallerKind.Anonymous
        ? Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A bearer secret or token is required.")
        : Error(StatusCodes.Status403Forbidden, "Forbidden", "The secret or token is not valid for this request.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The request body is too large.");

    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "ServiceError", "The bot failed to process the activity.");
}
