using BudgetExtract.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Database;

/// <summary>Applies the missing <see cref="Migrations"/> in order, each in its own write transaction.</summary>
internal static class Migrator
{
    public static void Migrate(SqliteConnection connection, string path)
    {
        if (CurrentVersion(connection, path) >= Migrations.Latest) return;
        // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate.
        using var transaction = connection.BeginTransaction(deferred: false);
        StoreDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL)
            """, transaction);
        var current = ReadVersion(connection, transaction);
        foreach (var step in Migrations.All.Where(m => m.Version > current))
        {
            StoreDatabase.Execute(connection, step.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, strftime('%Y-%m-%dT%H:%M:%fZ','now'))";
            record.Parameters.AddWithValue("$v", step.Version);
            record.Parameters.AddWithValue("$d", step.Description);
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public static void RequireCurrent(SqliteConnection connection, string path)
    {
        var version = CurrentVersion(connection, path);
        if (version < Migrations.Latest)
            throw new InputException(path, $"database schema is version {version}, this budgetextract needs {Migrations.Latest} (run 'budgetextract ingest' once to upgrade it)");
    }

    /// <summary>The schema version; 0 for an empty file. Refuses a foreign SQLite file and a newer schema.</summary>
    private static long CurrentVersion(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        if (tables.Count == 0) return 0;
        if (!tables.Contains("schema_version"))
            throw new InputException(path, "a SQLite database, but not a BudgetExtract store (no schema_version table); use another --db");
        var version = ReadVersion(connection, null);
        if (version > Migrations.Latest)
            throw new InputException(path, $"database schema is version {version}, newer than this budgetextract knows ({Migrations.Latest}); update budgetextract");
        return version;
    }

    private static long ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return (long)command.ExecuteScalar()!;
    }
}
