using System.Collections.Concurrent;
using System.Text.Json;
using FeedbackBot.Testing;

namespace FeedbackBot.Bench;

/// <summary>
/// Checks every reply the fake Connector accepts against what its conversation expects at that
/// moment. A worker sets the expectation before it posts a turn, and the host posts the reply
/// before it answers the turn, so the expectation is always the current one.
/// </summary>
internal sealed class ReplyLedger(int conversations)
{
    private const int MaxSamples = 5;

    private readonly string?[] _expected = new string?[conversations];
    private readonly int[] _replies = new int[conversations];
    private readonly int[] _finals = new int[conversations];
    private readonly int[] _acceptedTurns = new int[conversations];
    private readonly int[] _completedRounds = new int[conversations];
    private readonly ConcurrentQueue<string> _samples = new();
    private int _mismatches;
    private int _strays;

    public void Expect(int conversation, string reply) => Volatile.Write(ref _expected[conversation], reply);

    /// <summary>The host answered 200 to a turn of <paramref name="conversation"/>.</summary>
    public void TurnAccepted(int conversation, bool finishedRound)
    {
        _acceptedTurns[conversation]++;
        if (finishedRound)
        {
            _completedRounds[conversation]++;
        }
    }

    /// <summary>The fake Connector's observer: runs on its request thread.</summary>
    public void Observe(FakeBotConnectorRequest request)
    {
        if (request.StatusCode is < 200 or >= 300 || request.Activity is not { } activity)
        {
            return;
        }

        if (WaterfallScript.ConversationIndex(request.ConversationId) is not { } conversation || conversation >= _expected.Length)
        {
            Interlocked.Increment(ref _strays);
            Sample($"a reply to an unknown conversation '{request.ConversationId}'");
            return;
        }

        Interlocked.Increment(ref _replies[conversation]);
        var expected = Volatile.Read(ref _expected[conversation]);
        var actual = VisibleText(activity);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _mismatches);
            Sample($"{request.ConversationId}: expected '{expected}', got '{actual}'");
        }
        else if (actual.StartsWith("Done:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _finals[conversation]);
        }
    }

    /// <summary>Call once every turn has been answered.</summary>
    public LedgerVerdict Verify()
    {
        var missingReplies = 0;
        var missingFinals = 0;
        for (var i = 0; i < _expected.Length; i++)
        {
            missingReplies += Math.Abs(_acceptedTurns[i] - _replies[i]);
            missingFinals += Math.Abs(_completedRounds[i] - _finals[i]);
        }

        return new LedgerVerdict(
            AcceptedTurns: _acceptedTurns.Sum(n => (long)n),
            Replies: _replies.Sum(n => (long)n),
            CompletedRounds: _completedRounds.Sum(n => (long)n),
            CorrectFinals: _finals.Sum(n => (long)n),
            Mismatches: _mismatches + _strays,
            ConversationsOff: missingReplies + missingFinals,
            Samples: [.. _samples]);
    }

    // What a person sees of a message: its text, else the text blocks of its Adaptive Cards.
    private static string VisibleText(JsonElement activity)
    {
        if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            return text.GetString()!;
        }

        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var blocks = attachments.EnumerateArray()
            .Where(a => a.TryGetProperty("content", out var content) && content.TryGetProperty("body", out _))
            .SelectMany(a => a.GetProperty("content").GetProperty("body").EnumerateArray())
            .Where(b => b.TryGetProperty("type", out var type) && type.GetString() == "TextBlock")
            .Select(b => b.GetProperty("text").GetString());
        return string.Join(" ", blocks);
    }

    private void Sample(string problem)
    {
        if (_samples.Count < MaxSamples)
        {
            _samples.Enqueue(problem);
        }
    }
}

/// <summary>What the ledger found: every accepted turn had exactly one, correct, reply.</summary>
/// <param name="ConversationsOff">Sum over conversations of |accepted turns − replies| and |completed rounds − correct finals|.</param>
internal sealed record LedgerVerdict(
    long AcceptedTurns, long Replies, long CompletedRounds, long CorrectFinals, int Mismatches, long ConversationsOff, IReadOnlyList<string> Samples)
{
    public bool Passed => Mismatches == 0 && ConversationsOff == 0 && AcceptedTurns == Replies && CompletedRounds == CorrectFinals;
}
