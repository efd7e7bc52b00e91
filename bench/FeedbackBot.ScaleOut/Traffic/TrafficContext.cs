using FeedbackBot.ScaleOut.Cluster;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>What every scenario needs: the instances, the client, the inbox of bot messages and the ledger.</summary>
internal sealed record TrafficContext(
    IReadOnlyList<BotInstance> Instances,
    BotClient Client,
    ReplyInbox Inbox,
    Expectations Expected,
    Uri ConnectorServiceUrl,
    Func<string, Uri> ResponseUrl,
    string RunId)
{
    /// <summary>How long a scenario waits for the bot's answer before it counts the turn as lost.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The instance for a scenario's turn: consecutive turns alternate, so every conversation
    /// switches instance; a turn whose instance is restarting goes to another, as a load balancer sends it.
    /// </summary>
    public BotInstance InstanceFor(int scenario, int turn)
    {
        var preferred = Instances[(scenario + turn) % Instances.Count];
        return preferred.Available ? preferred : Instances.FirstOrDefault(i => i.Available) ?? preferred;
    }
}
