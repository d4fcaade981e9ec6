using System.Globalization;
using BudgetExtract.Contract;
using BudgetExtract.Store.Database;
using BudgetExtract.Store.Names;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Ingest;

/// <summary>
/// Stores documents in SQLite, one write transaction per document (a crash leaves either the whole document
/// or none of it). Use one instance per writer thread; several processes may write one file at once
/// (each transaction waits for the others through the busy timeout, and the sha256 check runs inside it).
/// </summary>
public sealed class SqliteBudgetStore : IBudgetStore
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly StoreOptions _options;
    private readonly TimeProvider _time;

    private SqliteBudgetStore(SqliteConnection connection, string path, StoreOptions options, TimeProvider time)
    {
        _connection = connection;
        _path = path;
        _options = options;
        _time = time;
    }

    public static SqliteBudgetStore Open(string path, TimeProvider? time = null, StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        return new SqliteBudgetStore(StoreDatabase.OpenReadWrite(path, options), path, options, time ?? TimeProvider.System);
    }

    public bool Contains(string sha256)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM documents WHERE sha256 = $sha";
            command.Parameters.AddWithValue("$sha", sha256);
            return command.ExecuteScalar() is not null;
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(_path, e, _options.BusyTimeout);
        }
    }

    public StoreOutcome Store(ExtractionResult result, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(provenance);
        try
        {
            // BEGIN IMMEDIATE: the write lock is taken (or waited for) before anything is read.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var outcome = StoreIn(transaction, result, provenance);
            transaction.Commit();
            return outcome;
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(_path, e, _options.BusyTimeout);
        }
    }

    private StoreOutcome StoreIn(SqliteTransaction transaction, ExtractionResult result, Provenance provenance)
    {
        var sha = result.Source.Sha256;
        if (Scalar(transaction, "SELECT id FROM documents WHERE sha256 = $p0", sha) is long existing)
            return new StoreOutcome(StoreOutcomeKind.Unchanged, existing, VersionOf(transaction, existing), null);

        var document = result.Document ?? DocumentInfo.Unknown;
        var key = document.Department is null ? (DepartmentKey?)null : DepartmentNames.Key(document.Department, document.Region);
        var regionKey = document.Region is not null ? DepartmentNames.RegionKey(document.Region) : key?.Region;
        var previous = FindPrevious(transaction, provenance, document, key, regionKey);
        var version = previous is { } p ? VersionOf(transaction, p) + 1 : 1;

        var writer = new DocumentWriter(_connection, transaction);
        var id = writer.InsertDocument(result, provenance, key?.Core, regionKey, version, previous,
            _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        if (previous is { } old)
            Execute(transaction, "UPDATE documents SET superseded_by = $p0 WHERE id = $p1", id, old);
        writer.InsertContent(id, result);
        return new StoreOutcome(previous is null ? StoreOutcomeKind.New : StoreOutcomeKind.NewVersion, id, version, previous);
    }

    /// <summary>The current version this document replaces: named by the caller, else same source, else same identity.</summary>
    private long? FindPrevious(SqliteTransaction transaction, Provenance provenance, DocumentInfo document, DepartmentKey? key, string? regionKey)
    {
        if (provenance.PreviousSha256 is { } named && Scalar(transaction, "SELECT id FROM documents WHERE sha256 = $p0", named) is long byName)
            return Latest(transaction, byName);
        if (Scalar(transaction, "SELECT id FROM documents WHERE source = $p0 AND superseded_by IS NULL ORDER BY id DESC LIMIT 1", provenance.Source) is long bySource)
            return bySource;
        if (key is { } k && document.Year is { } year)
            return Scalar(transaction, """
                SELECT id FROM documents
                WHERE department_key = $p0 AND year = $p1 AND kind IS $p2 AND region_key IS $p3 AND superseded_by IS NULL
                ORDER BY id DESC LIMIT 1
                """, k.Core, year, document.Kind, regionKey) as long?;
        return null;
    }

    /// <summary>Follows superseded_by to the newest version, so a new version always extends the chain's end.</summary>
    private long Latest(SqliteTransaction transaction, long id)
    {
        while (Scalar(transaction, "SELECT superseded_by FROM documents WHERE id = $p0", id) is long next) id = next;
        return id;
    }

    private int VersionOf(SqliteTransaction transaction, long id) =>
        (int)(long)Scalar(transaction, "SELECT version FROM documents WHERE id = $p0", id)!;

    private object? Scalar(SqliteTransaction transaction, string sql, params object?[] values)
    {
        using var command = Command(transaction, sql, values);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private void Execute(SqliteTransaction transaction, string sql, params object?[] values)
    {
        using var command = Command(transaction, sql, values);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, object?[] values)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$p" + i, values[i] ?? DBNull.Value);
        return command;
    }

    public void Dispose()
    {
        try
        {
            // Keeps the planner's statistics fresh after a batch (cheap: only analyzes what changed a lot).
            StoreDatabase.Execute(_connection, "PRAGMA optimize;");
        }
        catch (SqliteException)
        {
            // Statistics are an optimization; a busy or failing optimize must not turn a finished ingest into an error.
        }
        _connection.Dispose();
    }
}
