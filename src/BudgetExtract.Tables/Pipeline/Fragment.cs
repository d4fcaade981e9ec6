using System.Collections.Immutable;
using BudgetExtract.Geometry;

namespace BudgetExtract.Tables.Pipeline;

/// <summary>A cell of a table part found on one page.</summary>
internal sealed record FragmentCell(int Row, int Col, int RowSpan, int ColSpan, string Text, Box Box);

/// <summary>Number, title, unit and meta lines printed above a table part.</summary>
internal sealed record TableCaption(string? Number, string? Title, string? Unit, ImmutableArray<string> MetaLines, bool SaysContinued)
{
    public static readonly TableCaption None = new(null, null, null, [], false);

    public bool IsEmpty => Number is null && Title is null && Unit is null && MetaLines.IsEmpty;
}

/// <summary>The part of a table found on one page, before parts continued across pages are stitched.</summary>
/// <param name="ColumnEdges">x of the column edges, ascending (ColumnCount + 1 values).</param>
internal sealed record Fragment(
    int Page,
    Box Box,
    double PageWidth,
    double PageHeight,
    double[] ColumnEdges,
    int RowCount,
    ImmutableArray<FragmentCell> Cells,
    bool Ruled)
{
    public int ColumnCount => ColumnEdges.Length - 1;
    public int HeaderRows { get; init; }
    public TableCaption Caption { get; init; } = TableCaption.None;
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The fragment's grid as text rows (spanning text at top-left, "" elsewhere).</summary>
    public string[][] TextRows()
    {
        var grid = new string[RowCount][];
        for (var r = 0; r < RowCount; r++) grid[r] = Enumerable.Repeat("", ColumnCount).ToArray();
        foreach (var c in Cells) grid[c.Row][c.Col] = c.Text;
        return grid;
    }
}
