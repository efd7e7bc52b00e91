using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Asks a customer directly where the bot can reach them (Teams, Slack, web chat): it runs a turn
/// in their conversation that begins the vote dialog, so the question arrives with its HIT/MISS
/// buttons and a typed "hit" or "miss" answers it too. Elsewhere only the link reaches them.
/// </summary>
public sealed partial class SurveyDelivery(
    IEnumerable<IProactiveConversations> channels, Func<ConversationEngine> engine, SurveyLinks links, ILogger<SurveyDelivery> logger)
{
    /// <summary>
    /// Sends the request's question (or its reminder); true only when the question reached the
    /// customer, false when they cannot be reached in chat or the send failed or took longer than
    /// <see cref="ChatQuestions.DeliveryTimeout"/>.
    /// </summary>
    public async Task<bool> TryDeliverAsync(FeedbackRequest request, bool reminder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = channels.FirstOrDefault(c => string.Equals(c.Channel, request.Customer.Channel, StringComparison.OrdinalIgnoreCase));
        if (channel is null || request.Customer.ChannelUserId is not { Length: > 0 } userId)
        {
            return false;
        }

        // Bounded, so a claim on the question (ChatQuestions.ClaimLifetime) outlives its sender's attempt.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ChatQuestions.DeliveryTimeout);
        try
        {
            if (await channel.OpenDirectAsync(request.Tenant, userId, timeout.Token).ConfigureAwait(false) is not { } conversation)
            {
                LogUnreachable(logger, channel.Channel);
                return false;
            }

            var values = new Dictionary<string, string>(CardCommands.Data(VoteIds.VoteCommand, (VoteIds.Ticket, links.TokenFor(request))));
            if (reminder)
            {
                values[VoteIds.Reminder] = "true";
            }

            var turn = new ConversationTurn
            {
                Kind = TurnKind.Message,
                Conversation = conversation.Conversation,
                Tenant = request.Tenant,
                User = conversation.User,
                Locale = conversation.Locale,
                Values = values,
                IsGroup = conversation.IsGroup,
            };
            var watch = new QuestionWatch(conversation.Replies);
            await engine().HandleAsync(turn, watch, timeout.Token).ConfigureAwait(false);
            if (!watch.Asked)
            {
                LogQuestionNotDelivered(logger, channel.Channel);
            }

            return watch.Asked;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The link still reaches the customer; a chat that failed must not fail the request.
            LogDeliveryFailed(logger, ex, channel.Channel);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No conversation with the customer on {Channel}; only the survey link reaches them")]
    private static partial void LogUnreachable(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feedback question did not reach the customer on {Channel} (a reply failed or the turn could not be saved)")]
    private static partial void LogQuestionNotDelivered(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feedback request could not be delivered on {Channel}; only the survey link reaches the customer")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string channel);
}
