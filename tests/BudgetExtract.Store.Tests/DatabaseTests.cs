using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Database;
using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Query;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Tests;

public sealed class DatabaseTests
{
    [Fact]
    public void New_database_is_migrated_in_wal_mode_with_foreign_keys()
    {
        using var scope = new StoreScope();
        using var connection = StoreDatabase.OpenReadWrite(scope.Db);
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal(1L, Pragma(connection, "foreign_keys"));
        Assert.Equal(30_000L, Pragma(connection, "busy_timeout"));
        Assert.Equal((long)Migrations.Latest, Query(connection, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(1L, Query(connection, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Reopening_does_not_apply_migrations_twice()
    {
        using var scope = new StoreScope();
        StoreDatabase.OpenReadWrite(scope.Db).Dispose();
        using var again = StoreDatabase.OpenReadWrite(scope.Db);
        Assert.Equal((long)Migrations.All.Count, Query(again, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Bundled_sqlite_has_fts5_with_the_trigram_tokenizer()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Assert.Equal(1L, Query(connection, "SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram'); INSERT INTO t VALUES ('一般公共预算“三公”经费支出表');");
        Assert.Equal(1L, Query(connection, "SELECT COUNT(*) FROM t WHERE t MATCH '\"三公”经\"'"));
    }

    [Fact]
    public void Foreign_keys_reject_a_line_of_an_unknown_document()
    {
        using var scope = new StoreScope();
        using var connection = StoreDatabase.OpenReadWrite(scope.Db);
        var error = Assert.Throws<SqliteException>(() => Execute(connection,
            "INSERT INTO lines (document_id, table_ordinal, column_name, text, page) VALUES (99, 0, '合计', '1', 1)"));
        Assert.Contains("FOREIGN KEY", error.Message);
    }

    [Fact]
    public void Garbage_bytes_give_one_line_naming_the_file()
    {
        using var scope = new StoreScope();
        Directory.CreateDirectory(Path.GetDirectoryName(scope.Db)!);
        File.WriteAllBytes(scope.Db, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))]);
        var write = Assert.Throws<InputException>(() => SqliteBudgetStore.Open(scope.Db));
        Assert.Equal($"{scope.Db}: not a SQLite database (the file is corrupt or of another kind)", write.Message);
        var read = Assert.Throws<InputException>(() => BudgetQueries.Open(scope.Db));
        Assert.Equal(write.Message, read.Message);
        Assert.DoesNotContain('\n', read.Message);
    }

    [Fact]
    public void Another_programs_sqlite_file_is_refused_untouched()
    {
        using var scope = new StoreScope();
        Directory.CreateDirectory(Path.GetDirectoryName(scope.Db)!);
        using (var other = new SqliteConnection($"Data Source={scope.Db};Pooling=False"))
        {
            other.Open();
            Execute(other, "CREATE TABLE contacts (name TEXT)");
        }
        var error = Assert.Throws<InputException>(() => SqliteBudgetStore.Open(scope.Db));
        Assert.Contains("not a BudgetExtract store", error.Message);
        Assert.Equal(0, scope.Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'"));
    }

    [Fact]
    public void A_database_from_a_newer_budgetextract_is_refused()
    {
        using var scope = new StoreScope();
        using (var connection = StoreDatabase.OpenReadWrite(scope.Db))
            Execute(connection, "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', '2030-01-01')");
        var error = Assert.Throws<InputException>(() => SqliteBudgetStore.Open(scope.Db));
        Assert.Equal($"{scope.Db}: database schema is version 99, newer than this budgetextract knows ({Migrations.Latest}); update budgetextract", error.Message);
        Assert.Throws<InputException>(() => BudgetQueries.Open(scope.Db));
    }

    [Fact]
    public void Querying_a_missing_database_says_to_ingest_first()
    {
        using var scope = new StoreScope();
        var error = Assert.Throws<InputException>(() => BudgetQueries.Open(scope.Db));
        Assert.Contains("no such database", error.Message);
        Assert.False(File.Exists(scope.Db));
    }

    [Fact]
    public void A_writer_held_lock_beyond_the_busy_timeout_is_a_clear_error_not_corruption()
    {
        using var scope = new StoreScope();
        using var holder = StoreDatabase.OpenReadWrite(scope.Db);
        using var store = SqliteBudgetStore.Open(scope.Db, options: new StoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(300) });
        using (var transaction = holder.BeginTransaction(deferred: false))
        {
            var error = Assert.Throws<InputException>(() => store.Store(Fixtures.Budget("a", "深圳市统计局", 2025), Fixtures.From("/in/a.pdf")));
            Assert.Contains("database is locked by another process", error.Message);
        }
        Assert.Equal(StoreOutcomeKind.New, store.Store(Fixtures.Budget("a", "深圳市统计局", 2025), Fixtures.From("/in/a.pdf")).Kind);
        Assert.Equal("ok", Query(holder, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Two_writers_at_once_wait_for_each_other_and_store_everything()
    {
        using var scope = new StoreScope();
        StoreDatabase.OpenReadWrite(scope.Db).Dispose();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<StoreOutcomeKind>();
        // Both writers ingest the same 20 documents plus 10 of their own: the shared ones must be stored once.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            using var store = SqliteBudgetStore.Open(scope.Db);
            for (var i = 0; i < 30; i++)
            {
                var seed = i < 20 ? $"shared-{i}" : $"own-{w}-{i}";
                var department = $"深圳市部门{i}局";
                outcomes.Add(store.Store(Fixtures.Budget(seed, department, 2000 + w * 100 + i), Fixtures.From($"/in/{seed}.pdf")).Kind);
            }
        })).ToArray();
        await Task.WhenAll(writers);
        Assert.Equal(40, scope.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(40, outcomes.Count(o => o != StoreOutcomeKind.Unchanged));
        Assert.Equal(20, outcomes.Count(o => o == StoreOutcomeKind.Unchanged));
        Assert.Equal("ok", scope.Scalar("PRAGMA integrity_check"));
        Assert.Equal(40L * Fixtures.Budget("x", "深圳市统计局", 2000).Lines.Length, scope.Count("SELECT COUNT(*) FROM lines"));
    }

    [Fact]
    public void Read_only_connection_refuses_writes_with_a_clear_message()
    {
        using var scope = new StoreScope();
        scope.StoreAll((Fixtures.Budget("a", "深圳市统计局", 2025), "/in/a.pdf"));
        using var queries = scope.OpenQueries();
        foreach (var sql in new[] { "DELETE FROM documents", "DROP TABLE lines", "UPDATE lines SET amount = '0'" })
        {
            var error = Assert.Throws<InputException>(() => queries.Sql(sql));
            Assert.Equal("query sql: the database is opened read-only here; only SELECT (and other reading statements) are allowed", error.Message);
        }
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(5L, queries.Sql("SELECT COUNT(*) AS n FROM lines").Rows[0][0]);
    }

    private static object? Pragma(SqliteConnection connection, string name) => Query(connection, "PRAGMA " + name);

    private static object? Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
