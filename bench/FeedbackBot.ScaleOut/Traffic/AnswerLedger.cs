using System.Collections.Concurrent;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>What a user or client got back for one request or chat turn, as the fault run classes it.</summary>
internal enum AnswerClass
{
    /// <summary>A 2xx, or the bot's expected chat reply.</summary>
    Answered,

    /// <summary>A 503 or 429 with a problem body or <c>Retry-After</c>, or a chat reply saying to try again: the user knows to repeat.</summary>
    ClearRefusal,

    /// <summary>The killed instance refused the connection; the request went to the other (a load balancer's failed probe). Not seen by the user.</summary>
    Rerouted,

    /// <summary>The connection broke mid-request; the request was delivered once more to the other instance, as a channel retries. Not seen by the user.</summary>
    Redelivered,

    /// <summary>No answer: no chat reply in time, a time-out, or a broken connection the redelivery did not answer either.</summary>
    Silence,

    /// <summary>An error status without a clear body (a bare 5xx, a 500, an unexpected 4xx).</summary>
    UnexplainedError,
}

/// <summary>
/// Counts every answer of a fault run by <see cref="AnswerClass"/> and by kind of request, keeping
/// the first failures of each failing class to print. Thread-safe.
/// </summary>
internal sealed class AnswerLedger
{
    private const int SamplesKept = 10;

    private readonly ConcurrentDictionary<(AnswerClass Class, string Kind), int> _counts = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public static bool IsFailure(AnswerClass answer) => answer is AnswerClass.Silence or AnswerClass.UnexplainedError;

    public void Count(AnswerClass answer, string kind, string? detail = null)
    {
        _counts.AddOrUpdate((answer, kind), 1, (_, n) => n + 1);
        if (IsFailure(answer) && _failures.Count < SamplesKept)
        {
            _failures.Enqueue($"{answer}: {kind}: {detail}");
        }
    }

    public int Total(AnswerClass answer) => _counts.Where(c => c.Key.Class == answer).Sum(c => c.Value);

    public int Total() => _counts.Values.Sum();

    /// <summary>Per kind of request, for one class.</summary>
    public IReadOnlyDictionary<string, int> ByKind(AnswerClass answer) =>
        _counts.Where(c => c.Key.Class == answer).ToDictionary(c => c.Key.Kind, c => c.Value, StringComparer.Ordinal);

    /// <summary>The first silences and unexplained errors, with what they were.</summary>
    public IReadOnlyList<string> Failures => [.. _failures];
}
