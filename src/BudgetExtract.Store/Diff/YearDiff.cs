using System.Text;
using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Names;
using BudgetExtract.Store.Query;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Diff;

/// <summary>
/// Compares a department across two years. Lines match on (document kind, table kind or classification, budget
/// unit, code — or name when there is no code —, column); indicators on (project, level 1, 2, 3). Departments
/// match by normalized name plus aliases, so "深圳市统计局" (2024) meets "深圳市统计局（本级）" (2025).
/// </summary>
public sealed class YearDiff(BudgetQueries queries, DepartmentAliases? aliases = null)
{
    private readonly DepartmentAliases _aliases = aliases ?? DepartmentAliases.None;

    public DiffResult Compare(DiffRequest request)
    {
        var from = Load(request, request.From);
        var to = Load(request, request.To);
        return new DiffResult(from.Side, to.Side, CompareLines(from.Lines, to.Lines), CompareIndicators(from.Indicators, to.Indicators));
    }

    private sealed record Line(string? DocumentKind, string? TableKind, string? Unit, string? Code, string? Name, string Column, decimal? Amount)
    {
        public (string?, string?, string?, string, string) Key =>
            (DocumentKind, TableKind, Unit is null ? null : DepartmentNames.Key(Unit).Core, Code ?? Squeeze(Name) ?? "", Column);
    }

    private sealed record Indicator(string? DocumentKind, string? Project, string? Level1, string? Level2, string? Level3, string? Target)
    {
        public (string?, string?, string?, string?, string?) Key => (DocumentKind, Squeeze(Project), Squeeze(Level1), Squeeze(Level2), Squeeze(Level3));
    }

    private sealed record Year(DiffSide Side, List<Line> Lines, List<Indicator> Indicators);

    private Year Load(DiffRequest request, int year)
    {
        var filter = new LineFilter { Department = request.Department, Region = request.Region, Year = year, Kind = request.Kind };
        var connection = queries.Connection;
        var departments = new SortedSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        using (var command = Select(connection, filter, "SELECT d.department, d.file_name FROM documents d WHERE {0} ORDER BY d.id"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                if (!reader.IsDBNull(0)) departments.Add(reader.GetString(0));
                files.Add(reader.GetString(1));
            }
        if (files.Count == 0)
            throw new InputException($"--department {request.Department}", $"no stored document for {year}{(request.Region is null ? "" : " in " + request.Region)} (stored years: {StoredYears(request)})");

        var lines = new List<Line>();
        using (var command = Select(connection, filter, """
            SELECT d.kind, COALESCE(t.kind, l.classification), l.unit, l.code, l.name, l.column_name, l.amount
            FROM documents d JOIN lines l ON l.document_id = d.id
            LEFT JOIN tables t ON t.document_id = d.id AND t.ordinal = l.table_ordinal
            WHERE {0} ORDER BY d.id, l.id
            """))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                lines.Add(new Line(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetString(5), Amounts.Parse(reader.GetValue(6))));

        var indicators = new List<Indicator>();
        using (var command = Select(connection, filter, """
            SELECT d.kind, i.project, i.level1, i.level2, i.level3, i.target_text
            FROM documents d JOIN indicators i ON i.document_id = d.id
            WHERE {0} ORDER BY d.id, i.id
            """))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                indicators.Add(new Indicator(Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));

        return new Year(new DiffSide(year, [.. departments], files), lines, indicators);
    }

    private string StoredYears(DiffRequest request)
    {
        var filter = new LineFilter { Department = request.Department, Region = request.Region, Kind = request.Kind };
        using var command = Select(queries.Connection, filter, "SELECT DISTINCT d.year FROM documents d WHERE {0} AND d.year IS NOT NULL ORDER BY d.year");
        using var reader = command.ExecuteReader();
        var years = new List<string>();
        while (reader.Read()) years.Add(reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return years.Count == 0 ? "none" : string.Join(", ", years);
    }

    private SqliteCommand Select(SqliteConnection connection, LineFilter filter, string sql)
    {
        var command = connection.CreateCommand();
        var where = new StringBuilder();
        DocumentSelection.Append(where, command, filter, _aliases);
        command.CommandText = sql.Replace("{0}", where.ToString());
        return command;
    }

    private static List<LineChange> CompareLines(List<Line> before, List<Line> after)
    {
        var old = First(before, l => l.Key);
        var now = First(after, l => l.Key);
        var changes = new List<LineChange>();
        foreach (var (key, line) in now)
        {
            old.TryGetValue(key, out var was);
            changes.Add(Change(was, line));
        }
        foreach (var (key, line) in old)
            if (!now.ContainsKey(key)) changes.Add(Change(line, null));
        return changes;
    }

    private static LineChange Change(Line? was, Line? now)
    {
        var any = (now ?? was)!;
        var status = was is null ? DiffStatus.Added : now is null ? DiffStatus.Removed
            : was.Amount == now.Amount ? DiffStatus.Unchanged : DiffStatus.Changed;
        decimal? change = was?.Amount is { } a && now?.Amount is { } b ? b - a
            : status == DiffStatus.Changed ? (now?.Amount ?? 0m) - (was?.Amount ?? 0m) : null;
        // Rounded to 2 places, trailing zeros dropped: 10, -50, 12.35.
        decimal? percent = change is { } c && was?.Amount is { } o && o != 0m ? Math.Round(c / o * 100m, 2, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m : null;
        return new LineChange(status, any.DocumentKind, any.TableKind, any.Unit, any.Code, now?.Name ?? was?.Name, any.Column,
            was?.Amount, now?.Amount, change, percent);
    }

    private static List<IndicatorChange> CompareIndicators(List<Indicator> before, List<Indicator> after)
    {
        var old = First(before, i => i.Key);
        var now = First(after, i => i.Key);
        var changes = new List<IndicatorChange>();
        foreach (var (key, indicator) in now)
        {
            if (!old.TryGetValue(key, out var was))
                changes.Add(Change(DiffStatus.Added, indicator, null, indicator.Target));
            else
                changes.Add(Change(Squeeze(was.Target) == Squeeze(indicator.Target) ? DiffStatus.Unchanged : DiffStatus.Changed, indicator, was.Target, indicator.Target));
        }
        foreach (var (key, indicator) in old)
            if (!now.ContainsKey(key)) changes.Add(Change(DiffStatus.Removed, indicator, indicator.Target, null));
        return changes;
    }

    private static IndicatorChange Change(string status, Indicator i, string? oldTarget, string? newTarget) =>
        new(status, i.Project, i.Level1, i.Level2, i.Level3, oldTarget, newTarget);

    /// <summary>Keyed in first-seen order; a key seen again (the same subject printed twice) keeps its first line.</summary>
    private static OrderedDictionary<TKey, T> First<TKey, T>(List<T> items, Func<T, TKey> key) where TKey : notnull
    {
        var map = new OrderedDictionary<TKey, T>();
        foreach (var item in items) map.TryAdd(key(item), item);
        return map;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string? Squeeze(string? text) =>
        text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
