using BudgetExtract.Diagnostics;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction;

/// <summary>
/// Numbers of a table read from a scan whose place in the table is doubtful though their digits are read right: the
/// table stage rebuilt the grid of an unruled scan with columns or rows other than printed (g12dev g7, session 13: 其中：财政拨款
/// and 其中：其他资金 one heading over two columns of amounts, a header row whose cells reach down over the first rows of
/// amounts), so an amount can stand under another heading than printed. Each such number gets an
/// <c>ocr-low-confidence</c> diagnostic: a reader of the table must not take its column on trust.
/// </summary>
public static class ScannedTableDoubts
{
    /// <summary>Rows of one page overlapping by more than this (points) are not a grid: glyph boxes of one text line
    /// overlap the next line's by a point or so.</summary>
    private const double RowOverlap = 1.0;

    /// <summary>The doubtful numbers of <paramref name="table"/> on the pages in <paramref name="scannedPages"/>, as
    /// low-confidence diagnostics with the cell's box.</summary>
    public static IEnumerable<Diagnostic> Find(Table table, IReadOnlySet<int> scannedPages)
    {
        var numbers = table.Cells.Where(c => !c.Header && scannedPages.Contains(c.Page) && IsNumber(c.Text)).ToList();
        if (numbers.Count == 0) yield break;
        var overlapping = OverlappingRows(table);
        var unheaded = ColumnsWithoutOwnHeading(table, numbers);
        foreach (var cell in numbers)
        {
            var why = overlapping.Contains((cell.Page, cell.Row)) ? "its row overlaps another row of the rebuilt table"
                : unheaded.Contains(cell.Col) ? "its column shares its heading with another column of numbers"
                : null;
            if (why is not null) yield return LowConfidenceDiagnostic.Create(cell.Text, cell.Box, $"table structure: {why}", cell.Page);
        }
    }

    private static bool IsNumber(string text) => text.Any(char.IsAsciiDigit) && NumberText.LooksNumeric(text);

    /// <summary>(page, row) of rows whose one-row cells overlap another row's on the same page by more than
    /// <see cref="RowOverlap"/>: a row box reaching over the rows below it (a header row beside a label centred on
    /// many rows) is paired with the amounts printed there.</summary>
    private static HashSet<(int Page, int Row)> OverlappingRows(Table table)
    {
        var rows = table.Cells.Where(c => c.RowSpan == 1)
            .GroupBy(c => (c.Page, c.Row))
            .Select(g => (g.Key, Top: g.Min(c => c.Box.Y0), Bottom: g.Max(c => c.Box.Y1)))
            .ToList();
        var doubtful = new HashSet<(int, int)>();
        foreach (var a in rows)
        foreach (var b in rows)
        {
            if (a.Key == b.Key || a.Key.Page != b.Key.Page) continue;
            if (Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > RowOverlap)
            {
                doubtful.Add(a.Key);
                doubtful.Add(b.Key);
            }
        }
        return doubtful;
    }

    /// <summary>
    /// Columns holding numbers whose nearest heading above the first row of numbers also stands over another column of
    /// numbers: the printed table gives each column of amounts a heading of its own (a group heading 预算金额 spans
    /// several, with 总额 | 财政拨款 | 其他资金 under it), so two columns sharing their lowest heading were built from
    /// fewer or other columns than printed.
    /// </summary>
    private static HashSet<int> ColumnsWithoutOwnHeading(Table table, List<TableCell> numbers)
    {
        var firstNumberRow = numbers.Min(c => c.Row);
        var columns = numbers.Select(c => c.Col).ToHashSet();
        var headings = table.Cells.Where(c => c.Row < firstNumberRow && c.Text.Trim().Length > 0).ToList();
        var doubtful = new HashSet<int>();
        if (headings.Count == 0) return doubtful;
        foreach (var column in columns)
        {
            var lowest = headings.Where(c => c.Col <= column && column < c.Col + c.ColSpan).MaxBy(c => c.Row + c.RowSpan);
            // A heading across the table (当年预算情况（万元） over a form's key | amount pairs) heads a section, not a column.
            if (lowest is null || lowest.Col <= 1 && lowest.Col + lowest.ColSpan >= table.ColumnCount) continue;
            if (columns.Any(other => other != column && lowest.Col <= other && other < lowest.Col + lowest.ColSpan))
                doubtful.Add(column);
        }
        return doubtful;
    }
}
