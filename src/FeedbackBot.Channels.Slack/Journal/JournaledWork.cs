using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Journal;

/// <summary>
/// The journal's form of a piece of Slack work: the turn or notice with everything its replies
/// need (the reply target with <c>response_url</c>, thread and acknowledgement time). A modal
/// submission's delivery is not journaled: its turn already ran inside the request.
/// </summary>
internal sealed record JournaledWork
{
    private const string TurnKind = "turn";
    private const string NoticeKind = "notice";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Kind { get; init; }

    public required SlackReplyTarget Target { get; init; }

    public ConversationTurn? Turn { get; init; }

    public SlackEventClaim? Claim { get; init; }

    public string? TextKey { get; init; }

    public IReadOnlyList<string>? Arguments { get; init; }

    /// <summary>
    /// The journal id of <paramref name="work"/>: an Events API delivery's comes from its team and
    /// <c>event_id</c>, so Slack's retry (or a copy on another instance) meets the first one's entry;
    /// everything else is new each time (Slack never redelivers a command or a click).
    /// </summary>
    public static string IdOf(SlackWork work) =>
        work is TurnWork { Claim: { } claim } ? $"event|{claim.TeamId}|{claim.EventId}" : "work|" + Guid.NewGuid().ToString("N");

    /// <summary>True for work that can be journaled (everything but a modal submission's delivery).</summary>
    public static bool CanJournal(SlackWork work) => work is TurnWork or NoticeWork;

    public static string Serialize(SlackWork work)
    {
        var journaled = work switch
        {
            TurnWork turn => new JournaledWork { Kind = TurnKind, Target = turn.Target, Turn = turn.Turn, Claim = turn.Claim },
            NoticeWork notice => new JournaledWork { Kind = NoticeKind, Target = notice.Target, TextKey = notice.TextKey, Arguments = notice.Arguments },
            _ => throw new ArgumentException($"{work.GetType().Name} is not journaled.", nameof(work)),
        };
        return JsonSerializer.Serialize(journaled, Json);
    }

    /// <summary>The work, or null when the payload is not one this version can read.</summary>
    public static SlackWork? TryDeserialize(string payload)
    {
        JournaledWork? journaled;
        try
        {
            journaled = JsonSerializer.Deserialize<JournaledWork>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        return journaled switch
        {
            { Kind: TurnKind, Turn: { } turn } => new TurnWork(turn, journaled.Target, journaled.Claim),
            { Kind: NoticeKind, TextKey: { } key } => new NoticeWork(journaled.Target, key, journaled.Arguments ?? []),
            _ => null,
        };
    }
}
