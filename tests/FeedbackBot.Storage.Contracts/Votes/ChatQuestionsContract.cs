using FeedbackBot.Core.Votes;
using FeedbackBot.Storage.Contracts.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Storage.Contracts.Votes;

/// <summary>
/// The chat question recorded on a request row, over every <see cref="IFeedbackRequestStore"/>: a
/// claim is a conditional write, so of two instances claiming at once one wins; a claim is
/// recorded sent or released by re-reading the row, keeping what other writers changed; a claim
/// whose sender died is taken over after <see cref="ChatQuestions.ClaimLifetime"/>, and its old
/// sender can then neither record nor release it.
/// </summary>
public abstract class ChatQuestionsContract
{
    /// <summary>New store instances over this test's backing storage; two calls see the same data, as two instances of the bot would.</summary>
    protected abstract Task<VoteStores> CreateStoresAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeTimeProvider Time { get; } = new(ContractValues.SomeTime.AddHours(1));

    [Fact]
    public async Task Claim_TwoInstancesAtOnce_ExactlyOneClaimsAndTheOtherSeesItSending()
    {
        var (first, second, request) = await TwoInstancesWithAQuestionAsync();

        var claims = await Task.WhenAll(
            Task.Run(() => first.ClaimAsync(request, Ct), Ct),
            Task.Run(() => second.ClaimAsync(request, Ct), Ct));

        Assert.Single(claims, c => c.Status == ChatQuestionStatus.Claimed);
        Assert.Single(claims, c => c.Status == ChatQuestionStatus.Sending);
    }

    [Fact]
    public async Task Claim_RecordedSent_IsStoredAndEveryLaterClaimSeesItSent()
    {
        var (first, second, request) = await TwoInstancesWithAQuestionAsync();
        var claim = await first.ClaimAsync(request, Ct);

        var recorded = await first.RecordSentAsync(claim, Ct);
        var later = await second.ClaimAsync(request, Ct);

        Assert.True(recorded);
        Assert.Equal(ChatQuestionStatus.Sent, later.Status);
        Assert.Equal(new ChatQuestion { SentAt = Time.GetUtcNow() }, later.Request.ChatQuestion);
    }

    [Fact]
    public async Task Claim_Released_NextClaimSucceedsAndTheFailureIsCounted()
    {
        var (first, second, request) = await TwoInstancesWithAQuestionAsync();
        var failedClaim = await first.ClaimAsync(request, Ct);

        var released = await first.ReleaseAsync(failedClaim, Ct);
        var retry = await second.ClaimAsync(request, Ct);

        Assert.True(released);
        Assert.Equal(ChatQuestionStatus.Claimed, retry.Status);
        Assert.NotEqual(failedClaim.ClaimId, retry.ClaimId);
        Assert.Equal(1, retry.Request.ChatQuestion!.FailedAttempts);
    }

    [Fact]
    public async Task Claim_OfADeadSenderPastItsLifetime_IsTakenOverAndTheOldSenderCannotRecordIt()
    {
        var (first, second, request) = await TwoInstancesWithAQuestionAsync();
        var dead = await first.ClaimAsync(request, Ct);
        var stillHeld = await second.ClaimAsync(request, Ct);

        Time.Advance(ChatQuestions.ClaimLifetime);
        var takenOver = await second.ClaimAsync(request, Ct);
        var lateRecord = await first.RecordSentAsync(dead, Ct);

        Assert.Equal(ChatQuestionStatus.Sending, stillHeld.Status);
        Assert.Equal(ChatQuestionStatus.Claimed, takenOver.Status);
        Assert.False(lateRecord);
        Assert.Equal(takenOver.ClaimId, (await ReadAsync(request)).ChatQuestion!.ClaimId);
    }

