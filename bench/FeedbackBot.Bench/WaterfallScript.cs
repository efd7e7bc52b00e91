using System.Globalization;

namespace FeedbackBot.Bench;

/// <summary>
/// What each conversation says in each round of the three-question waterfall, and what the bot
/// must answer. Every answer carries its conversation and round, so a reply that reached the
/// wrong conversation, or a state that lost an answer, shows up as a mismatch.
/// </summary>
internal static class WaterfallScript
{
    public const int TurnsPerRound = 4;

    private static readonly string[] Colours = ["red", "blue", "green"];

    public static string ConversationId(int conversation) => string.Create(CultureInfo.InvariantCulture, $"a:bench-{conversation}");

    public static int? ConversationIndex(string? conversationId) =>
        conversationId is not null
        && conversationId.StartsWith("a:bench-", StringComparison.Ordinal)
        && int.TryParse(conversationId.AsSpan("a:bench-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;

    public static string UserId(int conversation) => string.Create(CultureInfo.InvariantCulture, $"29:bench-user-{conversation}");

    public static string Say(int conversation, int round, int step) => step switch
    {
        0 => "three",
        1 => Name(conversation, round),
        2 => Colour(conversation, round),
        _ => Subscribe(round) ? "yes" : "no",
    };

    public static string ExpectedReply(int conversation, int round, int step) => step switch
    {
        0 => "What is your name?",
        1 => "Which colour?",
        2 => "Subscribe?",
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"Done: {Name(conversation, round)}, {Colour(conversation, round)}, {(Subscribe(round) ? "yes" : "no")}."),
    };

    private static string Name(int conversation, int round) => string.Create(CultureInfo.InvariantCulture, $"User {conversation} round {round}");

    private static string Colour(int conversation, int round) => Colours[(conversation + round) % Colours.Length];

    private static bool Subscribe(int round) => round % 2 == 0;
}
