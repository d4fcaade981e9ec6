using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Pdf.Model;
using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Finds tables drawn without (full) rulings: blocks of multi-cell lines (<see cref="StreamBlocks"/>),
/// columns from the gutters of data rows (<see cref="ColumnFinder"/>), rows from data lines with the lines
/// of wrapped cells attached (<see cref="StreamRowBuilder"/>).
/// </summary>
internal static class AlignmentFragmentReader
{
    public static List<(Fragment Fragment, HashSet<int> Words)> Read(
        PageLayout page, IReadOnlyList<PageWord> words, HashSet<int> used, IReadOnlyList<Fragment> ruled, TableOptions options)
    {
        var result = new List<(Fragment, HashSet<int>)>();
        var lines = StreamLines.Build(words, used);
        if (lines.Count < 2) return result;
        var rules = page.Page.Rulings.Where(r => r.IsHorizontal).ToList();
        foreach (var block in StreamBlocks.Find(lines))
        {
            var fragment = StreamRowBuilder.Build(page, block, rules);
            if (fragment is null) continue;
            result.Add((fragment, [.. block.SelectMany(l => l.Cells).SelectMany(c => c.WordIndexes)]));
        }
        return result;
    }
}

/// <summary>A stream cell placed on the column grid.</summary>
internal readonly record struct PlacedCell(StreamCell Cell, int First, int Last, int LineIndex);

/// <summary>Builds the rows of an unruled table block and turns them into a fragment.</summary>
internal static class StreamRowBuilder
{
    public static Fragment? Build(PageLayout page, List<StreamLine> block, List<Ruling> rules)
    {
        static bool IsAnchor(StreamLine l) => l.Cells.Any(c => CellValues.IsValueLike(c.Text));
        var edges = ColumnFinder.Edges(block, IsAnchor);
        var columns = edges.Length - 1;
        if (columns < 2) return null;

        var placed = block.Select((l, i) => l.Cells.Select(c => Place(c, edges, i)).ToList()).ToList();
        var columnRight = new double[columns];
        foreach (var p in placed.SelectMany(x => x).Where(p => p.First == p.Last))
            columnRight[p.First] = Math.Max(columnRight[p.First], p.Cell.Box.X1);

        var firstAnchor = block.FindIndex(IsAnchor);
        var rows = new List<List<int>>();
        var pending = new List<int>();
        for (var i = 0; i < block.Count; i++)
        {
            var line = block[i];
            var isHeader = firstAnchor < 0 || i < firstAnchor;
            var anchor = !isHeader && IsAnchor(line);
            if (rows.Count > 0 && pending.Count == 0 && !anchor
                && Continues(block, placed, rows[^1], i, columnRight, rules))
            {
                rows[^1].Add(i);
                continue;
            }
            if (!isHeader && !anchor && i + 1 < block.Count && IsAnchor(block[i + 1]) && StartsWrappedCell(block, placed, i, columnRight)
                && block[i + 1].Box.Y0 - line.Box.Y1 < line.FontSize && !RuleBetween(rules, line, block[i + 1]))
            {
                pending.Add(i);
                continue;
            }
            rows.Add([.. pending, i]);
            pending.Clear();
        }
        if (pending.Count > 0) rows.Add([.. pending]);

        var headerRows = firstAnchor < 0 ? Math.Min(1, rows.Count) : rows.Count(r => r.All(i => i < firstAnchor));
        var cells = BuildCells(rows, placed, block, edges, headerRows);
        var box = Box.Bounding(block.Select(l => l.Box));
        return new Fragment(page.Number, box with { X0 = edges[0], X1 = edges[^1] }, page.Page.Width, page.Page.Height,
            edges, rows.Count, cells, Ruled: false);
    }

    private static PlacedCell Place(StreamCell cell, double[] edges, int line)
    {
        var first = Column(edges, cell.Box.X0 + 0.5);
        var last = Column(edges, cell.Box.X1 - 0.5);
        if (first != last)
        {
            // A cell overflowing a little into its neighbour still belongs to one column.
            for (var c = first; c <= last; c++)
            {
                var inside = Math.Min(cell.Box.X1, edges[c + 1]) - Math.Max(cell.Box.X0, edges[c]);
                if (inside >= 0.85 * cell.Box.Width) return new PlacedCell(cell, c, c, line);
            }
        }
        return new PlacedCell(cell, first, last, line);
    }

    private static int Column(double[] edges, double x)
    {
        for (var c = 0; c < edges.Length - 2; c++)
            if (x < edges[c + 1]) return c;
        return edges.Length - 2;
    }

