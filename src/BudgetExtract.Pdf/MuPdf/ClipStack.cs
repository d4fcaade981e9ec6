using BudgetExtract.Geometry;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>
/// The visible area as the trace nests clips: a clip path narrows it to the path's bounds, other clips
/// (text, strokes, soft masks) are taken as not narrowing it, and <c>pop_clip</c> restores the area before.
/// Content drawn wholly outside the area is invisible on the page, so it is not read.
/// </summary>
internal sealed class ClipStack
{
    // Glyph boxes are estimated from the font size; a glyph this close to the visible area may still show.
    private const double Tolerance = 1.0;

    private readonly List<Box?> _areas = [];

    /// <summary>The visible area; null when nothing is clipped.</summary>
    public Box? Area => _areas.Count > 0 ? _areas[^1] : null;

    public void Clear() => _areas.Clear();

    public void PushBounds(Box bounds) =>
        _areas.Add(Area is { } area
            ? new Box(Math.Max(area.X0, bounds.X0), Math.Max(area.Y0, bounds.Y0), Math.Min(area.X1, bounds.X1), Math.Min(area.Y1, bounds.Y1))
            : bounds);

    public void PushUnbounded() => _areas.Add(Area);

    public void Pop()
    {
        if (_areas.Count > 0) _areas.RemoveAt(_areas.Count - 1);
    }

    /// <summary>True when <paramref name="box"/> lies wholly outside the visible area.</summary>
    public bool Hides(Box box) =>
        Area is { } area
        && (area.X1 < area.X0 || area.Y1 < area.Y0
            || box.X1 < area.X0 - Tolerance || box.X0 > area.X1 + Tolerance
            || box.Y1 < area.Y0 - Tolerance || box.Y0 > area.Y1 + Tolerance);
}
