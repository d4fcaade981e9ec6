using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BudgetExtract.Geometry;
using BudgetExtract.Normalize.Amounts;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Tests;

/// <summary>
/// Test helper: turns the tables of a seed text rendering (tab-separated or Markdown rows; 表 N / title / 部门名称 /
/// 单位 / 注 lines around them) into <see cref="Table"/> objects like the table extractor produces: one synthetic page
/// per printed table part, parts of the same 表 N stitched with their repeated header rows dropped, header spans
/// rebuilt from "text followed by empty cells".
/// </summary>
internal static partial class SeedTables
{
    public static string PathOf(string seed) => Path.Combine(AppContext.BaseDirectory, "Seeds", seed);

    public static ImmutableArray<string> TitleLines(string seed) =>
        [.. File.ReadAllLines(PathOf(seed)).Where(l => l.Trim().Length > 0).Take(40)];

    public static NormalizeInput Input(string seed, string? fileName = null) =>
        new(fileName ?? seed, Load(seed), TitleLines(seed));

    public static ImmutableArray<Table> Load(string seed)
    {
        var parts = new List<Part>();
        Part? context = new();
        Part? open = null;
        foreach (var raw in File.ReadAllLines(PathOf(seed)))
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim().TrimStart('#').Trim();
            if (trimmed.Length == 0) continue;
            if (IsRow(line))
            {
                if (Separator().IsMatch(trimmed)) continue;
                if (open is null)
                {
                    open = context ?? new Part();
                    open.Page = parts.Count + 1;
                    parts.Add(open);
                    context = null;
                }
                open.Rows.Add(Cells(line));
                continue;
            }
            if (trimmed.StartsWith("注", StringComparison.Ordinal) && open is not null)
            {
                open.Notes.Add(trimmed);
                continue;
            }
            open = null;
            context ??= new Part();
            if (Number().IsMatch(trimmed)) context = new Part { Number = trimmed };
            else if (Meta().IsMatch(trimmed))
            {
                context.Meta.Add(trimmed);
                context.Unit ??= AmountUnit.FromMetaLine(trimmed);
            }
            else if (context.Title is null && (context.Number is not null || trimmed.EndsWith('表') || trimmed.Contains("评价", StringComparison.Ordinal)) && trimmed.Length <= 40)
                context.Title = trimmed;
            else if (context.Number is null && trimmed.Length > 40) context = new Part();
        }
        return [.. Stitch(parts).Select(ToTable)];
    }

    /// <summary>A one-page table from literal rows (first <paramref name="headerRows"/> rows are the header).</summary>
    public static Table FromRows(string? title, string? unit, int headerRows, params string[] rows)
    {
        var part = new Part { Title = title, Unit = unit, Page = 1, HeaderRows = headerRows };
        foreach (var row in rows) part.Rows.Add(Cells(row));
        part.Pages.Add(1);
        return ToTable(part);
    }

    /// <summary>The table with the text of one body cell replaced (a misprint).</summary>
    public static Table WithCell(Table table, Func<ImmutableArray<string>, bool> row, int col, string text)
    {
        var grid = table.Grid();
        var r = Enumerable.Range(0, grid.Length).First(i => i >= table.HeaderRowCount && row(grid[i]));
        return table with { Cells = [.. table.Cells.Select(c => c.Row == r && c.Col == col ? c with { Text = text } : c)] };
    }

    private sealed class Part
    {
        public string? Number;
        public string? Title;
        public string? Unit;
        public int Page;
        public List<string> Meta { get; } = [];
        public List<string> Notes { get; } = [];
        public List<string[]> Rows { get; } = [];
        public List<int> Pages { get; } = [];
        public List<int> RowPages { get; } = [];
        public int HeaderRows;
    }

    private static bool IsRow(string line) => line.Contains('\t', StringComparison.Ordinal) || line.TrimStart().StartsWith('|');

    private static string[] Cells(string line)
    {
        var t = line.Trim();
        string[] cells = t.StartsWith('|') ? t.Trim('|').Split('|') : line.Split('\t');
        return [.. cells.Select(c => Tags().Replace(c, "").Trim())];
    }

    private static IEnumerable<Part> Stitch(List<Part> parts)
    {
        Part? current = null;
        foreach (var p in parts)
        {
            if (p.Title is null && p.Rows.Count > 0 && p.Rows[0].Count(c => c.Length > 0) == 1 && p.Rows[0][0].Length > 0)
            {
                p.Title = p.Rows[0][0];
                p.Rows.RemoveAt(0);
            }
            p.HeaderRows = HeaderRows(p.Rows);
            if (current is not null && p.Number is not null && p.Number == current.Number && p.Title == current.Title)
            {
                var skip = Math.Min(current.HeaderRows, p.Rows.Count);
                foreach (var row in p.Rows.Skip(skip))
                {
                    current.Rows.Add(row);
                    current.RowPages.Add(p.Page);
                }
                current.Pages.Add(p.Page);
                current.Notes.AddRange(p.Notes);
                continue;
            }
            if (current is not null) yield return current;
            current = p;
            current.Pages.Add(p.Page);
            current.RowPages.AddRange(p.Rows.Select(_ => p.Page));
        }
        if (current is not null) yield return current;
    }

    /// <summary>Leading rows until the first one holding an amount.</summary>
    private static int HeaderRows(List<string[]> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, 5); r++)
            if (rows[r].Any(c => c.Length > 0 && AmountParser.IsNumber(c))) return Math.Max(r, 1);
        return 1;
    }

    private static Table ToTable(Part p)
    {
        var columns = p.Rows.Count == 0 ? 0 : p.Rows.Max(r => r.Length);
        string At(int r, int c) => c < p.Rows[r].Length ? p.Rows[r][c] : "";
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        var covered = new HashSet<(int, int)>();
        for (var r = 0; r < p.Rows.Count; r++)
            for (var c = 0; c < columns; c++)
            {
                if (covered.Contains((r, c))) continue;
                var text = At(r, c);
                int rowSpan = 1, colSpan = 1;
                var header = r < p.HeaderRows;
                if (header && text.Length > 0)
                {
                    while (c + colSpan < columns && At(r, c + colSpan).Length == 0
                           && Enumerable.Range(r + 1, Math.Max(0, p.HeaderRows - r - 1)).Any(below => At(below, c + colSpan).Length > 0))
                        colSpan++;
                    while (r + rowSpan < p.HeaderRows && Enumerable.Range(c, colSpan).All(k => At(r + rowSpan, k).Length == 0))
                        rowSpan++;
                }
                for (var rr = r; rr < r + rowSpan; rr++)
                    for (var cc = c; cc < c + colSpan; cc++) covered.Add((rr, cc));
                var page = p.RowPages.Count > r ? p.RowPages[r] : p.Page;
                cells.Add(new TableCell(r, c, rowSpan, colSpan, header, text, page, new Box(c * 50, r * 12, c * 50 + colSpan * 50, r * 12 + rowSpan * 12)));
            }
        return new Table(p.Number, p.Title, p.Unit, [.. p.Pages], columns, p.HeaderRows, p.Rows.Count, cells.ToImmutable(), [.. p.Notes], [.. p.Meta]);
    }

    [GeneratedRegex(@"^\|?[\s|:-]*-{3,}[\s|:-]*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^表\s*\d+(?:-\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(部门名称|单位名称|预算单位|单位[：:]|金额单位|项目名称[：:]|[(（]?\s*\d{4}\s*年度\s*[)）]?$)")]
    private static partial Regex Meta();

    [GeneratedRegex(@"</?[a-zA-Z]+>")]
    private static partial Regex Tags();
}
