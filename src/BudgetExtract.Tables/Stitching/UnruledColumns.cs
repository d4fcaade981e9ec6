using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Stitching;

/// <summary>
/// Unruled parts of one table put each inner column edge in the middle of their own page's gutter, so the
/// same column has different edges on each page. When all parts have the same columns and their gutters
/// overlap, every part gets the edges of the gutters' common ranges. Otherwise all parts are placed anew, by
/// where their words are, onto the columns of all their gutters together, so 其他支出 on a sparse continuation
/// page lands under 项目, not in the first column, and a section's columns survive next to another's.
/// </summary>
internal static class UnruledColumns
{
    public static IReadOnlyList<Fragment> Align(IReadOnlyList<Fragment> parts)
    {
        if (parts.Count < 2 || parts.Any(p => p.Ruled || p.PageWidth != parts[0].PageWidth)) return parts;
        if (CommonEdges(parts) is { } edges) return [.. parts.Select(p => p with { ColumnEdges = edges })];
        var reference = UnionReference(parts);
        return [.. parts.Select(p => Replace(p, reference))];
    }

    private static double[]? CommonEdges(IReadOnlyList<Fragment> parts)
    {
        var columns = parts[0].ColumnCount;
        if (parts.Any(p => p.ColumnCount != columns || p.Gutters.Length != columns - 1)) return null;
        var edges = new double[columns + 1];
        edges[0] = parts.Min(p => p.ColumnEdges[0]);
        edges[^1] = parts.Max(p => p.ColumnEdges[^1]);
        for (var g = 0; g < columns - 1; g++)
        {
            var common = Gutter.Common([.. parts.Select(p => p.Gutters[g])]);
            if (common.Start > common.End + 1) return null;
            edges[g + 1] = common.Middle;
        }
        return edges;
    }

    /// <summary>
    /// Every part's gutters together (overlapping ones as their common range): a form's sections show different
    /// columns on different pages, and each page's columns must survive in the whole table.
    /// </summary>
    private static Fragment UnionReference(IReadOnlyList<Fragment> parts)
    {
        var merged = Gutter.Merge(parts.SelectMany(p => p.Gutters));
        double[] edges = [parts.Min(p => p.ColumnEdges[0]), .. merged.Select(g => g.Middle), parts.Max(p => p.ColumnEdges[^1])];
        return parts[0] with { ColumnEdges = edges, Gutters = [.. merged] };
    }

    /// <summary>The part's cells placed onto the reference's columns by their words' boxes.</summary>
    private static Fragment Replace(Fragment part, Fragment reference)
    {
        var edges = reference.ColumnEdges;
        var cells = ImmutableArray.CreateBuilder<FragmentCell>();
        for (var r = 0; r < part.RowCount; r++)
        {
            var row = part.Cells.Where(c => c.Row == r && c.Text.Length > 0).OrderBy(c => c.Box.X0)
                .Select(c => (Cell: c, Span: Columns(c, part, edges))).ToList();
            var top = part.Cells.Where(c => c.Row == r).Select(c => c.Box.Y0).DefaultIfEmpty(0).Min();
            var bottom = part.Cells.Where(c => c.Row == r).Select(c => c.Box.Y1).DefaultIfEmpty(0).Max();
            // Two cells landing on one column are one cell (their texts joined left to right).
            var merged = new List<(int First, int Last, List<FragmentCell> Cells)>();
            foreach (var (cell, (first, last)) in row)
            {
                if (merged.Count > 0 && merged[^1].Last >= first)
                {
                    merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, last), [.. merged[^1].Cells, cell]);
                    continue;
                }
                merged.Add((first, last, [cell]));
            }
            var column = 0;
            foreach (var (first, last, group) in merged)
            {
                for (; column < first; column++) cells.Add(Empty(r, column, edges, top, bottom));
                var text = group.Select(c => c.Text).Aggregate((a, b) => CellText.NeedsSpace(a[^1], b[0]) ? a + " " + b : a + b);
                cells.Add(new FragmentCell(r, first, group.Max(c => c.RowSpan), last - first + 1, text,
                    new Box(edges[first], top, edges[last + 1], bottom)) { Content = Box.Bounding(group.Select(c => c.Content ?? c.Box)) });
                column = last + 1;
            }
            for (; column < edges.Length - 1; column++) cells.Add(Empty(r, column, edges, top, bottom));
        }
        return part with { ColumnEdges = edges, Gutters = reference.Gutters, Cells = cells.ToImmutable() };
    }

    private static FragmentCell Empty(int row, int column, double[] edges, double top, double bottom) =>
        new(row, column, 1, 1, "", new Box(edges[column], top, edges[column + 1], bottom));

    /// <summary>The columns a cell's words cover; a cell lying mostly in one column belongs to it alone.</summary>
    private static (int First, int Last) Columns(FragmentCell cell, Fragment part, double[] edges)
    {
        var box = cell.Content ?? new Box(part.ColumnEdges[cell.Col], cell.Box.Y0, part.ColumnEdges[cell.Col + cell.ColSpan], cell.Box.Y1);
        for (var c = 0; c < edges.Length - 1; c++)
        {
            var inside = Math.Min(box.X1, edges[c + 1]) - Math.Max(box.X0, edges[c]);
            if (inside >= 0.85 * box.Width) return (c, c);
        }
        return (Gutter.ColumnAt(edges, box.X0 + 0.5), Gutter.ColumnAt(edges, box.X1 - 0.5));
    }

}
