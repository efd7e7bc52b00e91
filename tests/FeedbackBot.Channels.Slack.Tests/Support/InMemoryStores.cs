using System.Collections.Concurrent;
using System.Globalization;
using FeedbackBot.Core.Conversations;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Support;

/// <summary>Dialog state in memory, with the ETag rules of the port, so the channel can be tested without a database.</summary>
internal sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConversationKey, StoredDialogState> _states = [];
    private long _version;

    public Task<StoredDialogState?> ReadAsync(ConversationKey key, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(key));
        }
    }

    public Task<StateWriteResult> WriteAsync(ConversationKey key, string payload, string? expectedETag, DateTimeOffset updatedAt, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_states.GetValueOrDefault(key)?.ETag != expectedETag)
            {
                return Task.FromResult(StateWriteResult.Conflict);
            }

            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _states[key] = new StoredDialogState(payload, etag, updatedAt);
            return Task.FromResult(StateWriteResult.SavedAs(etag));
        }
    }

    public Task<bool> DeleteAsync(ConversationKey key, string expectedETag, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault(key)?.ETag == expectedETag && _states.Remove(key));
        }
    }
}

/// <summary>Event claims in memory: the first claim of a (team, event) wins; <see cref="Down"/> makes a claim fail as a store outage would.</summary>
internal sealed class InMemorySlackEventDedupe : ISlackEventDedupe
{
    private readonly ConcurrentDictionary<(string, string), bool> _claims = new();

    public bool Down { get; set; }

    /// <summary>Called as a claim arrives, before it is decided (e.g. to take the journal down with it).</summary>
    public Action? OnClaim { get; set; }

    public Task<bool> TryClaimAsync(string teamId, string eventId, DateTimeOffset eventTime, CancellationToken ct)
    {
        OnClaim?.Invoke();
        return Down
            ? Task.FromException<bool>(new IOException("store down (test)"))
            : Task.FromResult(_claims.TryAdd((teamId, eventId), true));
    }
}
