namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Chooses the rows each centred label of one column spans. A label sits at the middle of its span, but many
/// runs of rows share a middle (rows 3–5 and 2–6), and a page can open with rows still under the previous
/// page's label. The labels of a column tile its rows in order, so the spans are chosen together: ordered,
/// never overlapping, never across a row that has its own cell in the column, leaving as few rows
/// unlabelled as possible; a label centred on no run of rows takes the nearest row alone.
/// </summary>
internal static class LabelSpans
{
    /// <summary>A label that is centred on no run of rows costs as much as this many unlabelled rows.</summary>
    private const double UncentredCost = 2;

    /// <summary>Each unit of centre error (in multiples of the tolerance) costs this many unlabelled rows.</summary>
    private const double ErrorCost = 0.5;

    public static (int Start, int End)[] Tile(IReadOnlyList<double> centres, double[] top, double[] bottom, IReadOnlySet<int> fixedRows, double tolerance)
    {
        var rowCount = top.Length;
        var open = new int[rowCount + 1];   // open[r]: rows before r that have no cell of their own in the column
        for (var r = 0; r < rowCount; r++) open[r + 1] = open[r] + (fixedRows.Contains(r) ? 0 : 1);
        int Unlabelled(int from, int to) => to < from ? 0 : open[to + 1] - open[from];

        var options = centres.Select(centre => Options(centre, top, bottom, fixedRows, tolerance)).ToList();
        var cost = new double[options.Count][];
        var from = new int[options.Count][];
        for (var k = 0; k < options.Count; k++)
        {
            cost[k] = new double[options[k].Count];
            from[k] = new int[options[k].Count];
            for (var j = 0; j < options[k].Count; j++)
            {
                var (start, _, own) = options[k][j];
                if (k == 0)
                {
                    // Rows above a column's first label may still be under a label of the page before (a form's 年度主要任务
                    // rows going on over the page): leaving them unlabelled costs nothing.
                    (cost[k][j], from[k][j]) = (own, -1);
                    continue;
                }
                (cost[k][j], from[k][j]) = (double.PositiveInfinity, -1);
                for (var p = 0; p < options[k - 1].Count; p++)
                {
                    var previous = options[k - 1][p];
                    if (previous.End >= start || double.IsPositiveInfinity(cost[k - 1][p])) continue;
                    var total = cost[k - 1][p] + Unlabelled(previous.End + 1, start - 1) + own;
                    if (total < cost[k][j]) (cost[k][j], from[k][j]) = (total, p);
                }
            }
        }
        var last = options.Count - 1;
        var best = -1;
        var bestCost = double.PositiveInfinity;
        for (var j = 0; j < options[last].Count; j++)
        {
            var total = cost[last][j] + Unlabelled(options[last][j].End + 1, rowCount - 1);
            if (total < bestCost) (bestCost, best) = (total, j);
        }
        var result = new (int Start, int End)[options.Count];
        if (best < 0)
        {
            // No ordered tiling exists (labels out of order with the rows): each label alone at its nearest row.
            for (var k = 0; k < options.Count; k++) result[k] = (options[k][^1].Start, options[k][^1].End);
            return result;
        }
        for (var k = last; k >= 0; k--)
        {
            result[k] = (options[k][best].Start, options[k][best].End);
            best = from[k][best];
        }
        return result;
    }

    /// <summary>Every run of rows the label is centred on within its free stretch, then the nearest row alone.</summary>
    private static List<(int Start, int End, double Cost)> Options(double centre, double[] top, double[] bottom, IReadOnlySet<int> fixedRows, double tolerance)
    {
        var rowCount = top.Length;
        var lower = 0;
        var upper = rowCount - 1;
        foreach (var r in fixedRows)
        {
            if (top[r] < centre) lower = Math.Max(lower, r + 1);
            else upper = Math.Min(upper, r - 1);
        }
        var options = new List<(int, int, double)>();
        for (var s = lower; s <= upper; s++)
            for (var e = s; e <= upper; e++)
            {
                var error = Math.Abs((top[s] + bottom[e]) / 2 - centre);
                if (error <= tolerance) options.Add((s, e, ErrorCost * error / tolerance));
            }
        var nearest = Enumerable.Range(0, rowCount).MinBy(r => Math.Abs((top[r] + bottom[r]) / 2 - centre));
        options.Add((nearest, nearest, UncentredCost));
        return options;
    }
}
