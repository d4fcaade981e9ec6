using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Lines of ink outside the grids that Tesseract's page layout left without a word. On a noisy black-and-white page it
/// sometimes skips a whole line — measured on a 1-bit scan of seed 004: the title 专项资金绩效目标表 and its (2023年度)
/// above a table, so the table had no title and was not stitched to its titled continuation on the next page. Each
/// such band of rows is read again on its own as one line.
/// </summary>
internal static class MissedLines
{
    /// <summary>A row is inked when it holds at least this many ink pixels (a surviving speck or two is not a line).</summary>
    private const int MinRowInk = 3;

    /// <summary>Blank rows bridged inside one line (the gap between the strokes of 二 or 三 in a large title).</summary>
    private const int MaxGap = 3;

    /// <summary>Height of a text line at 300 dpi, pixels: about 6 pt to 36 pt (a thin rule or a speck cluster is lower).</summary>
    private const int MinHeight = 20;

    private const int MaxHeight = 160;

    /// <summary>
    /// Bands of rows of <paramref name="image"/> (ink black on white) that look like a line of text and that no word of
    /// <paramref name="words"/> (boxes in the same image) overlaps by half its height; as boxes spanning the image's width.
    /// </summary>
    public static IEnumerable<PixelBox> Find(GrayImage image, IReadOnlyList<OcrWord> words)
    {
        foreach (var (top, bottom) in Bands(image))
        {
            var height = bottom - top;
            if (height is < MinHeight or > MaxHeight) continue;
            var covered = words.Any(w => Math.Min(w.Box.Y1, bottom) - Math.Max(w.Box.Y0, top) >= 0.5 * Math.Min(height, w.Box.Height));
            if (!covered) yield return new PixelBox(0, top, image.Width, bottom);
        }
    }

    /// <summary>Runs of inked rows, blank gaps of up to <see cref="MaxGap"/> rows bridged; [top, bottom).</summary>
    private static IEnumerable<(int Top, int Bottom)> Bands(GrayImage image)
    {
        int? top = null;
        var last = -1;
        for (var y = 0; y < image.Height; y++)
        {
            var ink = 0;
            var row = y * image.Width;
            for (var x = 0; x < image.Width && ink < MinRowInk; x++)
                if (image.Pixels[row + x] < 128) ink++;
            if (ink < MinRowInk) continue;
            if (top is { } t && y - last - 1 > MaxGap)
            {
                yield return (t, last + 1);
                top = null;
            }
            top ??= y;
            last = y;
        }
        if (top is { } end) yield return (end, last + 1);
    }
}
