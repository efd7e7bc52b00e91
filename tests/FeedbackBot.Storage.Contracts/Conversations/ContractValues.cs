using System.Text;

namespace FeedbackBot.Storage.Contracts.Conversations;

/// <summary>
/// Values the contracts write. Every test uses ids of its own, so a provider may run all tests
/// against one shared backing store (one Azurite account) without them seeing each other.
/// </summary>
internal static class ContractValues
{
    /// <summary>A fixed instant with milliseconds and a non-UTC offset; stores must keep the instant.</summary>
    public static readonly DateTimeOffset SomeTime = new(2026, 11, 20, 14, 3, 7, 123, TimeSpan.FromHours(2));

    /// <summary>Characters Azure Table keys forbid or that break naive query or key building.</summary>
    public const string ReservedCharacters = "/ # ? \\ ' \" | % \t \n \r \u0001 \u001f \u007f";

    /// <summary>A tenant id that widens a query built by string concatenation to every partition.</summary>
    public const string InjectionSuffix = "x' or PartitionKey ne '";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public static string Payload(string kind) => kind switch
    {
        "ascii" => """{"step":2,"answer":"yes"}""",
        "unicode" => """{"name":"Zoë Ångström","city":"Zürich","text":"日本語のテキスト","rtl":"שלום"}""",
        "emoji" => """{"reaction":"👍🏽","family":"👨‍👩‍👧‍👦","flag":"🇩🇪"}""",
        "reserved" => ReservedCharacters,
        "32KB" => Large(32 * 1024),
        "empty" => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown payload kind"),
    };

    // Varied content (not one repeated character) so a store that truncates or reorders chunks fails.
    private static string Large(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(i).Append(i % 7 == 0 ? "é," : ",");
        }

        return builder.ToString(0, length);
    }
}
