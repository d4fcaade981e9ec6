namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Columns of an unruled table from the alignment of its cells across lines: x ranges that no cell of a
/// data row covers are the gutters between columns. Header lines and label rows are left out of the
/// evidence because their cells span columns; they are placed onto the columns afterwards.
/// </summary>
internal static class ColumnFinder
{
    private const double MinGutter = 2.0;

    /// <summary>Column edges, ascending: left edge, one edge per gutter (its middle), right edge.</summary>
    public static double[] Edges(IReadOnlyList<StreamLine> block, Func<StreamLine, bool> isDataRow)
    {
        var evidence = block.Where(isDataRow).ToList();
        if (evidence.Count(l => l.IsTabular) < 2) evidence = [.. block.Where(l => l.IsTabular)];
        var cells = evidence.SelectMany(l => l.Cells).ToList();
        var left = block.Min(l => l.Box.X0);
        var right = block.Max(l => l.Box.X1);
        const int allowed = 0;

        var events = new List<(double X, int Delta)>();
        foreach (var c in cells)
        {
            events.Add((c.Box.X0, +1));
            events.Add((c.Box.X1, -1));
        }
        events.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Delta.CompareTo(b.Delta));

        var edges = new List<double> { left };
        var depth = 0;
        double? gapStart = null;
        foreach (var (x, delta) in events)
        {
            var before = depth;
            depth += delta;
            if (before > allowed && depth <= allowed) gapStart = x;
            else if (before <= allowed && depth > allowed && gapStart is { } start)
            {
                if (x - start >= MinGutter && start > left && x < right) edges.Add((start + x) / 2);
                gapStart = null;
            }
        }
        edges.Add(right);
        return [.. edges];
    }
}
