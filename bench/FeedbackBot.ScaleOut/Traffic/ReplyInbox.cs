using System.Collections.Concurrent;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.ScaleOut.Traffic;

/// <summary>
/// Every message the bots sent out, by where it went: a Bot Framework conversation id at the fake
/// Connector, a Slack channel (<c>chat.postMessage</c>) or response URL id at the fake Slack. A
/// scenario waits here for the bot's answer to its turn, whichever instance gave it; the checks
/// count here that each proactive message went out once.
/// </summary>
internal sealed class ReplyInbox
{
    private readonly ConcurrentDictionary<string, Mailbox> _boxes = new(StringComparer.Ordinal);

    /// <summary>
    /// Observer for <see cref="FakeBotConnector"/>. A reply the Connector refused never reached the
    /// user, so it is no message; it is kept beside them, so a turn that waited in vain can say
    /// what the bot tried to send.
    /// </summary>
    public void Observe(FakeBotConnectorRequest request)
    {
        if (request.ConversationId is { } conversation && request.Activity is { } activity)
        {
            var text = string.Join('\n', JsonTexts.Of(activity, "text", "title"));
            if (request.StatusCode is >= 200 and < 300)
            {
                Box(conversation).Add(text);
            }
            else
            {
                Box(conversation).Refused(request.StatusCode, text);
            }
        }
    }

    /// <summary>Observer for <see cref="FakeSlackWebApi"/>: posted messages by channel, response URL posts by id.</summary>
    public void Observe(FakeSlackCall call)
    {
        var key = call.Method switch
        {
            "chat.postMessage" => call.Field("channel"),
            FakeSlackWebApi.ResponseUrlMethod => ResponseKey(call.ResponseUrlId ?? ""),
            _ => null,
        };
        if (key is not null && call.Error is null)
        {
            Box(key).Add(string.Join('\n', call.AllText()));
        }
    }

    public static string ResponseKey(string responseUrlId) => "response:" + responseUrlId;

    /// <summary>The messages sent to <paramref name="key"/> so far.</summary>
    public IReadOnlyList<string> Messages(string key) => _boxes.TryGetValue(key, out var box) ? box.Snapshot() : [];

    /// <summary>
    /// Waits until a message after the first <paramref name="skip"/> of <paramref name="key"/>
    /// contains <paramref name="expected"/>; answers how many messages there were up to it.
    /// </summary>
    /// <exception cref="TimeoutException">None arrived within <paramref name="timeout"/>.</exception>
    public async Task<int> WaitForAsync(string key, int skip, string expected, TimeSpan timeout, CancellationToken ct) =>
        (await WaitForAsync(key, skip, m => m.Contains(expected, StringComparison.Ordinal), $"\"{expected}\"", timeout, ct).ConfigureAwait(false)).Seen;

    /// <summary>
    /// Waits until a message after the first <paramref name="skip"/> of <paramref name="key"/>
    /// matches; answers how many messages there were up to it, and the message.
    /// </summary>
    /// <exception cref="TimeoutException">None arrived within <paramref name="timeout"/>.</exception>
    public async Task<(int Seen, string Message)> WaitForAsync(string key, int skip, Func<string, bool> match, string what, TimeSpan timeout, CancellationToken ct)
    {
        var messages = await Box(key).WaitAsync(m => Find(m, skip, match) >= 0, timeout, $"{key}: {what} after message {skip}", ct).ConfigureAwait(false);
        var found = Find(messages, skip, match);
        return (found + 1, messages[found]);
    }

    private static int Find(IReadOnlyList<string> messages, int skip, Func<string, bool> match)
    {
        for (var i = skip; i < messages.Count; i++)
        {
            if (match(messages[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private Mailbox Box(string key) => _boxes.GetOrAdd(key, _ => new Mailbox());

    private sealed class Mailbox
    {
        /// <summary>Messages a timeout names, from the end: enough to see where a dialog went.</summary>
        private const int MessagesShownOnTimeout = 6;

        private readonly List<string> _messages = [];
        private readonly List<string> _refused = [];
        private readonly List<(Func<IReadOnlyList<string>, bool> Done, TaskCompletionSource<IReadOnlyList<string>> Signal)> _waiters = [];

        public void Add(string message)
        {
            List<(Func<IReadOnlyList<string>, bool>, TaskCompletionSource<IReadOnlyList<string>> Signal)> ready;
            IReadOnlyList<string> snapshot;
            lock (_messages)
            {
                _messages.Add(message);
                snapshot = [.. _messages];
                ready = _waiters.Where(w => w.Done(snapshot)).ToList();
                _waiters.RemoveAll(w => ready.Contains(w));
            }

            foreach (var (_, signal) in ready)
            {
                signal.TrySetResult(snapshot);
            }
        }

        public void Refused(int status, string message)
        {
            lock (_messages)
            {
                _refused.Add($"[after message {_messages.Count}, refused {status}] {message}");
            }
        }

        public IReadOnlyList<string> Snapshot()
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }

        public async Task<IReadOnlyList<string>> WaitAsync(Func<IReadOnlyList<string>, bool> done, TimeSpan timeout, string what, CancellationToken ct)
        {
            var signal = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_messages)
            {
                IReadOnlyList<string> now = [.. _messages];
                if (done(now))
                {
                    return now;
                }

                _waiters.Add((done, signal));
            }

            try
            {
                return await signal.Task.WaitAsync(timeout, ct).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                lock (_messages)
                {
                    _waiters.RemoveAll(w => w.Signal == signal);
                }

                throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s ({Transcript()}).");
            }
        }

        /// <summary>How many messages there are, the last few, and any reply the Connector refused.</summary>
        private string Transcript()
        {
            lock (_messages)
            {
                var shown = _messages.Skip(Math.Max(0, _messages.Count - MessagesShownOnTimeout))
                    .Select((m, i) => $"{_messages.Count - Math.Min(_messages.Count, MessagesShownOnTimeout) + i + 1}: \"{Shorten(m)}\"");
                var refused = _refused.Count == 0 ? "" : "; not delivered: " + string.Join(" | ", _refused.Select(Shorten));
                return $"{_messages.Count} messages there: {string.Join(" ", shown)}{refused}";
            }
        }
    }
}
