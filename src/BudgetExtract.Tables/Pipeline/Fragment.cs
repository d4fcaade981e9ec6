using System.Collections.Immutable;
using BudgetExtract.Geometry;

namespace BudgetExtract.Tables.Pipeline;

/// <summary>An empty x range between two columns of an unruled table: its edge may sit anywhere inside.</summary>
internal readonly record struct Gutter(double Start, double End)
{
    /// <summary>
    /// The stretch of the gutter where its edge cuts no cell of the lines that did not prove it (see
    /// <see cref="Unruled.GutterNarrowing"/>); null when that is the whole gutter. Parts of a table on other pages
    /// may prove a gutter elsewhere in this one's range, so merging goes by the whole gutter.
    /// </summary>
    public (double Start, double End)? Preferred { get; init; }

    /// <summary>Where the column edge goes: the middle of the preferred stretch.</summary>
    public double Middle => Preferred is { } p ? (p.Start + p.End) / 2 : (Start + End) / 2;

    public bool Overlaps(Gutter other, double scale = 1) => Start <= other.End * scale + 1 && other.Start * scale <= End + 1;

    /// <summary>Gutters left to right, overlapping ones as their common range (empty common ranges dropped).</summary>
    public static List<Gutter> Merge(IEnumerable<Gutter> gutters)
    {
        var merged = new List<Gutter>();
        foreach (var gutter in gutters.OrderBy(g => g.Start))
        {
            var i = merged.FindIndex(g => g.Start < gutter.End && gutter.Start < g.End);
            if (i < 0) merged.Add(gutter);
            else merged[i] = Common([merged[i], gutter]);
        }
        return [.. merged.Where(g => g.End > g.Start)];
    }

    /// <summary>The range all the gutters share, preferring the stretch all their preferred stretches share (if any).</summary>
    public static Gutter Common(IReadOnlyCollection<Gutter> gutters)
    {
        var common = new Gutter(gutters.Max(g => g.Start), gutters.Min(g => g.End));
        if (gutters.All(g => g.Preferred is null)) return common;
        var start = Math.Max(common.Start, gutters.Max(g => g.Preferred?.Start ?? g.Start));
        var end = Math.Min(common.End, gutters.Min(g => g.Preferred?.End ?? g.End));
        return end > start ? common with { Preferred = (start, end) } : common;
    }

    /// <summary>The column of a grid of edges (ascending) that x falls in; the outer columns take what lies beyond.</summary>
    public static int ColumnAt(double[] edges, double x)
    {
        for (var c = 0; c < edges.Length - 2; c++)
            if (x < edges[c + 1]) return c;
        return edges.Length - 2;
    }
}

/// <summary>A cell of a table part found on one page.</summary>
internal sealed record FragmentCell(int Row, int Col, int RowSpan, int ColSpan, string Text, Box Box)
{
    /// <summary>The box of the cell's words themselves (null for empty cells).</summary>
    public Box? Content { get; init; }
}

/// <summary>Number, title, unit and meta lines printed above a table part.</summary>
internal sealed record TableCaption(string? Number, string? Title, string? Unit, ImmutableArray<string> MetaLines, bool SaysContinued)
{
    public static readonly TableCaption None = new(null, null, null, [], false);

    public bool IsEmpty => Number is null && Title is null && Unit is null && MetaLines.IsEmpty;

    /// <summary>The title was recognized by OCR: a character of it may be misread.</summary>
    public bool TitleReadByOcr { get; init; }
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

    /// <summary>Unruled parts framed by horizontal rules: the outer edges are the rules' ends, not the text's.</summary>
    public bool Framed { get; init; }

    /// <summary>Unruled parts: the gutters whose middles are the inner column edges (empty for ruled parts).</summary>
    public ImmutableArray<Gutter> Gutters { get; init; } = [];

    /// <summary>
    /// Lines above the part, inside its later columns or right of it: the rest of the previous page's last row, carried
    /// over the page break (joined to that row when the part goes on with the table).
    /// </summary>
    public ImmutableArray<(Box Box, string Text)> CarriedOver { get; init; } = [];

    /// <summary>The fragment's grid as text rows (spanning text at top-left, "" elsewhere).</summary>
    public string[][] TextRows()
    {
        var grid = new string[RowCount][];
        for (var r = 0; r < RowCount; r++) grid[r] = Enumerable.Repeat("", ColumnCount).ToArray();
        foreach (var c in Cells) grid[c.Row][c.Col] = c.Text;
        return grid;
    }
}
