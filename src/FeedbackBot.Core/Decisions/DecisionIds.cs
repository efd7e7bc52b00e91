using System.Globalization;
using System.Security.Cryptography;

namespace FeedbackBot.Core.Decisions;

/// <summary>
/// Decision ids carry their creation time: 16 hex digits of UTC ticks, then 8 random hex digits.
/// Stores order records newest first by that time (Table Storage row key: inverted ticks + id), so
/// an id alone finds its row without a scan. Ids also travel in card buttons, so anything that does
/// not parse is refused, never trusted.
/// </summary>
public static class DecisionIds
{
    private const int TicksDigits = 16;
    private const int RandomDigits = 8;

    /// <summary>A new id for a record created at <paramref name="createdAt"/>.</summary>
    public static string New(DateTimeOffset createdAt) =>
        createdAt.UtcTicks.ToString("x16", CultureInfo.InvariantCulture)
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomDigits / 2));

    /// <summary>The creation ticks (UTC) inside <paramref name="id"/>; false when it is not a decision id.</summary>
    public static bool TryGetCreatedTicks(string? id, out long utcTicks)
    {
        utcTicks = 0;
        if (id is null || id.Length != TicksDigits + RandomDigits || !id.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        return long.TryParse(id.AsSpan(0, TicksDigits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out utcTicks)
            && utcTicks is >= 0 and <= 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks
    }
}
