using System.Collections.Immutable;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>Accumulates one page's glyphs and graphics while its trace streams by.</summary>
internal sealed class PageBuilder(int number, double width, double height, int rotation, PdfReadOptions options)
{
    // Glyph box relative to the baseline, in em units: most CJK and Latin fonts sit in [-0.12, 0.88].
    private const double Descent = 0.12;
    private const double Ascent = 0.88;

    private readonly List<Glyph> _glyphs = [];
    private readonly List<Ruling> _rulings = [];
    private readonly List<FilledRect> _rects = [];
    private readonly List<Box> _images = [];
    private readonly List<(double X, double Y)> _origins = [];
    private readonly Dictionary<(string Text, long Cell), int> _glyphIndex = [];
    private int _withoutUnicode;
    private int _outsidePage;
    private int _clippedOut;

    public int Number => number;

    public void AddGlyph(string text, double originX, double originY, (double X, double Y) direction, (double X, double Y) up,
        double advance, string font, bool invisible, ClipStack clips)
    {
        var size = Math.Sqrt(up.X * up.X + up.Y * up.Y);
        if (text.Length == 0 || text == "\uFFFD")
        {
            _withoutUnicode++;
            return;
        }
        if (size <= 0) return;
        var unitAdvance = advance > 0 ? advance : 0.5;
        var vx = direction.X * unitAdvance * size;
        var vy = direction.Y * unitAdvance * size;
        // "up" from the trace points toward the top of the glyph.
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var a in (ReadOnlySpan<double>)[0, 1])
        foreach (var b in (ReadOnlySpan<double>)[-Descent, Ascent])
        {
            var x = originX + a * vx + b * up.X;
            var y = originY + a * vy + b * up.Y;
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
        }
        var box = new Box(minX, minY, maxX, maxY);
        if (box.X1 < 0 || box.Y1 < 0 || box.X0 > width || box.Y0 > height)
        {
            _outsidePage++;
            return;
        }
        if (clips.Hides(box))
        {
            if (!string.IsNullOrWhiteSpace(text)) _clippedOut++;
            return;
        }
        var dirLength = Math.Sqrt(direction.X * direction.X + direction.Y * direction.Y);
        var upright = dirLength > 0 && direction.X > 0 && Math.Abs(direction.Y) < 0.1 * dirLength;
        if (IsFauxBoldCopy(text, originX, originY, invisible)) return;
        _glyphIndex[(text, CellKey(originX, originY))] = _glyphs.Count;
        _origins.Add((originX, originY));
        _glyphs.Add(new Glyph(text, box, font, Math.Round(size, 2), invisible, upright));
    }

    /// <summary>Appends the extra characters of a ligature (trace items with glyph="-1") to the previous glyph.</summary>
    public void ExtendLastGlyph(string text)
    {
        if (_glyphs.Count == 0 || text.Length == 0) return;
        var last = _glyphs[^1];
        _glyphs[^1] = last with { Text = last.Text + text };
    }

    public void AddRuling(Ruling ruling) => _rulings.Add(ruling);

    public void AddFilledRect(FilledRect rect) => _rects.Add(rect);

    public void AddImage(Box box) => _images.Add(box);

    public PageContent Build(IEnumerable<Diagnostic> extra)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (_withoutUnicode > 0)
            diagnostics.Add(new Diagnostic("glyphs-without-unicode",
                $"{_withoutUnicode} glyph(s) have no unicode mapping and were left out", number));
        if (_outsidePage > 0)
            diagnostics.Add(new Diagnostic("glyphs-outside-page",
                $"{_outsidePage} glyph(s) lie outside the visible page and were left out", number));
        if (_clippedOut > 0)
            diagnostics.Add(new Diagnostic("glyphs-clipped",
                $"{_clippedOut} glyph(s) are clipped out of view and were left out", number));
        diagnostics.AddRange(extra);
        return new PageContent(number, width, height, rotation, [.. _glyphs], [.. _rulings], [.. _rects], [.. _images],
            diagnostics.ToImmutable());
    }

    private bool IsFauxBoldCopy(string text, double x, double y, bool invisible)
    {
        var tolerance = options.FauxBoldTolerance;
        var cx = (long)Math.Floor(x / tolerance);
        var cy = (long)Math.Floor(y / tolerance);
        for (var dx = -1; dx <= 1; dx++)
        for (var dy = -1; dy <= 1; dy++)
        {
            if (!_glyphIndex.TryGetValue((text, Pack(cx + dx, cy + dy)), out var index)) continue;
            if (_glyphs[index].Invisible != invisible) continue;
            var (ox, oy) = _origins[index];
            if (Math.Abs(ox - x) < tolerance && Math.Abs(oy - y) < tolerance) return true;
        }
        return false;
    }

    private long CellKey(double x, double y)
    {
        var tolerance = options.FauxBoldTolerance;
        return Pack((long)Math.Floor(x / tolerance), (long)Math.Floor(y / tolerance));
    }

    private static long Pack(long cx, long cy) => (cx << 32) ^ (cy & 0xFFFFFFFF);
}
