using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Top, bottom and font size of OCR'd lines set to the em of the printed type, measured on the ink, as a text layer
/// gives them (every glyph of a 9.5 pt line one 9.5 pt em tall, digits included). Tesseract boxes some words of a line
/// far taller than their ink (session 13: 13.6 pt for 9.5 pt type), digits were sized from their height × 1.4 (12.4 pt
/// where a comma descends), and a lone - or 一 from its few rows of ink (1 pt): the unruled table stage measures its
/// gaps in ems and joined close columns and header lines with the inflated sizes.
/// </summary>
internal static class PrintedLines
{
    /// <summary>A Song ideograph's ink spans about this share of its em (9.5 pt type: 8.6 pt of ink on a 300 dpi scan).</summary>
    internal const double IdeographInk = 0.91;

    /// <summary>Digits' ink (without a comma's descent) spans about this share of the em (9.5 pt type: 7.2 pt).</summary>
    internal const double DigitInk = 0.76;

    /// <summary>Rows holding less than this share of a line's fullest row of ink are a comma's or a stray stroke's, not
    /// the digits' body.</summary>
    private const double DigitRowShare = 0.25;

    /// <summary>A line measured below this share of the body em holds small marks only (-, 一, 、): it is set in the body
    /// type, centred on its ink, instead of one a few pixels tall that the layout keeps apart from its row.</summary>
    internal const double SmallInk = 0.6;

    /// <summary>One line's words' union box and text, in page pixels.</summary>
    public readonly record struct Line(PixelBox Box, string Text);

    /// <summary>Each line's top, bottom and size (pixels), in the order given; null for a line without ink in its box
    /// (kept as read).</summary>
    public static List<(double Top, double Bottom, double Size)?> Measure(BitImage mask, IReadOnlyList<Line> lines)
    {
        var measured = lines.Select(l => Ink(mask, l)).ToList();
        var weighted = measured.Zip(lines, (m, l) => (Em: m?.Em ?? 0, Weight: l.Text.Count(c => !char.IsWhiteSpace(c))))
            .Where(e => e.Em > 0 && e.Weight > 0).OrderBy(e => e.Em).ToList();
        if (weighted.Count == 0) return [.. measured.Select(_ => ((double, double, double)?)null)];
        var body = WeightedMedian(weighted);
        return [.. measured.Select(m =>
        {
            if (m is not { } ink) return ((double, double, double)?)null;
            var em = ink.Em < SmallInk * body ? body : TypeSize(ink.Em, weighted);
            return (ink.Centre - em / 2, ink.Centre + em / 2, em);
        })];
    }

    /// <summary>Lines measured within this factor of each other are taken for one type size.</summary>
    internal const double SameType = 1.06;

    /// <summary>The type size a line measured <paramref name="em"/> is set in: the weighted median of the lines measured
    /// within <see cref="SameType"/> of it, moved there until it settles (a few sizes per page — 9.5 pt table text, 11 pt
    /// paragraphs — each measured a few per cent apart line by line).</summary>
    private static double TypeSize(double em, List<(double Em, int Weight)> weighted)
    {
        for (var step = 0; step < 5; step++)
        {
            var near = weighted.Where(e => e.Em <= em * SameType && e.Em >= em / SameType).ToList();
            if (near.Count == 0) break;
            var next = WeightedMedian(near);
            if (Math.Abs(next - em) < 0.01) break;
            em = next;
        }
        return em;
    }

    /// <summary>The weighted median of ems sorted ascending.</summary>
    private static double WeightedMedian(List<(double Em, int Weight)> sorted)
    {
        var half = sorted.Sum(e => e.Weight) / 2.0;
        return sorted.First(e => (half -= e.Weight) <= 0).Em;
    }

    /// <summary>The first and last inked rows of each slice of <paramref name="box"/> as wide as the line is high, looked
    /// for between <paramref name="top"/> and <paramref name="bottom"/>; slices without ink are left out.</summary>
    private static List<(int Top, int Bottom)> Slices(BitImage mask, PixelBox box, int top, int bottom)
    {
        var slices = new List<(int, int)>();
        var width = Math.Max(1, bottom - top);
        for (var x0 = Math.Max(0, box.X0); x0 < Math.Min(mask.Width, box.X1); x0 += width)
        {
            var x1 = Math.Min(Math.Min(mask.Width, box.X1), x0 + width);
            var (first, last) = (-1, -1);
            for (var y = top; y < bottom; y++)
                for (var x = x0; x < x1; x++)
                    if (mask.Ink[y * mask.Width + x])
                    {
                        if (first < 0) first = y;
                        last = y;
                        break;
                    }
            if (first >= 0) slices.Add((first, last + 1));
        }
        return slices;
    }

    /// <summary>The em a line's ink shows and the centre of that em, or null when its box has no ink.</summary>
    private static (double Em, double Centre)? Ink(BitImage mask, Line line)
    {
        if (InkRows.Profile(mask, line.Box) is not { } rows) return null;
        if (line.Text.Any(Han.IsIdeograph) && Slices(mask, line.Box, rows.Top, rows.Bottom) is { Count: > 0 } slices)
        {
            // Per character-wide slice: a bracket reaches above and below the ideographs, 一 and 、 ink a few rows, and a
            // long line left a little skewed spans more rows than any of its characters; the tall characters tell the em.
            var heights = slices.Select(s => s.Bottom - s.Top).Order().ToList();
            var centres = slices.Select(s => (s.Top + s.Bottom) / 2.0).Order().ToList();
            return (heights[heights.Count * 3 / 4] / IdeographInk, centres[centres.Count / 2]);
        }
        // Digits (or Latin): the rows most of the line's ink is in; a comma's tail below them is not the type's body.
        var full = rows.Counts.Max();
        var first = Array.FindIndex(rows.Counts, c => c >= DigitRowShare * full);
        var last = Array.FindLastIndex(rows.Counts, c => c >= DigitRowShare * full) + 1;
        return ((last - first) / DigitInk, rows.Top + (first + last) / 2.0);
    }
}
