using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Query;
using BudgetExtract.Testing;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Tests;

/// <summary>A real SQLite database file in a fresh temporary directory.</summary>
internal sealed class StoreScope : IDisposable
{
    private readonly TempDir _dir = new();

    public string Db => _dir.Combine("data/budget.db");

    public string Dir => _dir.Path;

    public static readonly DateTimeOffset StoredAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public SqliteBudgetStore OpenStore() => SqliteBudgetStore.Open(Db, new FixedTime(StoredAt));

    public BudgetQueries OpenQueries() => BudgetQueries.Open(Db);

    public void StoreAll(params (Contract.ExtractionResult Result, string Source)[] documents)
    {
        using var store = OpenStore();
        foreach (var (result, source) in documents) store.Store(result, Fixtures.From(source));
    }

    public long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose() => _dir.Dispose();
}
