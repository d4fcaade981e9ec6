using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Database;
using BudgetExtract.Store.Query;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Web.Sql;

/// <summary>
/// The SQL box: a statement on a read-only connection (SQLite refuses every write), interrupted after a time
/// limit and cut at a row limit, so a careless cross join cannot hold the server.
/// </summary>
public sealed class SqlBox(string databasePath, TimeSpan timeLimit, int rowLimit)
{
    public sealed record Answer(ResultTable Table, bool Truncated);

    public Answer Run(string sql)
    {
        using var connection = StoreDatabase.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var handle = connection.Handle!;
        using var timer = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(handle), null, timeLimit, Timeout.InfiniteTimeSpan);
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            var truncated = false;
            while (reader.Read())
            {
                if (rows.Count == rowLimit) { truncated = true; break; }
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is byte[] blob ? Convert.ToHexStringLower(blob) : reader.GetValue(i);
                rows.Add(row);
            }
            return new Answer(new ResultTable(columns, rows), truncated);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 9)
        {
            throw new InputException("sql", $"stopped after the time limit of {timeLimit.TotalSeconds:0.#} s");
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 8)
        {
            throw new InputException("sql", "the database is opened read-only here; only SELECT (and other reading statements) are allowed");
        }
        catch (SqliteException e)
        {
            throw new InputException("sql", e.Message.Replace($"SQLite Error {e.SqliteErrorCode}: ", "").Trim('\'', '.', ' '));
        }
    }
}
