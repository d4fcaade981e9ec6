namespace BudgetExtract.Pdf.Model;

/// <summary>
/// A horizontal or vertical line segment that can separate table cells: a stroked line,
/// a thin filled rectangle, or one side of a rectangle outline. Coordinates are normalized
/// so that a horizontal ruling has <c>Y0 == Y1</c> and <c>X0 &lt;= X1</c>, a vertical one
/// <c>X0 == X1</c> and <c>Y0 &lt;= Y1</c>.
/// </summary>
public readonly record struct Ruling(double X0, double Y0, double X1, double Y1, double Thickness)
{
    public bool IsHorizontal => Y0 == Y1;
    public bool IsVertical => X0 == X1 && !IsHorizontal;
    public double Length => IsHorizontal ? X1 - X0 : Y1 - Y0;

    /// <summary>Builds a ruling from two end points when they are (nearly) axis-aligned; null otherwise.</summary>
    public static Ruling? FromSegment(double xa, double ya, double xb, double yb, double thickness, double slopeTolerance = 0.5)
    {
        var dx = Math.Abs(xb - xa);
        var dy = Math.Abs(yb - ya);
        if (dx < 0.01 && dy < 0.01) return null;
        if (dy <= slopeTolerance && dx > dy)
        {
            var y = (ya + yb) / 2;
            return new Ruling(Math.Min(xa, xb), y, Math.Max(xa, xb), y, thickness);
        }
        if (dx <= slopeTolerance && dy > dx)
        {
            var x = (xa + xb) / 2;
            return new Ruling(x, Math.Min(ya, yb), x, Math.Max(ya, yb), thickness);
        }
        return null;
    }
}
