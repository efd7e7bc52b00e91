using FeedbackBot.Conversations.Prompts;

namespace FeedbackBot.Conversations.Tests.Prompts;

public sealed class AnswerTextTests
{
    [Theory]
    [InlineData("  Yes  ", "yes")]
    [InlineData("YES!!!", "yes")]
    [InlineData("👍 yes 👍", "yes")]
    [InlineData("yes\u200d\ufe0f", "yes")]
    [InlineData("Not   important.", "not important")]
    [InlineData("nice-to-have", "nice to have")]
    [InlineData("Grün", "grün")]
    [InlineData("🙂", "")]
    [InlineData(null, "")]
    public void Normalize_TypedAnswer_KeepsOnlyWordsInLowerCase(string? typed, string expected)
    {
        var normalized = AnswerText.Normalize(typed);

        Assert.Equal(expected, normalized);
    }
}
