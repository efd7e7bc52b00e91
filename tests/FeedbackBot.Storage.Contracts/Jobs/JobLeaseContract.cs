using FeedbackBot.Core.Jobs;
using FeedbackBot.Storage.Contracts.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Storage.Contracts.Jobs;

/// <summary>
/// Behaviour every <see cref="IJobLease"/> must show: one holder per unit, lapsed claims taken
/// over, done units never claimed again, only the holder completes or releases.
/// </summary>
public abstract class JobLeaseContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A new lease instance over this test's backing storage, reading the time from
    /// <paramref name="time"/>. Two calls give two instances that see the same data.
    /// </summary>
    protected abstract Task<IJobLease> CreateLeaseAsync(TimeProvider time);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryClaimAsync_NewUnit_ReturnsClaimThatExpiresAfterTtl()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);

        var claim = await lease.TryClaimAsync("job", ContractValues.Unique("k"), Ttl, Ct);

        Assert.NotNull(claim);
        Assert.Equal(ContractValues.SomeTime + Ttl, claim.ExpiresAt);
    }

    [Fact]
    public async Task TryClaimAsync_HeldByAnotherInstance_ReturnsNull()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var one = await CreateLeaseAsync(time);
        var two = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        await one.TryClaimAsync("job", key, Ttl, Ct);

        var second = await two.TryClaimAsync("job", key, Ttl, Ct);

        Assert.Null(second);
    }

    [Fact]
    public async Task TryClaimAsync_ManyConcurrentClaims_ExactlyOneSucceeds()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var leases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateLeaseAsync(time)));
        var key = ContractValues.Unique("k");

        var claims = await Task.WhenAll(leases.SelectMany(l => new[] { l, l }).Select(l => l.TryClaimAsync("job", key, Ttl, Ct)));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task TryClaimAsync_ClaimLapsed_AnotherInstanceTakesOver()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var one = await CreateLeaseAsync(time);
        var two = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        var first = await one.TryClaimAsync("job", key, Ttl, Ct);
        time.Advance(Ttl + TimeSpan.FromSeconds(1));

        var second = await two.TryClaimAsync("job", key, Ttl, Ct);

        Assert.NotNull(second);
        Assert.NotEqual(first!.ClaimId, second.ClaimId);
        Assert.False(await one.CompleteAsync(first, Ct));
    }

    [Fact]
    public async Task TryClaimAsync_UnitDone_NeverClaimedAgainEvenAfterTtl()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        var claim = await lease.TryClaimAsync("job", key, Ttl, Ct);
        Assert.True(await lease.CompleteAsync(claim!, Ct));
        time.Advance(TimeSpan.FromDays(30));

        var again = await (await CreateLeaseAsync(time)).TryClaimAsync("job", key, Ttl, Ct);

        Assert.Null(again);
    }

    [Fact]
    public async Task ReleaseAsync_ByHolder_UnitClaimableAtOnce()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        var claim = await lease.TryClaimAsync("job", key, Ttl, Ct);

        await lease.ReleaseAsync(claim!, Ct);
        var again = await lease.TryClaimAsync("job", key, Ttl, Ct);

        Assert.NotNull(again);
    }

    [Fact]
    public async Task ReleaseAsync_ByFormerHolder_LeavesNewHolderAlone()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        var stale = await lease.TryClaimAsync("job", key, Ttl, Ct);
        time.Advance(Ttl + TimeSpan.FromSeconds(1));
        var current = await lease.TryClaimAsync("job", key, Ttl, Ct);

        await lease.ReleaseAsync(stale!, Ct);

        Assert.Null(await lease.TryClaimAsync("job", key, Ttl, Ct));
        Assert.True(await lease.CompleteAsync(current!, Ct));
    }

    [Fact]
    public async Task TryClaimAsync_SameKeyInAnotherJob_IsIndependent()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);
        var key = ContractValues.Unique("k");
        await lease.TryClaimAsync("job-a", key, Ttl, Ct);

        var other = await lease.TryClaimAsync("job-b", key, Ttl, Ct);

        Assert.NotNull(other);
    }

    [Fact]
    public async Task TryClaimAsync_ReservedCharactersInNames_KeptApart()
    {
        var time = new FakeTimeProvider(ContractValues.SomeTime);
        var lease = await CreateLeaseAsync(time);
        var key = ContractValues.Unique(ContractValues.ReservedCharacters);
        var claim = await lease.TryClaimAsync("weekly/push|" + ContractValues.ReservedCharacters, key, Ttl, Ct);

        var again = await lease.TryClaimAsync("weekly/push|" + ContractValues.ReservedCharacters, key, Ttl, Ct);

        Assert.NotNull(claim);
        Assert.Null(again);
    }
}
