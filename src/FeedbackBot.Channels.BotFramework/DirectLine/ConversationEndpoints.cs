using FeedbackBot.Channels.BotFramework.Processing;
using FeedbackBot.Channels.BotFramework.Schema;
using FeedbackBot.Core.DirectLine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.BotFramework.DirectLine;

/// <summary>
/// <c>POST /v3/directline/conversations</c> (start; 201 new, 200 when the token's conversation was
/// already started) and <c>GET /v3/directline/conversations/{id}</c> (reconnect), PROTOCOLS.md 5.1.
/// </summary>
internal static partial class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(
        HttpContext context,
        DirectLineAuthenticator authenticator,
        DirectLineTokens tokens,
        IDirectLineTranscriptStore store,
        DirectLineTranscript transcript,
        ActivityProcessor processor,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        CancellationToken ct)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (caller.Kind is not (DirectLineCallerKind.Secret or DirectLineCallerKind.Token))
        {
            return DirectLineResults.Refused(caller);
        }

        var (request, failure) = await DirectLineRequests.ReadJsonAsync<DirectLineStartRequest>(context.Request, DirectLineRequests.MaxStartBytes, optional: true, ct);
        if (failure is not null)
        {
            return failure;
        }

        // A token fixes conversation and user; the secret's holder may name the user.
        var requestedUser = request?.User?.Id;
        if (caller.Token is null && requestedUser is not null && !DirectLineIds.IsAcceptableUserId(requestedUser))
        {
            return DirectLineResults.BadArgument("The user id must be 1 to 256 characters without control characters.");
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineIds.NewConversationId();
        var userId = caller.Token?.UserId ?? requestedUser ?? DirectLineIds.NewUserId();
        var created = await store.StartConversationAsync(new DirectLineConversation(conversationId, userId, time.GetUtcNow()), ct);
        if (created)
        {
            var welcome = BotAdded(conversationId, userId, request?.Locale, DirectLineRequests.ServiceUrl(context.Request));
            try
            {
                await processor.ProcessAsync(welcome, new TranscriptReplySink(transcript, welcome, inboundIsInTranscript: false), serviceUrlTrusted: true, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBotFailed(loggerFactory.CreateLogger(typeof(ConversationEndpoints)), ex);
                return DirectLineResults.BotFailed();
            }
        }

        return TokenEndpoints.Conversation(tokens.Issue(conversationId, userId), created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<IResult> ReconnectAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthenticator authenticator,
        DirectLineTokens tokens,
        IDirectLineTranscriptStore store,
        CancellationToken ct)
    {
        var caller = authenticator.Authenticate(context.Request);
        if (!caller.MayUse(conversationId))
        {
            return DirectLineResults.Refused(caller);
        }

        if (!DirectLineTranscript.TryParseWatermark(context.Request.Query["watermark"], out _))
        {
            return DirectLineResults.BadArgument("The watermark is not one this server gave out.");
        }

        if (await store.FindConversationAsync(conversationId, ct) is not { } conversation)
        {
            return DirectLineResults.ConversationNotFound();
        }

        return TokenEndpoints.Conversation(tokens.Issue(conversationId, caller.Token?.UserId ?? conversation.UserId));
    }

    /// <summary>
    /// "Bot and user joined", delivered to the bot when a conversation starts so it greets
    /// (PROTOCOLS.md 5.3 step 1). It goes to the bot only, never into the transcript.
    /// </summary>
    private static Activity BotAdded(string conversationId, string userId, string? locale, string serviceUrl) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = DirectLineIds.NewActivityId(),
        ChannelId = DirectLineBot.ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Role = "user" },
        Recipient = DirectLineBot.Account(),
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = locale,
        MembersAdded = [DirectLineBot.Account(), new ChannelAccount { Id = userId, Role = "user" }],
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed to greet a new Direct Line conversation; answered 502")]
    private static partial void LogBotFailed(ILogger logger, Exception exception);
}
