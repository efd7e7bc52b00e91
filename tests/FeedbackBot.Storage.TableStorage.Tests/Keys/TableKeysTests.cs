namespace FeedbackBot.Storage.TableStorage.Tests.Keys;

public sealed class TableKeysTests
{
    // Built at run time: a lone surrogate in an attribute argument does not survive compilation.
    public static TheoryData<string, string> Escapes => new()
    {
        { "plain-id_42:x.y", "plain-id_42:x.y" },
        { "a/b", "a!2Fb" },
        { "a\\b#c?d", "a!5Cb!23c!3Fd" },
        { "100%", "100!25" },
        { "it's", "it!27s" },
        { "a|b", "a!7Cb" },
        { "wow!", "wow!21" },
        { "tab\there", "tab!09here" },
        { "\u007f\u0080\u009f\u00a0", "!7F!80!9F\u00a0" },
        { "Zoë 日本 👍🏽", "Zoë 日本 👍🏽" },
        { "lone\ud83d", "lone!uD83D" },
        { "\udc4dlone", "!uDC4Dlone" },
        { "\ue000\ufffe", "!uE000!uFFFE" },
        { "", "" },
    };

    public static TheoryData<string> Refused => new() { "a/b", "a\u0001", "lone\ud83d", new string('x', TableKeys.MaxLength + 1) };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void For_Value_EscapesAsDocumented(string value, string expected)
    {
        var key = TableKeys.For(value);

        Assert.Equal(expected, key);
    }

    [Fact]
    public void Compose_SeparatorInsideAPart_DoesNotMergeWithTheNextPart()
    {
        var left = TableKeys.Compose("a|b", "c");
        var right = TableKeys.Compose("a", "b|c");

        Assert.NotEqual(left, right);
        Assert.Equal("a!7Cb|c", left);
        Assert.Equal("a|b!7Cc", right);
    }

    [Fact]
    public void For_EscapeSequenceAsInput_DiffersFromTheCharacterItEscapes()
    {
        var slash = TableKeys.For("a/b");
        var lookalike = TableKeys.For("a!2Fb");

        Assert.NotEqual(slash, lookalike);
    }

    [Fact]
    public void For_ValueLongerThanTheLimit_IsShortenedWithAHashAndStaysValid()
    {
        var value = new string('x', 2_000);

        var key = TableKeys.For(value);

        Assert.True(TableKeys.IsValid(key));
        Assert.Equal(TableKeys.MaxLength, key.Length);
        Assert.StartsWith(new string('x', 100), key, StringComparison.Ordinal);
        Assert.True(key.EndsWithHash());
    }

    [Fact]
    public void For_ValueOfMultiByteCharactersUnderTheCharacterLimit_IsShortenedToFitTheByteLimit()
    {
        var value = string.Concat(Enumerable.Repeat("日", 500));

        var key = TableKeys.For(value);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(key) <= TableKeys.MaxUtf8Bytes);
        Assert.True(key.EndsWithHash());
    }

    [Fact]
    public void For_LongValueOfSurrogatePairs_NeverCutsAPair()
    {
        var value = string.Concat(Enumerable.Repeat("👍", 400));

        var key = TableKeys.For(value);

        Assert.True(TableKeys.IsValid(key));
    }

    [Fact]
    public void For_KeyExactlyAtTheLimit_IsKeptAsIs()
    {
        var value = new string('x', TableKeys.MaxLength);

        var key = TableKeys.For(value);

        Assert.Equal(value, key);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void IsValid_KeyWithWhatTheServiceRefuses_IsFalse(string key)
    {
        var valid = TableKeys.IsValid(key);

        Assert.False(valid);
    }
}
