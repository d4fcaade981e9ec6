using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Tables.Rulings;

/// <summary>
/// Turns a ruled region into a grid: every distinct ruling position is a row or column edge; two
/// neighbouring elementary cells are one (spanning) cell when no ruling separates them.
/// </summary>
internal static class RulingGridBuilder
{
    public static GridLayout? Build(RuledRegion region, TableOptions options)
    {
        var xs = Edges(region.Vertical.Select(v => v.X0), region.Box.X0, region.Box.X1, options);
        var ys = Edges(region.Horizontal.Select(h => h.Y0), region.Box.Y0, region.Box.Y1, options);
        var rows = ys.Length - 1;
        var cols = xs.Length - 1;
        if (rows < 1 || cols < 1) return null;

        var parent = new int[rows * cols];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            if (c + 1 < cols && !Covered(region.Vertical, xs[c + 1], ys[r], ys[r + 1], vertical: true, options))
                Union(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows && !Covered(region.Horizontal, ys[r + 1], xs[c], xs[c + 1], vertical: false, options))
                Union(r * cols + c, (r + 1) * cols + c);
        }

        var groups = new Dictionary<int, (int R0, int C0, int R1, int C1)>();
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            var root = Find(r * cols + c);
            groups[root] = groups.TryGetValue(root, out var g)
                ? (Math.Min(g.R0, r), Math.Min(g.C0, c), Math.Max(g.R1, r), Math.Max(g.C1, c))
                : (r, c, r, c);
        }
        var cells = groups.Values
            .Select(g => new GridCell(g.R0, g.C0, g.R1 - g.R0 + 1, g.C1 - g.C0 + 1))
            .OrderBy(c => c.Row).ThenBy(c => c.Col)
            .ToList();
        return new GridLayout(xs, ys, cells);
    }

    /// <summary>Distinct positions (clustered), with the region's outer edges always included.</summary>
    private static double[] Edges(IEnumerable<double> positions, double min, double max, TableOptions options)
    {
        var sorted = positions.Append(min).Append(max).Order().ToList();
        var edges = new List<double>();
        foreach (var p in sorted)
        {
            // Double borders and near-coincident lines make slivers, not rows or columns.
            if (edges.Count > 0 && p - edges[^1] <= Math.Max(options.RulingMergeTolerance, 3)) continue;
            edges.Add(p);
        }
        if (edges.Count > 1 && max - edges[^1] > 0.01 && max - edges[^1] <= 3) edges[^1] = max;
        return [.. edges];
    }

    /// <summary>True when rulings at <paramref name="position"/> cover the span [from, to] enough to be a border.</summary>
    private static bool Covered(IReadOnlyList<Ruling> lines, double position, double from, double to, bool vertical, TableOptions options)
    {
        var covered = 0.0;
        foreach (var l in lines)
        {
            var pos = vertical ? l.X0 : l.Y0;
            if (Math.Abs(pos - position) > Math.Max(options.RulingMergeTolerance, 3)) continue;
            var start = vertical ? l.Y0 : l.X0;
            var end = vertical ? l.Y1 : l.X1;
            covered += Math.Max(0, Math.Min(end, to) - Math.Max(start, from));
        }
        return covered >= options.BorderCoverage * (to - from);
    }
}
