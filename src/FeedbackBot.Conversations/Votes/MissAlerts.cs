using System.Globalization;
using FeedbackBot.Conversations.Proactive;
using FeedbackBot.Conversations.Turns;
using FeedbackBot.Core.Votes;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Conversations.Votes;

/// <summary>
/// Acts on a MISS: posts it at once to the team's channel (configured per team, with a default),
/// with the customer's comment and an "I'll follow up" button; when the customer adds why later,
/// that follows as a second card. HITs are not posted.
/// </summary>
public sealed partial class MissAlerts(
    IEnumerable<IProactiveConversations> channels, VoteAlertTargets targets, SurveyLinks links, ILogger<MissAlerts> logger) : IVoteListener
{
    public async Task OnVoteAsync(VoteEvent voteEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(voteEvent);
        if (voteEvent.Vote.Verdict != Verdict.Miss || targets.For(voteEvent.Request.Team) is not { } target)
        {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A MISS could not be posted: the bot cannot reach the alert channel on {Channel}")]
    private static partial void LogNoTarget(ILogger logger, string channel);
}

/// <summary>
/// Where each team's MISS alerts go: <c>FeedbackBot:Votes:AlertChannels</c> maps a team name (or
/// <c>*</c> for every other team) to <c>{channel}:{conversationId}</c>, e.g. <c>slack:C0123ABCD</c>
/// or <c>msteams:19:abc@thread.tacv2</c>.
/// </summary>
public sealed class VoteAlertTargets(IReadOnlyDictionary<string, string> map, CultureInfo culture)
{
    public const string AnyTeam = "*";

    /// <summary>The language alerts are written in (the workspace's).</summary>
    public CultureInfo Culture { get; } = culture;

    public AlertTarget? For(string? team)
    {
        ArgumentNullException.ThrowIfNull(map);
        var value = team is { Length: > 0 } && map.TryGetValue(team, out var forTeam) ? forTeam : map.GetValueOrDefault(AnyTeam);
        return AlertTarget.TryParse(value);
    }
}

/// <summary>A channel (Slack channel, Teams channel conversation) alerts are posted to.</summary>
public sealed record AlertTarget(string Channel, string ConversationId)
{
    public static AlertTarget? TryParse(string? value)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && colon < value!.Length - 1 ? new AlertTarget(value[..colon], value[(colon + 1)..]) : null;
    }
}
