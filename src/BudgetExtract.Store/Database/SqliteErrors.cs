using BudgetExtract.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Database;

/// <summary>Turns SQLite's error codes into one-line input errors naming the database file.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, CantOpen = 14, NotADb = 26;

    public static Exception Translate(string path, SqliteException e, TimeSpan busyTimeout) => e.SqliteErrorCode switch
    {
        Busy or Locked => new InputException(path, $"database is locked by another process (waited {busyTimeout.TotalSeconds:0} s); try again when it has finished", e),
        NotADb => new InputException(path, "not a SQLite database (the file is corrupt or of another kind)", e),
        Corrupt => new InputException(path, "database file is corrupt (SQLite: " + e.Message.TrimEnd('.') + ")", e),
        CantOpen => new InputException(path, "cannot open the database file (missing folder or no permission)", e),
        ReadOnly => new InputException(path, "database is read-only here", e),
        IoErr => new InputException(path, "disk I/O error while using the database", e),
        _ => e,
    };

    public static bool IsBusy(SqliteException e) => e.SqliteErrorCode is Busy or Locked;
}
