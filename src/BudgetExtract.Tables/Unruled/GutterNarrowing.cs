using BudgetExtract.Geometry;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// A gutter is empty only in the lines that proved it; other lines' cells may fill part of it (the gap between two
/// amounts, 2300 | 2300, is wide, and the next section's 计划数据 starts inside it). A column edge may sit anywhere
/// in its gutter, so each gutter gets as its preferred stretch the one that the fewest cells of the block cross: the
/// edge then falls where no cell is cut. Cells crossing the whole gutter (a heading spanning columns, a paragraph)
/// cross every stretch alike and change nothing.
/// </summary>
internal static class GutterNarrowing
{
    /// <summary>A stretch narrower than this is no place for an edge: a cell's own rounding.</summary>
    private const double MinStretch = 0.5;

    public static (double[] Edges, Gutter[] Gutters) AwayFromCells(double[] edges, Gutter[] gutters, IReadOnlyList<StreamLine> lines)
    {
        if (gutters.Length == 0) return (edges, gutters);
        // Paragraphs span columns wherever they start; the cells that may not be cut are the narrower ones.
        var wide = ColumnFinder.MaxEvidenceWidthRatio * (edges[^1] - edges[0]);
        lines = [.. lines.Select(l => l with { Cells = [.. l.Cells.Where(c => c.Box.Width <= wide)] })];
        var narrowed = new List<Gutter>();
        for (var g = 0; g < gutters.Length; g++)
        {
            var leftStart = g > 0 ? gutters[g - 1].End : double.MinValue;
            var rightEnd = g + 1 < gutters.Length ? gutters[g + 1].Start : double.MaxValue;
            // A heading of the column may start inside the gutter before it (其中：财政拨款 left of its amounts, printed
            // narrower): past the content of the column before, it can be no other column's.
            var leftOpen = g > 0 ? gutters[g - 1].Start + MinStretch : double.MinValue;
            var rightOpen = g + 1 < gutters.Length ? gutters[g + 1].End - MinStretch : double.MaxValue;
            narrowed.AddRange(Narrow(gutters[g], (leftStart, rightEnd), (leftOpen, rightOpen), lines));
        }
        return narrowed.SequenceEqual(gutters) ? (edges, gutters) : ([edges[0], .. narrowed.Select(g => g.Middle), edges[^1]], [.. narrowed]);
    }

    /// <summary>
    /// The stretch of the gutter the fewest cells cross. Cells between two such stretches that share lines with cells
    /// of both neighbouring columns belong to neither: they are a column of their own (一级指标 | 产出指标 in a gutter
    /// only one data row proved), and both stretches are gutters.
    /// </summary>
    /// <param name="neighbours">From the end of the gutter before to the start of the gutter after.</param>
    /// <param name="open">From the start of the gutter before to the end of the gutter after.</param>
    private static IEnumerable<Gutter> Narrow(Gutter gutter, (double Start, double End) neighbours, (double Start, double End) open,
        IReadOnlyList<StreamLine> lines)
    {
        var (leftStart, rightEnd) = neighbours;
        var inside = lines.SelectMany(l => l.Cells).Select(c => c.Box).Where(c => c.X0 < gutter.End && c.X1 > gutter.Start).ToList();
        // Only cells ending or starting inside the gutter make one stretch better than another.
        if (!inside.Any(c => c.X0 > gutter.Start || c.X1 < gutter.End)) return [gutter];
        var cuts = inside.SelectMany(c => new[] { c.X0, c.X1 }).Where(x => x > gutter.Start && x < gutter.End)
            .Append(gutter.Start).Append(gutter.End).Distinct().Order().ToList();
        var stretches = new List<(Gutter Stretch, int Crossing)>();
        for (var k = 1; k < cuts.Count; k++)
        {
            var (from, to) = (cuts[k - 1], cuts[k]);
            if (to - from >= MinStretch) stretches.Add((new Gutter(from, to), inside.Count(c => c.X0 < to && c.X1 > from)));
        }
        if (stretches.Count == 0) return [gutter];
        var fewest = stretches.Min(s => s.Crossing);
        var best = stretches.Where(s => s.Crossing == fewest).Select(s => s.Stretch).ToList();
        for (var k = 1; k < best.Count; k++)
        {
            var (left, right) = (best[k - 1], best[k]);
            bool Between(StreamCell c) => c.Box.X0 >= left.End - MinStretch && c.Box.X1 <= right.Start + MinStretch;
            var between = lines.Where(l => l.Cells.Any(Between)).ToList();
            var besideLeft = between.Any(l => l.Cells.Any(c => c.Box.X0 >= leftStart && c.Box.X1 <= gutter.Start + MinStretch));
            var besideRight = between.Any(l => l.Cells.Any(c => c.Box.X0 >= gutter.End - MinStretch && c.Box.X1 <= rightEnd));
            if (besideLeft && besideRight) return [left, right];
        }
        // Of several, the one that parts the most neighbouring cells of a line (≥500场 | 计划数据), then the nearest the middle.
        var preferred = best.OrderByDescending(s => Parted(s, open.Start, open.End, lines)).ThenBy(s => Math.Abs(s.Middle - gutter.Middle)).First();
        return [preferred == gutter ? gutter : gutter with { Preferred = (preferred.Start, preferred.End) }];
    }

    /// <summary>
    /// Neighbouring cells of a line, more than a space apart, both within the two columns beside the gutter, that an
    /// edge in the stretch puts apart.
    /// </summary>
    private static int Parted(Gutter stretch, double leftStart, double rightEnd, IReadOnlyList<StreamLine> lines)
    {
        var parted = 0;
        foreach (var line in lines)
            for (var k = 1; k < line.Cells.Count; k++)
            {
                var (a, b) = (line.Cells[k - 1].Box, line.Cells[k].Box);
                // Pieces a space apart (2021 年预算) are one text whichever side they fall.
                if (b.X0 - a.X1 <= StreamLines.MaxStretchedSpaceRatio * line.FontSize) continue;
                if (a.X0 >= leftStart && a.X1 <= stretch.Start + MinStretch && b.X0 >= stretch.End - MinStretch && b.X1 <= rightEnd) parted++;
            }
        return parted;
    }
}
