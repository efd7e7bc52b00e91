using System.Globalization;

namespace FeedbackBot.Storage.Sqlite;

/// <summary>How domain values are written to and read from SQLite columns.</summary>
internal static class SqliteValues
{
    /// <summary>ISO 8601 round-trip text keeps the ticks and the offset, and stays readable in the sqlite3 shell.</summary>
    public static string FromTimestamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static object FromNullable(string? value) => value is null ? DBNull.Value : value;
}
