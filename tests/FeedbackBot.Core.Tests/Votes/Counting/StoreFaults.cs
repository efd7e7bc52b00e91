namespace FeedbackBot.Core.Tests.Votes.Counting;

/// <summary>
/// Numbers every call to the in-memory vote stores and fails the one it is armed for: before it
/// takes effect (the store refused or was unreachable) or after (it took effect, the answer was lost).
/// </summary>
internal sealed class StoreFaults
{
    private readonly Lock gate = new();
    private readonly List<string> calls = [];
    private int? failAt;
    private string? failNext;
    private bool afterApplying;

    /// <summary>Every call so far, by store and method, in order.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>Fails the call numbered <paramref name="call"/> (0-based, counting every call so far).</summary>
    public void Arm(int call, bool afterApplying)
    {
        failAt = call;
        this.afterApplying = afterApplying;
    }

    /// <summary>Fails the next call named <paramref name="call"/> (e.g. <c>intents.TrySettle</c>).</summary>
    public void ArmNext(string call, bool afterApplying)
    {
        failNext = call;
        this.afterApplying = afterApplying;
    }

    public void Disarm()
    {
        failAt = null;
        failNext = null;
    }

    public Task<T> Run<T>(string name, Func<T> operation)
    {
        lock (gate)
        {
            var fails = failAt == calls.Count || failNext == name;
            if (failNext == name)
            {
                failNext = null;
            }

            calls.Add(name);
            if (fails && !afterApplying)
            {
                throw new StoreDownException(name);
            }

            var result = operation();
            return fails ? throw new StoreDownException(name) : Task.FromResult(result);
        }
    }
}

/// <summary>The store failed one call (the fault a test armed).</summary>
internal sealed class StoreDownException(string call) : Exception($"The store failed {call}.");
