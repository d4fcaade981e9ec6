using BudgetExtract.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Database;

/// <summary>
/// Opens the database file: WAL journal (readers never block the writer), foreign keys on, a busy timeout
/// so concurrent writers wait instead of failing, and the schema migrated to <see cref="Migrations.Latest"/>.
/// Every SQLite failure on open is reported as one <see cref="InputException"/> line naming the file.
/// </summary>
public static class StoreDatabase
{
    /// <summary>Opens (creating when missing) the database for reading and writing.</summary>
    public static SqliteConnection OpenReadWrite(string path, StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        return Open(path, SqliteOpenMode.ReadWriteCreate, options, connection =>
        {
            // WAL + synchronous=NORMAL: a crash or kill -9 never loses or tears a committed transaction; only a
            // power cut may roll back the last few commits (FULL would fsync every document: 10x slower ingest).
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            Configure(connection, options);
            Migrator.Migrate(connection, path);
        });
    }

    /// <summary>Opens an existing database so that no statement can change it (SQLite refuses every write).</summary>
    public static SqliteConnection OpenReadOnly(string path, StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        if (!File.Exists(path)) throw new InputException(path, "no such database (run 'budgetextract ingest' first, or pass --db)");
        return Open(path, SqliteOpenMode.ReadOnly, options, connection =>
        {
            Configure(connection, options);
            Migrator.RequireCurrent(connection, path);
        });
    }

    /// <summary>Opens a connection and prepares it; on any failure the connection is closed and SQLite errors become one line.</summary>
    private static SqliteConnection Open(string path, SqliteOpenMode mode, StoreOptions options, Action<SqliteConnection> prepare)
    {
        var connection = new SqliteConnection(ConnectionString(path, mode, options));
        try
        {
            connection.Open();
            prepare(connection);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw SqliteErrors.Translate(path, e, options.BusyTimeout);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode, StoreOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false, // a pooled handle would keep the file open (and locked on some systems) after Dispose
        ForeignKeys = true,
        DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
    }.ToString();

    private static void Configure(SqliteConnection connection, StoreOptions options)
    {
        Execute(connection, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;");
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
