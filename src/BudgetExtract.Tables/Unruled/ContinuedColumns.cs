using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Evidence that the lines at the top of a page are the rest of the previous page's table: they lie within its width,
/// and the cells of their multi-cell lines each keep within one of its columns, starting in two or more of them.
/// Prose there runs across the columns; a new table has columns of its own.
/// </summary>
internal static class ContinuedColumns
{
    /// <summary>A lone line (a header repeated over a page's rows, which stand apart) is no evidence.</summary>
    private const int MinRows = 2;

    /// <summary>Share of the multi-cell lines' cells that must keep within one column.</summary>
    private const double MinInColumnShare = 0.9;

    public static bool GoOn(List<StreamLine> block, List<RowBand> tabular, double[] edges)
    {
        if (tabular.Count < MinRows || edges.Length < 3) return false;
        var size = block.Average(l => l.FontSize);
        if (block.Any(l => l.Box.X0 < edges[0] - size || l.Box.X1 > edges[^1] + size)) return false;
        var cells = tabular.SelectMany(b => b.Cells(block)).ToList();
        var inColumn = cells.Count(c => Gutter.ColumnAt(edges, c.Box.X0 + 1) == Gutter.ColumnAt(edges, c.Box.X1 - 1));
        var startedColumns = cells.Select(c => Gutter.ColumnAt(edges, c.Box.X0 + 1)).Distinct().Count();
        return inColumn >= MinInColumnShare * cells.Count && startedColumns >= 2;
    }
}
