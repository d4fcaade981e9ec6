namespace BudgetExtract.Geometry;

/// <summary>An axis-aligned box in PDF points, origin at the page's top-left, y growing downward.</summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;
    public double Height => Y1 - Y0;
    public double CenterX => (X0 + X1) / 2;
    public double CenterY => (Y0 + Y1) / 2;

    public static Box FromPoints(double xa, double ya, double xb, double yb) =>
        new(Math.Min(xa, xb), Math.Min(ya, yb), Math.Max(xa, xb), Math.Max(ya, yb));

    public Box Union(Box other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    public bool Intersects(Box other) => X0 < other.X1 && other.X0 < X1 && Y0 < other.Y1 && other.Y0 < Y1;

    public bool Contains(double x, double y) => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

    /// <summary>Overlap of the vertical extents, as a share of the shorter one (0..1).</summary>
    public double VerticalOverlapRatio(Box other)
    {
        var overlap = Math.Min(Y1, other.Y1) - Math.Max(Y0, other.Y0);
        var shorter = Math.Min(Height, other.Height);
        return shorter <= 0 ? 0 : Math.Max(0, overlap) / shorter;
    }

    /// <summary>The horizontal extents overlap (one box lies at least partly above or below the other).</summary>
    public bool OverlapsHorizontally(Box other) => X0 < other.X1 && other.X0 < X1;

    /// <summary>Overlap of the horizontal extents, as a share of the narrower one (0..1).</summary>
    public double HorizontalOverlapRatio(Box other)
    {
        var overlap = Math.Min(X1, other.X1) - Math.Max(X0, other.X0);
        var narrower = Math.Min(Width, other.Width);
        return narrower <= 0 ? 0 : Math.Max(0, overlap) / narrower;
    }

    public double[] ToArray() => [Math.Round(X0, 2), Math.Round(Y0, 2), Math.Round(X1, 2), Math.Round(Y1, 2)];

    public static Box Bounding(IEnumerable<Box> boxes)
    {
        using var e = boxes.GetEnumerator();
        if (!e.MoveNext()) throw new ArgumentException("no boxes", nameof(boxes));
        var b = e.Current;
        while (e.MoveNext()) b = b.Union(e.Current);
        return b;
    }
}
