namespace BudgetExtract.Ocr.Imaging;

/// <summary>A pixel rectangle, x1/y1 exclusive.</summary>
public readonly record struct PixelBox(int X0, int Y0, int X1, int Y1)
{
    public int Width => X1 - X0;
    public int Height => Y1 - Y0;

    public PixelBox Union(PixelBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));
}

/// <summary>A ruled table found in the raster: its outline and its cells (merged where a border is missing).</summary>
public sealed record PixelGrid(PixelBox Bounds, IReadOnlyList<PixelBox> Cells);

/// <summary>
/// Turns rulings into table grids: connected groups of crossing lines give row and column boundaries;
/// each elementary cell is merged with its neighbour when the ruling between them is (mostly) absent,
/// which is how spanning cells appear.
/// </summary>
public static class GridBuilder
{
    private const int Tolerance = 8;

    public static IReadOnlyList<PixelGrid> Build(IReadOnlyList<PixelLine> lines)
    {
        var grids = new List<PixelGrid>();
        foreach (var group in ConnectedGroups(lines))
        {
            var horizontal = group.Where(l => l.Horizontal).ToList();
            var vertical = group.Where(l => !l.Horizontal).ToList();
            if (horizontal.Count < 2 || vertical.Count < 1) continue;
            var ys = Cluster([.. horizontal.Select(h => h.Position), vertical.Min(v => v.From), vertical.Max(v => v.To)]);
            var xs = Cluster([.. vertical.Select(v => v.Position), horizontal.Min(h => h.From), horizontal.Max(h => h.To)]);
            if (ys.Count < 2 || xs.Count < 2) continue;
            grids.Add(Cells(xs, ys, horizontal, vertical));
        }
        return grids;
    }

    private static PixelGrid Cells(List<int> xs, List<int> ys, List<PixelLine> horizontal, List<PixelLine> vertical)
    {
        var rows = ys.Count - 1;
        var cols = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            if (c + 1 < cols && Coverage(vertical, xs[c + 1], ys[r], ys[r + 1]) < 0.5) Union(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows && Coverage(horizontal, ys[r + 1], xs[c], xs[c + 1]) < 0.5) Union(r * cols + c, (r + 1) * cols + c);
        }

        var boxes = new Dictionary<int, PixelBox>();
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            var root = Find(r * cols + c);
            var box = new PixelBox(xs[c], ys[r], xs[c + 1], ys[r + 1]);
            boxes[root] = boxes.TryGetValue(root, out var b)
                ? new PixelBox(Math.Min(b.X0, box.X0), Math.Min(b.Y0, box.Y0), Math.Max(b.X1, box.X1), Math.Max(b.Y1, box.Y1))
                : box;
        }
        var cells = boxes.Values.OrderBy(b => b.Y0).ThenBy(b => b.X0).ToList();
        return new PixelGrid(new PixelBox(xs[0], ys[0], xs[^1], ys[^1]), cells);
    }

    /// <summary>Share of the span [from, to] covered by lines at <paramref name="position"/>.</summary>
    private static double Coverage(List<PixelLine> lines, int position, int from, int to)
    {
        var covered = lines.Where(l => Math.Abs(l.Position - position) <= Tolerance)
            .Select(l => (Math.Max(l.From, from), Math.Min(l.To, to)))
            .Where(s => s.Item2 > s.Item1)
            .OrderBy(s => s.Item1)
            .ToList();
        var total = 0;
        var reached = from;
        foreach (var (a, b) in covered)
        {
            var start = Math.Max(a, reached);
            if (b > start) total += b - start;
            reached = Math.Max(reached, b);
        }
        return to > from ? (double)total / (to - from) : 1;
    }

    private static List<int> Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<List<double>>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (clusters.Count > 0 && p - clusters[^1][^1] <= Tolerance) clusters[^1].Add(p);
            else clusters.Add([p]);
        }
        return [.. clusters.Select(c => (int)Math.Round(c.Average()))];
    }

    /// <summary>Groups lines that cross or touch each other (union-find over line pairs).</summary>
    private static List<List<PixelLine>> ConnectedGroups(IReadOnlyList<PixelLine> lines)
    {
        var parent = Enumerable.Range(0, lines.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < lines.Count; i++)
        for (var j = i + 1; j < lines.Count; j++)
        {
            var (a, b) = (lines[i], lines[j]);
            if (a.Horizontal == b.Horizontal) continue;
            var (h, v) = a.Horizontal ? (a, b) : (b, a);
            if (v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance
                && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance)
                parent[Find(i)] = Find(j);
        }
        return [.. Enumerable.Range(0, lines.Count).GroupBy(Find).Select(g => g.Select(i => lines[i]).ToList())];
    }
}
