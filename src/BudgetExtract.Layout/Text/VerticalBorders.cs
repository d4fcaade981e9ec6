using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Text;

/// <summary>The page's vertical rulings sorted by x, to ask quickly whether a border runs between two points of a line.</summary>
internal sealed class VerticalBorders
{
    private readonly Ruling[] _sorted;
    private readonly double[] _xs;

    private VerticalBorders(Ruling[] sorted)
    {
        _sorted = sorted;
        _xs = [.. sorted.Select(r => r.X0)];
    }

    public static VerticalBorders Of(IEnumerable<Ruling> rulings) =>
        new([.. rulings.Where(r => r.IsVertical).OrderBy(r => r.X0)]);

    /// <summary>True when a vertical ruling at x strictly between <paramref name="x0"/> and <paramref name="x1"/> crosses height <paramref name="y"/>.</summary>
    public bool Between(double x0, double x1, double y)
    {
        if (_xs.Length == 0 || double.IsNaN(x0)) return false;
        var i = Array.BinarySearch(_xs, x0);
        if (i < 0) i = ~i;
        for (; i < _xs.Length && _xs[i] < x1; i++)
        {
            var r = _sorted[i];
            if (r.X0 > x0 && r.Y0 <= y && r.Y1 >= y) return true;
        }
        return false;
    }
}
