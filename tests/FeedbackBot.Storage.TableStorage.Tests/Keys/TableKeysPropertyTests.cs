using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FeedbackBot.Storage.TableStorage.Tests.Keys;

public sealed class TableKeysPropertyTests
{
    [Property(Arbitrary = [typeof(KeyTextArbitraries)], MaxTest = 2_000)]
    public bool For_AnyString_IsAValidKey(string value) => TableKeys.IsValid(TableKeys.For(value));

    [Property(Arbitrary = [typeof(KeyTextArbitraries)], MaxTest = 2_000)]
    public bool Compose_AnyParts_IsAValidKey(string first, string second) => TableKeys.IsValid(TableKeys.Compose(first, second));

    [Property(Arbitrary = [typeof(KeyTextArbitraries)], MaxTest = 2_000)]
    public bool Compose_ShortParts_DecodeBackToTheParts(string first, string second)
    {
        var key = TableKeys.Compose(first, second);

        return key.EndsWithHash() || EscapedKey.Decode(key).SequenceEqual([first, second]);
    }

    [Property(Arbitrary = [typeof(LookalikeArbitraries)], MaxTest = 5_000)]
    public bool For_DistinctLookalikeStrings_GiveDistinctKeys(string first, string second) =>
        first == second || TableKeys.For(first) != TableKeys.For(second);

    [Property(Arbitrary = [typeof(LookalikeArbitraries)], MaxTest = 5_000)]
    public bool Compose_DistinctLookalikePairs_GiveDistinctKeys(string a, string b, string c, string d) =>
        (a == c && b == d) || TableKeys.Compose(a, b) != TableKeys.Compose(c, d);

    [Property(Arbitrary = [typeof(PastTheLimitArbitraries)], MaxTest = 300)]
    public bool For_LongStrings_AreValidAndDistinct(string first, string second) =>
        TableKeys.IsValid(TableKeys.For(first))
        && (first == second || TableKeys.For(first) != TableKeys.For(second));

    [Property(Arbitrary = [typeof(PastTheLimitArbitraries)], MaxTest = 300)]
    public bool For_LongStringAndItsNeighbours_GiveDistinctKeys(string value) =>
        TableKeys.For(value) != TableKeys.For(value[..^1]) && TableKeys.For(value) != TableKeys.For(value + "x");
}

/// <summary>Makes <see cref="KeyText.Any"/> the generator for every string parameter of a property.</summary>
public static class KeyTextArbitraries
{
    public static Arbitrary<string> Strings() => KeyText.Any.ToArbitrary();
}

/// <summary>Makes <see cref="KeyText.Lookalikes"/> the generator for every string parameter of a property.</summary>
public static class LookalikeArbitraries
{
    public static Arbitrary<string> Strings() => KeyText.Lookalikes.ToArbitrary();
}

/// <summary>Makes <see cref="KeyText.PastTheLimit"/> the generator for every string parameter of a property.</summary>
public static class PastTheLimitArbitraries
{
    public static Arbitrary<string> Strings() => KeyText.PastTheLimit.ToArbitrary();
}

internal static class KeyAssertions
{
    /// <summary>Shortened keys end in <c>!h</c> and a SHA-256; they are not decodable by design.</summary>
    public static bool EndsWithHash(this string key) => key.Length > 66 && key[^66..^64] == "!h";
}
