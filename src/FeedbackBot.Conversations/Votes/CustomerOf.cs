using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Who "me" is when a customer says "stop asking me" or "forget me": the customer of the request
/// whose signed ticket the button carries (web chat users opened from a link have no other id),
/// else the chat user, who is the customer of requests made for them in Teams or Slack.
/// </summary>
public sealed class CustomerOf(VoteDesk desk, IFeedbackRequestStore requests)
{
    public async Task<(string Tenant, string CustomerId)?> ResolveAsync(ConversationTurn turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Values.TryGetValue(VoteIds.Ticket, out var token))
        {
            var status = desk.ReadTicket(token, out var ticket);
            if (status is not (SurveyTokenStatus.Valid or SurveyTokenStatus.Expired)
                || await requests.FindAsync(ticket!.Tenant, ticket.InteractionId, ct).ConfigureAwait(false) is not { } found
                || found.Value.Customer.Id.Length == 0)
            {
                return null;
            }

            return (found.Value.Tenant, found.Value.Customer.Id);
        }

        return turn.User.Id.Length == 0 ? null : (turn.Tenant, turn.User.Id);
    }
}
