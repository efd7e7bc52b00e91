using System.Text.Json;
using System.Text.Unicode;
using FeedbackBot.Channels.BotFramework.Authentication;
using FeedbackBot.Channels.BotFramework.Connector;
using FeedbackBot.Channels.BotFramework.Processing;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Channels.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size check, parse, shape check, authenticate, then run the turn.
/// Nothing is stored and no turn runs until the request has passed all four, so a refused request
/// leaves no trace but a log line.
/// </summary>
public static partial class MessagesEndpoint
{
    /// <summary>The largest activity accepted; Teams messages are capped near 100 KB (PROTOCOLS.md 4.6).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IBotFrameworkAuthenticator authenticator,
        ActivityProcessor processor,
        IConnectorClient connector,
        ILoggerFactory loggerFactory,
        CancellationToken ct)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var body = await BoundedRequestBody.ReadAsync(context.Request, MaxBodyBytes, ct);
        if (body is null)
        {
            LogRefused(logger, StatusCodes.Status413PayloadTooLarge, "body too large");
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The activity is too large.");
        }

        Activity? activity;
        try
        {
            // JSON must be UTF-8 (RFC 8259 8.1). The parser checks strings only when they are
            // read, and values kept as JsonElement (card submits) are read later, in a dialog.
            activity = Utf8.IsValid(body) ? JsonSerializer.Deserialize<Activity>(body, BotFrameworkJson.Options) : throw new JsonException("not UTF-8");
        }
        catch (JsonException)
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, "malformed JSON");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid activity JSON.");
        }

        if (InboundActivityValidator.Problem(activity) is { } problem)
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, problem);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }

        var authentication = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity!.ChannelId,
            activity.ServiceUrl,
            ct);
        if (!authentication.Succeeded)
        {
            // No detail in the body: it would tell an attacker which check their token failed.
            return Results.Unauthorized();
        }

        var replies = new ConnectorReplySink(connector, activity, loggerFactory.CreateLogger<ConnectorReplySink>());
        var invokeResponse = await processor.ProcessAsync(activity, replies, authentication.ServiceUrlTrusted, ct);
        return invokeResponse switch
        {
            null => Results.Ok(),
            { Body: null } => Results.StatusCode(invokeResponse.Status),
            _ => Results.Json(invokeResponse.Body, statusCode: invokeResponse.Status),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused /api/messages with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int statusCode, string reason);
}
