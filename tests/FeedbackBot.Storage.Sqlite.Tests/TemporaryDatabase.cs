using FeedbackBot.Storage.Sqlite.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedbackBot.Storage.Sqlite.Tests;

/// <summary>
/// A database file in a fresh temporary folder, deleted with the folder on dispose. Every
/// <see cref="OpenAsync"/> gives a new <see cref="SqliteDatabase"/> on that file, as a second
/// process would open it.
/// </summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly List<SqliteDatabase> _opened = [];

    public TemporaryDatabase(string relativeFilePath = "feedbackbot.db")
    {
        Folder = Path.Combine(Path.GetTempPath(), "feedbackbot-sqlite-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, relativeFilePath);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public static TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    public SqliteDatabase Open()
    {
        var database = new SqliteDatabase(FilePath, BusyTimeout);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public async Task<SqliteDatabase> OpenAsync()
    {
        var database = Open();
        await InitializerFor(database).InitializeAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public static SqliteSchemaInitializer InitializerFor(SqliteDatabase database) =>
        new(database, NullLogger<SqliteSchemaInitializer>.Instance);

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
