using System.Text;
using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Database;
using BudgetExtract.Store.Names;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Query;

/// <summary>
/// The read side of the store, on a read-only connection: lines, indicators, tables, full-text search and
/// arbitrary read-only SQL. Only current versions of documents are answered (superseded ones stay stored).
/// </summary>
public sealed class BudgetQueries : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly StoreOptions _options;

    private BudgetQueries(SqliteConnection connection, string path, StoreOptions options)
    {
        _connection = connection;
        _path = path;
        _options = options;
    }

    public static BudgetQueries Open(string path, StoreOptions? options = null)
    {
        options ??= new StoreOptions();
        return new BudgetQueries(StoreDatabase.OpenReadOnly(path, options), path, options);
    }

    public static readonly IReadOnlyList<string> LineColumns =
    [
        "region", "department", "year", "kind", "file", "sha256", "table", "table_title", "classification",
        "code", "name", "level", "parent", "unit", "column", "amount", "text", "page",
    ];

    public ResultTable Lines(LineFilter filter, DepartmentAliases? aliases = null)
    {
        using var command = _connection.CreateCommand();
        var where = new StringBuilder();
        DocumentSelection.Append(where, command, filter, aliases ?? DepartmentAliases.None);
        if (filter.Code is { } code)
        {
            where.Append(" AND l.code >= $code AND l.code < $codeEnd");
            command.Parameters.AddWithValue("$code", code);
            command.Parameters.AddWithValue("$codeEnd", code + "\uffff");
        }
        if (filter.Name is { } name)
        {
            where.Append(" AND l.name LIKE $name ESCAPE '\\'");
            command.Parameters.AddWithValue("$name", "%" + EscapeLike(name) + "%");
        }
        if (filter.Column is { } column)
        {
            where.Append(" AND l.column_name = $column");
            command.Parameters.AddWithValue("$column", column);
        }
        command.CommandText = $"""
            SELECT d.region, d.department, d.year, d.kind, d.file_name, d.sha256, l.table_ordinal, t.title,
                   l.classification, l.code, l.name, l.level, l.parent, l.unit, l.column_name, l.amount, l.text, l.page
            FROM documents d
            JOIN lines l ON l.document_id = d.id
            LEFT JOIN tables t ON t.document_id = d.id AND t.ordinal = l.table_ordinal
            WHERE {where}
            ORDER BY d.region, d.department, d.year, d.id, l.id
            {Limit(filter.Limit)}
            """;
        return Read(command, LineColumns, amountColumns: [15]);
    }

    public static readonly IReadOnlyList<string> IndicatorColumns =
    [
        "region", "department", "year", "kind", "file", "sha256", "table", "project", "level1", "level2", "level3",
        "target", "target_op", "target_value", "target_unit", "actual", "weight", "score", "note", "page",
    ];

    public ResultTable Indicators(LineFilter filter, DepartmentAliases? aliases = null)
    {
        using var command = _connection.CreateCommand();
        var where = new StringBuilder();
        DocumentSelection.Append(where, command, filter, aliases ?? DepartmentAliases.None);
        command.CommandText = $"""
            SELECT d.region, d.department, d.year, d.kind, d.file_name, d.sha256, i.table_ordinal, i.project, i.level1,
                   i.level2, i.level3, i.target_text, i.target_op, i.target_value, i.target_unit, i.actual_text,
                   i.weight, i.score, i.note, i.page
            FROM documents d
            JOIN indicators i ON i.document_id = d.id
            WHERE {where}
            ORDER BY d.region, d.department, d.year, d.id, i.id
            {Limit(filter.Limit)}
            """;
        return Read(command, IndicatorColumns, amountColumns: [13, 16, 17]);
    }

    public static readonly IReadOnlyList<string> TableColumns =
    [
        "region", "department", "year", "kind", "file", "sha256", "table", "number", "title", "table_kind", "unit",
        "pages", "rows", "columns",
    ];

    /// <summary>The tables of the selected documents; <paramref name="title"/> is a substring of number or title.</summary>
    public ResultTable Tables(LineFilter filter, string? title = null, DepartmentAliases? aliases = null)
    {
        using var command = _connection.CreateCommand();
        var where = new StringBuilder();
        DocumentSelection.Append(where, command, filter, aliases ?? DepartmentAliases.None);
        if (title is not null)
        {
            where.Append(" AND (t.title LIKE $title ESCAPE '\\' OR t.number LIKE $title ESCAPE '\\')");
            command.Parameters.AddWithValue("$title", "%" + EscapeLike(title) + "%");
        }
        command.CommandText = $"""
            SELECT d.region, d.department, d.year, d.kind, d.file_name, d.sha256, t.ordinal, t.number, t.title, t.kind,
                   t.unit, t.pages_json, t.row_count, t.column_count
            FROM documents d
            JOIN tables t ON t.document_id = d.id
            WHERE {where}
            ORDER BY d.region, d.department, d.year, d.id, t.ordinal
            {Limit(filter.Limit)}
            """;
        return Read(command, TableColumns, amountColumns: []);
    }

    /// <summary>One stored table's grid (header rows, then body rows) of the document whose sha256 starts with <paramref name="shaPrefix"/>.</summary>
    public ResultTable TableGrid(string shaPrefix, int ordinal)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT t.header_json, t.rows_json FROM documents d JOIN tables t ON t.document_id = d.id
            WHERE d.sha256 >= $sha AND d.sha256 < $shaEnd AND t.ordinal = $ordinal
            """;
        command.Parameters.AddWithValue("$sha", shaPrefix.ToLowerInvariant());
        command.Parameters.AddWithValue("$shaEnd", shaPrefix.ToLowerInvariant() + "~");
        command.Parameters.AddWithValue("$ordinal", ordinal);
        var found = new List<(string Header, string Rows)>();
        Run(() =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read()) found.Add((reader.GetString(0), reader.GetString(1)));
        });
        if (found.Count == 0) throw new InputException($"table {ordinal} of document {shaPrefix}", "not stored (see 'query tables' for documents and table numbers)");
        if (found.Count > 1) throw new InputException($"document {shaPrefix}", "sha256 prefix matches several documents; give more digits");
        var header = System.Text.Json.JsonSerializer.Deserialize<string[][]>(found[0].Header) ?? [];
        var rows = System.Text.Json.JsonSerializer.Deserialize<string[][]>(found[0].Rows) ?? [];
        var width = header.Concat(rows).Select(r => r.Length).DefaultIfEmpty(0).Max();
        var columns = Enumerable.Range(0, width)
            .Select(c => string.Join(" ", header.Select(h => c < h.Length ? h[c] : "").Where(t => t.Length > 0)))
            .Select((name, c) => name.Length > 0 ? name : "col" + (c + 1))
            .ToList();
        return new ResultTable(columns, [.. rows.Select(r => Enumerable.Range(0, width).Select(c => (object?)(c < r.Length ? r[c] : "")).ToArray())]);
    }

    public static readonly IReadOnlyList<string> SearchColumns = ["department", "year", "file", "sha256", "table", "row", "page", "text"];

    /// <summary>
    /// Full-text search over table titles, grid rows and line names. Three or more characters use the trigram
    /// index; one or two characters (三公, 公务) are shorter than a trigram, so they scan the indexed text with LIKE.
    /// </summary>
    public ResultTable Search(string text, LineFilter filter, DepartmentAliases? aliases = null)
    {
        var query = text.Trim();
        if (query.Length == 0) throw new InputException("query search", "empty search text");
        using var command = _connection.CreateCommand();
        var where = new StringBuilder();
        DocumentSelection.Append(where, command, filter, aliases ?? DepartmentAliases.None);
        string source, match;
        if (new System.Globalization.StringInfo(query).LengthInTextElements >= 3)
        {
            source = "search_index JOIN search_text s ON s.id = search_index.rowid";
            match = "search_index MATCH $match";
            command.Parameters.AddWithValue("$match", "\"" + query.Replace("\"", "\"\"") + "\"");
        }
        else
        {
            source = "search_text s";
            match = "s.text LIKE $match ESCAPE '\\'";
            command.Parameters.AddWithValue("$match", "%" + EscapeLike(query) + "%");
        }
        command.CommandText = $"""
            SELECT d.department, d.year, d.file_name, d.sha256, s.table_ordinal, s.row, s.page, s.text
            FROM {source}
            JOIN documents d ON d.id = s.document_id
            WHERE {match} AND {where}
            ORDER BY d.department, d.year, d.id, s.table_ordinal, s.row
            {Limit(filter.Limit)}
            """;
        return Read(command, SearchColumns, amountColumns: []);
    }

    /// <summary>Any SQL the connection allows: it is read-only, so SQLite itself refuses every write.</summary>
    public ResultTable Sql(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is byte[] blob ? Convert.ToHexStringLower(blob) : reader.GetValue(i);
                rows.Add(row);
            }
            return new ResultTable(columns, rows);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 8)
        {
            throw new InputException("query sql", "the database is opened read-only here; only SELECT (and other reading statements) are allowed", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1)
        {
            throw new InputException("query sql", e.Message.Replace("SQLite Error 1: ", "").Trim('\'', '.', ' '), e);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(_path, e, _options.BusyTimeout);
        }
    }

    private ResultTable Read(SqliteCommand command, IReadOnlyList<string> columns, int[] amountColumns)
    {
        var rows = new List<object?[]>();
        Run(() =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                foreach (var a in amountColumns) row[a] = Amounts.Parse(row[a]);
                rows.Add(row);
            }
        });
        return new ResultTable(columns, rows);
    }

    private void Run(Action action)
    {
        try
        {
            action();
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(_path, e, _options.BusyTimeout);
        }
    }

    internal SqliteConnection Connection => _connection;

    private static string Limit(int? limit) => limit is { } n ? $"LIMIT {n}" : "";

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public void Dispose() => _connection.Dispose();
}
