using System.Globalization;
using FeedbackBot.Core.Slack;

namespace FeedbackBot.Channels.Slack.Tests.Support;

/// <summary>The journal in memory with the port's compare-and-swap rules; <see cref="Down"/> makes every call fail as a store outage would.</summary>
internal sealed class InMemorySlackWorkJournal : ISlackWorkJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SlackWorkEntry> _entries = new(StringComparer.Ordinal);
    private long _version;

    public bool Down { get; set; }

    public IReadOnlyList<SlackWorkEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Values];
            }
        }
    }

    public Task<SlackWorkEntry?> TryAddAsync(SlackWorkEntry entry, CancellationToken ct) => Locked(() =>
    {
        if (_entries.ContainsKey(entry.WorkId))
        {
            return null;
        }

        return _entries[entry.WorkId] = entry with { Version = NextVersion() };
    });

    public Task<SlackWorkEntry?> TryReplaceAsync(SlackWorkEntry entry, CancellationToken ct) => Locked(() =>
    {
        if (!_entries.TryGetValue(entry.WorkId, out var stored) || stored.Version != entry.Version)
        {
            return null;
        }

        return _entries[entry.WorkId] = entry with { Payload = stored.Payload, AcceptedAt = stored.AcceptedAt, Version = NextVersion() };
    });

    public Task<bool> TryRemoveAsync(SlackWorkEntry entry, CancellationToken ct) => Locked(() =>
        _entries.TryGetValue(entry.WorkId, out var stored) && stored.Version == entry.Version && _entries.Remove(entry.WorkId));

    public Task<SlackWorkEntry?> FindAsync(string workId, CancellationToken ct) => Locked(() => _entries.GetValueOrDefault(workId));

    public Task<IReadOnlyList<SlackWorkEntry>> ListLapsedAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        Locked<IReadOnlyList<SlackWorkEntry>>(() => [.. _entries.Values.Where(e => e.LeaseLapsed(now)).OrderBy(e => e.LeaseExpiresAt).Take(max)]);

    /// <summary>Puts an entry as another instance left it (tests of the take-over).</summary>
    public SlackWorkEntry Put(SlackWorkEntry entry)
    {
        lock (_gate)
        {
            return _entries[entry.WorkId] = entry with { Version = NextVersion() };
        }
    }

    private Task<T> Locked<T>(Func<T> action)
    {
        if (Down)
        {
            return Task.FromException<T>(new IOException("store down (test)"));
        }

        lock (_gate)
        {
            return Task.FromResult(action());
        }
    }

    private string NextVersion() => (++_version).ToString(CultureInfo.InvariantCulture);
}