    /// <summary>A line continues the current row when each of its cells sits under a cell of that row that was full (it wrapped).</summary>
    private static bool Continues(List<StreamLine> block, List<List<PlacedCell>> placed, List<int> row, int i, double[] columnRight, List<Ruling> rules)
    {
        var line = block[i];
        var last = block[row[^1]];
        if (line.Box.Y0 - last.Box.Y1 > line.FontSize || RuleBetween(rules, last, line)) return false;
        if (line.Cells.Any(c => CellValues.IsData(c.Text))) return false;
        foreach (var p in placed[i])
        {
            if (p.First != p.Last) return false;
            var above = row.SelectMany(r => placed[r]).Where(q => q.First == p.First && q.Last == p.Last).LastOrDefault();
            if (above.Cell is null) return false;
            if (above.Cell.Box.X1 < columnRight[p.First] - 1.5 * line.FontSize) return false;
        }
        return true;
    }

    /// <summary>A text-only line just above a data line whose cells fill their columns: the first half of a vertically centred wrapped cell.</summary>
    private static bool StartsWrappedCell(List<StreamLine> block, List<List<PlacedCell>> placed, int i, double[] columnRight)
    {
        var next = placed[i + 1];
        foreach (var p in placed[i])
        {
            if (p.First != p.Last) return false;
            if (next.Any(q => q.First <= p.First && q.Last >= p.First)) return false;
            if (p.Cell.Box.X1 < columnRight[p.First] - 1.5 * block[i].FontSize) return false;
        }
        return placed[i].Count > 0;
    }

    private static bool RuleBetween(List<Ruling> rules, StreamLine upper, StreamLine lower)
    {
        var width = Math.Max(upper.Box.Width, lower.Box.Width);
        return rules.Any(r => r.Y0 > upper.Box.Y1 - 0.5 && r.Y0 < lower.Box.Y0 + 0.5 && r.Length >= 0.5 * width
                              && r.X0 < Math.Max(upper.Box.X1, lower.Box.X1) && r.X1 > Math.Min(upper.Box.X0, lower.Box.X0));
    }

    private static ImmutableArray<FragmentCell> BuildCells(List<List<int>> rows, List<List<PlacedCell>> placed, List<StreamLine> block,
        double[] edges, int headerRows)
    {
        var columns = edges.Length - 1;
        var cells = ImmutableArray.CreateBuilder<FragmentCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var top = rows[r].Min(i => block[i].Box.Y0);
            var bottom = rows[r].Max(i => block[i].Box.Y1);
            var groups = new List<(int First, int Last, List<PageWord> Words)>();
            foreach (var p in rows[r].SelectMany(i => placed[i]).OrderBy(p => p.First == p.Last ? 1 : 0))
            {
                var overlapping = groups.Where(g => g.First <= p.Last && g.Last >= p.First).ToList();
                var first = overlapping.Select(g => g.First).Append(p.First).Min();
                var last = overlapping.Select(g => g.Last).Append(p.Last).Max();
                var words = overlapping.SelectMany(g => g.Words).Concat(p.Cell.Words).ToList();
                foreach (var g in overlapping) groups.Remove(g);
                groups.Add((first, last, words));
            }
            for (var c = 0; c < columns; c++)
            {
                var group = groups.FirstOrDefault(g => g.First == c);
                if (group.Words is not null)
                {
                    cells.Add(new FragmentCell(r, c, 1, group.Last - group.First + 1, CellText.Join(group.Words),
                        new Box(edges[c], top, edges[group.Last + 1], bottom)));
                    c = group.Last;
                }
                else
                {
                    cells.Add(new FragmentCell(r, c, 1, 1, "", new Box(edges[c], top, edges[c + 1], bottom)));
                }
            }
        }
        return SpanHeaderCellsDown(cells.ToImmutable(), headerRows);
    }

    /// <summary>
    /// In a header of several rows, a column whose only text sits in one row (a label vertically centred
    /// beside a multi-level header) is one cell spanning all header rows, written at the top.
    /// </summary>
    private static ImmutableArray<FragmentCell> SpanHeaderCellsDown(ImmutableArray<FragmentCell> cells, int headerRows)
    {
        if (headerRows < 2) return cells;
        var list = cells.ToList();
        var header = list.Where(c => c.Row < headerRows).ToList();
        foreach (var column in header.Where(c => c.ColSpan == 1).Select(c => c.Col).Distinct())
        {
            var inColumn = header.Where(c => c.Col <= column && c.Col + c.ColSpan > column).ToList();
            var texts = inColumn.Where(c => c.Text.Length > 0).ToList();
            if (texts.Count != 1 || texts[0].ColSpan != 1 || inColumn.Any(c => c.ColSpan > 1)) continue;
            var label = texts[0];
            foreach (var c in inColumn) list.Remove(c);
            var box = Box.Bounding(inColumn.Select(c => c.Box));
            list.Add(new FragmentCell(0, column, headerRows, 1, label.Text, box));
        }
        return [.. list.OrderBy(c => c.Row).ThenBy(c => c.Col)];
    }
}