    [Fact]
    public async Task RecordSent_AfterAVoteMarkedTheRequestAnswered_KeepsTheAnswer()
    {
        var (first, _, request) = await TwoInstancesWithAQuestionAsync();
        var stores = await CreateStoresAsync();
        var claim = await first.ClaimAsync(request, Ct);
        var read = (await stores.Requests.FindAsync(request.Tenant, request.InteractionId, Ct))!;
        var answeredAt = Time.GetUtcNow().AddMinutes(1);
        Assert.True(await stores.Requests.TryUpdateAsync(read.Value with { AnsweredAt = answeredAt }, read.Version, Ct));

        var recorded = await first.RecordSentAsync(claim, Ct);

        var stored = await ReadAsync(request);
        Assert.True(recorded);
        Assert.Equal(answeredAt, stored.AnsweredAt);
        Assert.NotNull(stored.ChatQuestion!.SentAt);
    }

    [Fact]
    public async Task Claim_RequestWithoutAQuestionOrAlreadyAnswered_IsNotDueAndWritesNothing()
    {
        var stores = await CreateStoresAsync();
        var questions = new ChatQuestions(stores.Requests, Time);
        var tenant = ContractValues.Unique("tenant");
        var linkOnly = VoteValues.Request(tenant);
        var answered = VoteValues.Request(tenant) with { ChatQuestion = new ChatQuestion(), AnsweredAt = ContractValues.SomeTime.AddMinutes(30) };
        await stores.Requests.CreateAsync(linkOnly, Ct);
        await stores.Requests.CreateAsync(answered, Ct);
        var before = await stores.Requests.FindAsync(tenant, answered.InteractionId, Ct);

        var noQuestion = await questions.ClaimAsync(linkOnly, Ct);
        var afterAnswer = await questions.ClaimAsync(answered, Ct);

        Assert.Equal(ChatQuestionStatus.NotDue, noQuestion.Status);
        Assert.Equal(ChatQuestionStatus.NotDue, afterAnswer.Status);
        Assert.Equal(before, await stores.Requests.FindAsync(tenant, answered.InteractionId, Ct));
    }

    [Fact]
    public async Task CreateRequest_WithAQuestion_RoundTripsItAndAStaleClaimLoses()
    {
        var stores = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant")) with { ChatQuestion = new ChatQuestion() };
        await stores.Requests.CreateAsync(request, Ct);
        var read = (await stores.Requests.FindAsync(request.Tenant, request.InteractionId, Ct))!;

        var firstClaim = await stores.Requests.TryUpdateAsync(read.Value with { ChatQuestion = new ChatQuestion { ClaimId = "a", ClaimedAt = Time.GetUtcNow() } }, read.Version, Ct);
        var staleClaim = await stores.Requests.TryUpdateAsync(read.Value with { ChatQuestion = new ChatQuestion { ClaimId = "b", ClaimedAt = Time.GetUtcNow() } }, read.Version, Ct);

        Assert.Equal(request, read.Value);
        Assert.True(firstClaim);
        Assert.False(staleClaim);
        Assert.Equal("a", (await ReadAsync(request)).ChatQuestion!.ClaimId);
    }

    /// <summary>Two instances' <see cref="ChatQuestions"/> over one store, and a stored open request with its question not yet asked.</summary>
    private async Task<(ChatQuestions First, ChatQuestions Second, FeedbackRequest Request)> TwoInstancesWithAQuestionAsync()
    {
        var first = await CreateStoresAsync();
        var second = await CreateStoresAsync();
        var request = VoteValues.Request(ContractValues.Unique("tenant") + ContractValues.ReservedCharacters) with { ChatQuestion = new ChatQuestion() };
        await first.Requests.CreateAsync(request, Ct);
        return (new ChatQuestions(first.Requests, Time), new ChatQuestions(second.Requests, Time), request);
    }

    private async Task<FeedbackRequest> ReadAsync(FeedbackRequest request) =>
        (await (await CreateStoresAsync()).Requests.FindAsync(request.Tenant, request.InteractionId, Ct))!.Value;
}
