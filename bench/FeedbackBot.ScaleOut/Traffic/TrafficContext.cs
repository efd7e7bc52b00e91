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
    /// <summary>Chat turns a user repeats after "please try again" before the scenario gives up.</summary>
    private const int RepeatsBeforeGivingUp = 20;

    /// <summary>Scenario numbers, unique across every runner of the run (a number makes a scenario's ids).</summary>
    public ScenarioNumbers Numbers { get; } = new();

    /// <summary>How long a scenario waits for the bot's answer before it counts the turn as lost.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a user takes to answer before each chat turn. Zero keeps the check and load runs
    /// dense; a fault run's users think for a moment, as people do, so that dialogs are under way
    /// (state written, next answer not yet given) when an instance dies.
    /// </summary>
    public TimeSpan ThinkTime { get; init; }

    /// <summary>Set in a fault run: clients ride out clear refusals and dead instances, and every answer is classed.</summary>
    public FaultHandling? Faults { get; init; }

    /// <summary>
    /// The instance for a scenario's turn: consecutive turns alternate, so every conversation
    /// switches instance; a turn whose instance is restarting goes to another, as a load balancer sends it.
    /// </summary>
    public BotInstance InstanceFor(int scenario, int turn)
    {
        var preferred = Instances[(scenario + turn) % Instances.Count];
        return preferred.Available ? preferred : Instances.FirstOrDefault(i => i.Available) ?? preferred;
    }

    /// <summary>
    /// One chat turn: <paramref name="send"/> (called with attempt 0, 1 …), then the bot's next
    /// message to <paramref name="inboxKey"/> after the first <paramref name="seen"/>, which must
    /// contain <paramref name="expect"/> ("" = any answer). Answers how many messages there were up
    /// to it. The bot's "please try again" makes the user send the turn again in a fault run (and
    /// fails it otherwise); its "I stopped what we were doing" fails the turn.
    /// </summary>
    /// <exception cref="TurnFailedException">The turn was refused for good.</exception>
    /// <exception cref="TimeoutException">No answer came: silence.</exception>
    public Task<int> ChatTurnAsync(string kind, string inboxKey, int seen, string expect, Func<int, Task> send, CancellationToken ct) =>
        ChatTurnAsync(kind, _ => inboxKey, seen, expect, send, ct);

    /// <summary>As above, where each attempt may be answered elsewhere (a slash command's new response URL).</summary>
    public async Task<int> ChatTurnAsync(string kind, Func<int, string> inboxKey, int seen, string expect, Func<int, Task> send, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0 && inboxKey(attempt) != inboxKey(attempt - 1))
            {
                seen = 0;
            }

            if (attempt == 0 && ThinkTime > TimeSpan.Zero)
            {
                await Task.Delay(ThinkTime, ct).ConfigureAwait(false);
            }

            try
            {
                await send(attempt).ConfigureAwait(false);
            }
            catch (SlackUserSawErrorException) when (Faults is not null && attempt < RepeatsBeforeGivingUp)
            {
                // Slack showed the user an error for a command or click: they do it again (a new request).
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
                continue;
            }

            (int Seen, string Message) answer;
            try
            {
                answer = await Inbox.WaitForAsync(
                    inboxKey(attempt),
                    seen,
                    m => m.Contains(expect, StringComparison.Ordinal) || ClearTexts.Classify(m) != ChatAnswer.Reply,
                    $"\"{expect}\" or a refusal",
                    ReplyTimeout,
                    ct).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                Faults?.Ledger.Count(AnswerClass.Silence, kind + " reply", ex.Message);
                throw;
            }

            var meaning = expect.Length > 0 && answer.Message.Contains(expect, StringComparison.Ordinal) ? ChatAnswer.Reply : ClearTexts.Classify(answer.Message);
            if (meaning == ChatAnswer.Reply)
            {
                Faults?.Ledger.Count(AnswerClass.Answered, kind + " reply");
                return answer.Seen;
            }

            Faults?.Ledger.Count(AnswerClass.ClearRefusal, kind + " reply");
            if (meaning == ChatAnswer.Stopped || Faults is null || attempt >= RepeatsBeforeGivingUp)
            {
                throw new TurnFailedException($"{inboxKey(attempt)}: the bot said \"{answer.Message.ReplaceLineEndings(" ")}\" (attempt {attempt + 1})");
            }

            seen = answer.Seen;
            await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);

            // A turn sent to both instances (Slack's redelivery) may be refused by both: skip the
            // refusals already there, or the next attempts read them as their own answers and the
            // budget runs out on stale refusals (seen in a store-outage fault run, 23 Nov 2026).
            var messages = Inbox.Messages(inboxKey(attempt));
            while (seen < messages.Count && ClearTexts.Classify(messages[seen]) == ChatAnswer.TryAgain)
            {
                seen++;
            }
        }
    }
}

/// <summary>Hands out scenario numbers 0, 1, 2 … across threads.</summary>
internal sealed class ScenarioNumbers
{
    private int _next;

    public int Issued => Volatile.Read(ref _next);

    public int Next() => Interlocked.Increment(ref _next) - 1;
}
