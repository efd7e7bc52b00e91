using System.ComponentModel.DataAnnotations;

namespace FeedbackBot.Storage.Sqlite;

/// <summary>The embedded store's settings, bound from the <c>Storage:Sqlite</c> section.</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; a relative path is resolved against the content root.</summary>
    [Required]
    public string Path { get; set; } = "data/feedbackbot.db";

    /// <summary>How long a write waits for another writer's lock before it fails.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The absolute file path, with a relative <see cref="Path"/> taken from <paramref name="baseDirectory"/>.</summary>
    public string ResolvePath(string baseDirectory) => System.IO.Path.GetFullPath(Path, baseDirectory);
}
