using System.Globalization;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Acts on a MISS: posts it at once to the team's channel (configured per tenant and team, with a
/// default per tenant; see <see cref="VoteAlertTargets"/>),
/// with the customer's comment and an "I'll follow up" button; when the customer adds why later,
/// that follows as a second card. HITs are not posted.
/// </summary>
public sealed partial class MissAlerts(
    IEnumerable<IProactiveConversations> channels, VoteAlertTargets targets, SurveyLinks links, ILogger<MissAlerts> logger) : IVoteListener
{
    public async Task OnVoteAsync(VoteEvent voteEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(voteEvent);
        if (voteEvent.Vote.Verdict != Verdict.Miss)
        {
            return;
        }

        if (targets.For(voteEvent.Request.Tenant, voteEvent.Request.Team) is not { } target)
        {
            LogNoAlertChannel(logger, voteEvent.Request.Tenant);
            return;
        }

        var channel = channels.FirstOrDefault(c => string.Equals(c.Channel, target.Channel, StringComparison.OrdinalIgnoreCase));
        if (channel is null || await channel.OpenConversationAsync(voteEvent.Request.Tenant, target.ConversationId, ct) is not { } conversation)
        {
            LogNoTarget(logger, target.Channel);
            return;
        }

        var culture = targets.Culture;
        var card = MissAlertCard.Render(voteEvent.Vote, voteEvent.Request, links.TokenFor(voteEvent.Request), culture, details: voteEvent.Kind == VoteEventKind.DetailsAdded);
        await conversation.Replies.SendAsync(new Reply { Card = card }, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A MISS of tenant {Tenant} is not posted: no alert channel is configured for its team or tenant")]
    private static partial void LogNoAlertChannel(ILogger logger, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A MISS could not be posted: the bot cannot reach the alert channel on {Channel}")]
    private static partial void LogNoTarget(ILogger logger, string channel);
}
