using FeedbackBot.Core.Conversations;

namespace FeedbackBot.Core.Tests.Conversations;

public sealed class StateWriteResultTests
{
    [Fact]
    public void Conflict_IsNotSavedAndHasNoETag()
    {
        var result = StateWriteResult.Conflict;

        Assert.False(result.Saved);
        Assert.Null(result.ETag);
    }

    [Fact]
    public void SavedAs_CarriesTheNewETag()
    {
        var result = StateWriteResult.SavedAs("etag-2");

        Assert.True(result.Saved);
        Assert.Equal("etag-2", result.ETag);
    }
}
