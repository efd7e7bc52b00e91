using FeedbackBot.Core.Health;
using Microsoft.Data.Sqlite;

namespace FeedbackBot.Storage.Sqlite.Health;

/// <summary>
/// SQLite errors a retry can outlast: the database busy or locked past the busy timeout (another
/// process holds the write lock), an I/O error, a full disk, a file that cannot be opened just
/// now. Anything else (a constraint, a malformed statement) is a defect.
/// </summary>
public sealed class SqliteFailureClassifier : IStoreFailureClassifier
{
    // https://www.sqlite.org/rescode.html, primary result codes (extended codes keep them in the low byte).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CannotOpen = 14;

    public bool IsOutage(Exception exception) =>
        exception is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is Busy or Locked or IoError or Full or CannotOpen;
}
