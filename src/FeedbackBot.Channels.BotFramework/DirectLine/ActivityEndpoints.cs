using FeedbackBot.Channels.BotFramework.Processing;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Core.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// <c>POST</c> and <c>GET /v3/directline/conversations/{id}/activities</c>: send one activity to
/// the bot, and poll the transcript after a watermark (PROTOCOLS.md 5.3 steps 2 and 3). Every check
/// runs before anything is stored, so refused input leaves no trace.
/// </summary>
internal static partial class ActivityEndpoints
{
    public static async Task<IResult> PostAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthenticator authenticator,
        IDirectLineTranscriptStore store,
        DirectLineTranscript transcript,
        ActivityProcessor processor,
        ILoggerFactory loggerFactory,
        CancellationToken ct)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (!caller.MayUse(conversationId))
        {
            return DirectLineResults.Refused(caller);
        }

        var (activity, failure) = await DirectLineRequests.ReadJsonAsync<Activity>(context.Request, DirectLineRequests.MaxActivityBytes, optional: false, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (UserActivities.Problem(activity) is { } problem)
        {
            return DirectLineResults.BadArgument(problem);
        }

        // With a token Direct Line forces from.id to the token's user (5.1); the secret's holder names it.
        var userId = caller.Token?.UserId ?? activity!.From?.Id;
        if (!DirectLineIds.IsAcceptableUserId(userId))
        {
            return DirectLineResults.BadArgument("The activity needs a valid 'from.id'.");
        }

        if (await store.FindConversationAsync(conversationId, ct) is null)
        {
            return DirectLineResults.ConversationNotFound();
        }

        UserActivities.Stamp(activity!, conversationId, userId!, DirectLineRequests.ServiceUrl(context.Request));
        if (activity!.Type == ActivityTypes.Typing)
        {
            // Typing is for the other participants to see for a moment; the bot has no use for it.
            return Results.Json(new ResourceResponse { Id = DirectLineIds.NewActivityId() }, BotFrameworkJson.Options);
        }

        // The echo first, so Web Chat sees its message "sent" even while the bot is still thinking.
        var id = await transcript.AppendAsync(activity, ct);
        try
        {
            await processor.ProcessAsync(activity, new TranscriptReplySink(transcript, activity, inboundIsInTranscript: true), serviceUrlTrusted: true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBotFailed(loggerFactory.CreateLogger(typeof(ActivityEndpoints)), ex);
            return DirectLineResults.BotFailed();
        }

        return Results.Json(new ResourceResponse { Id = id }, BotFrameworkJson.Options);
    }

    public static async Task<IResult> GetAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthenticator authenticator,
        IDirectLineTranscriptStore store,
        DirectLineTranscript transcript,
        CancellationToken ct)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (!caller.MayUse(conversationId))
        {
            return DirectLineResults.Refused(caller);
        }

        if (!DirectLineTranscript.TryParseWatermark(context.Request.Query["watermark"], out var watermark))
        {
            return DirectLineResults.BadArgument("The watermark is not one this server gave out.");
        }

        if (await store.FindConversationAsync(conversationId, ct) is null)
        {
            return DirectLineResults.ConversationNotFound();
        }

        return Results.Json(await transcript.ReadAsync(conversationId, watermark, ct), BotFrameworkJson.Options);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed to process a Direct Line activity; answered 502")]
    private static partial void LogBotFailed(ILogger logger, Exception exception);
}
