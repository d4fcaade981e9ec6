using BudgetExtract.Geometry;

namespace BudgetExtract.Pdf.MuPdf;

internal readonly record struct PathPoint(double X, double Y, bool IsCurve);

internal sealed class Subpath
{
    public List<PathPoint> Points { get; } = [];
    public bool Closed { get; set; }
}

/// <summary>Collects the subpaths of one traced path, in page points.</summary>
internal sealed class PathCollector
{
    private readonly List<Subpath> _subpaths = [];

    public IReadOnlyList<Subpath> Subpaths => _subpaths;

    public void Clear() => _subpaths.Clear();

    public void Add(ReadOnlySpan<char> op, ReadOnlySpan<char> line, Affine ctm)
    {
        switch (op)
        {
            case "moveto":
                var start = new Subpath();
                start.Points.Add(Point(line, ctm, "x", "y", false));
                _subpaths.Add(start);
                break;
            case "lineto":
                Current().Points.Add(Point(line, ctm, "x", "y", false));
                break;
            case "curveto":
                Current().Points.Add(Point(line, ctm, "x3", "y3", true));
                break;
            case "closepath":
                if (_subpaths.Count > 0) _subpaths[^1].Closed = true;
                break;
        }
    }

    /// <summary>The bounds of every point of every subpath (curves by their end points); null when empty.</summary>
    public Box? Bounds()
    {
        Box? all = null;
        foreach (var sub in _subpaths)
            if (Bounds(sub) is { } box) all = all is { } a ? a.Union(box) : box;
        return all;
    }

    public static Box? Bounds(Subpath sub)
    {
        if (sub.Points.Count == 0) return null;
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var p in sub.Points)
        {
            x0 = Math.Min(x0, p.X);
            y0 = Math.Min(y0, p.Y);
            x1 = Math.Max(x1, p.X);
            y1 = Math.Max(y1, p.Y);
        }
        return new Box(x0, y0, x1, y1);
    }

    /// <summary>True when the subpath is an axis-aligned rectangle (4 corners, optionally repeating the first).</summary>
    public static bool TryRectangle(Subpath sub, out Box box)
    {
        box = default;
        var pts = sub.Points;
        var count = pts.Count;
        if (count == 5 && Near(pts[0], pts[4])) count = 4;
        if (count != 4) return false;
        for (var i = 0; i < 4; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % 4];
            if (a.IsCurve || b.IsCurve) return false;
            if (Math.Abs(a.X - b.X) > 0.1 && Math.Abs(a.Y - b.Y) > 0.1) return false;
        }
        box = Box.FromPoints(Math.Min(Math.Min(pts[0].X, pts[1].X), pts[2].X), Math.Min(Math.Min(pts[0].Y, pts[1].Y), pts[2].Y),
            Math.Max(Math.Max(pts[0].X, pts[1].X), pts[2].X), Math.Max(Math.Max(pts[0].Y, pts[1].Y), pts[2].Y));
        return true;
    }

    /// <summary>The bounds of a subpath made only of straight segments.</summary>
    public static bool TryStraightBounds(Subpath sub, out Box box)
    {
        box = default;
        if (sub.Points.Count < 2 || sub.Points.Any(p => p.IsCurve)) return false;
        box = Box.FromPoints(sub.Points.Min(p => p.X), sub.Points.Min(p => p.Y), sub.Points.Max(p => p.X), sub.Points.Max(p => p.Y));
        return true;
    }

    private static bool Near(PathPoint a, PathPoint b) => Math.Abs(a.X - b.X) < 0.01 && Math.Abs(a.Y - b.Y) < 0.01;

    private Subpath Current()
    {
        if (_subpaths.Count == 0) _subpaths.Add(new Subpath());
        return _subpaths[^1];
    }

    private static PathPoint Point(ReadOnlySpan<char> line, Affine ctm, string xName, string yName, bool curve)
    {
        var (x, y) = ctm.Apply(TraceLine.GetDouble(line, xName), TraceLine.GetDouble(line, yName));
        return new PathPoint(x, y, curve);
    }
}
