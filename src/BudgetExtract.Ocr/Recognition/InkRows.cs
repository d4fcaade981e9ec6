using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// The rows a line of text really inks. Tesseract boxes some words of a line far taller than their ink (the first word's
/// box spanning the whole chunk, characters after it 54 px tall in a 37 px line: session 13), so a line box may reach
/// into the line above or below; the run of rows holding most of the box's ink is the line's own.
/// </summary>
internal static class InkRows
{
    /// <summary>Blank rows bridged inside one line (between the strokes of 二 or 三).</summary>
    private const int MaxRowGap = 3;

    /// <summary>The run of inked rows of <paramref name="box"/> (blank gaps up to <see cref="MaxRowGap"/> bridged) holding
    /// the most ink: [top, bottom) in page rows and the ink count of each of its rows; null when the box has no ink.</summary>
    public static (int Top, int Bottom, int[] Counts)? Profile(BitImage mask, PixelBox box)
    {
        var (x0, x1) = (Math.Max(0, box.X0), Math.Min(mask.Width, box.X1));
        var (y0, y1) = (Math.Max(0, box.Y0), Math.Min(mask.Height, box.Y1));
        if (x1 <= x0 || y1 <= y0) return null;
        var counts = new int[y1 - y0];
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            if (mask.Ink[y * mask.Width + x]) counts[y - y0]++;

        (int Start, int End, int Ink)? best = null;
        var (start, last, ink) = (-1, -1, 0);
        for (var i = 0; i <= counts.Length; i++)
        {
            var inked = i < counts.Length && counts[i] > 0;
            if (start >= 0 && (i == counts.Length || inked && i - last - 1 > MaxRowGap))
            {
                if (best is null || ink > best.Value.Ink) best = (start, last + 1, ink);
                start = -1;
            }
            if (!inked) continue;
            if (start < 0) (start, ink) = (i, 0);
            (last, ink) = (i, ink + counts[i]);
        }
        return best is { } b ? (y0 + b.Start, y0 + b.End, counts[b.Start..b.End]) : null;
    }
}
