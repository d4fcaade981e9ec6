using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Words a reader returns over blank paper. A cell's ink is the cleaned mask (rulings erased, specks removed); a re-read
/// of the gray pixels also sees the noise and ruling remnants the mask left out, and Tesseract sometimes makes a word of
/// them — 拨款 3, 支出 -, 拨款 . at the end of a wrapped cell's second line (g12dev g6, a 150 dpi 4-bit scan), at
/// confidence 0–70, where the mask holds no ink at all. Such a word is no printed text and is dropped.
/// </summary>
internal static class PhantomWords
{
    /// <summary>A word's box is looked at this many pixels wider on every side: the gray crop lies a pixel off the mask's,
    /// and a reader's box may clip its glyph's edge.</summary>
    private const int Margin = 2;

    /// <summary>The words without a last one that is a single mark or digit over no ink of <paramref name="region"/>'s mask
    /// (its box mapped to the page by <paramref name="toPage"/>). Only such a word: chi_sim's boxes of Chinese characters
    /// are approximate (惠 or 度 boxed 3 × 3 px on 1-bit scans, their ink beside the box), so a character's box over blank
    /// paper proves nothing.</summary>
    public static IReadOnlyList<OcrWord> Without(IReadOnlyList<OcrWord> words, Func<PixelBox, PixelBox> toPage, InkRegion region)
    {
        if (words.Count < 2 || words[^1].Text.Trim() is not [var mark] || !IsStrayMark(mark) || HasInk(region, toPage(words[^1].Box)))
            return words;
        return [.. words.Take(words.Count - 1)];
    }

    /// <summary>What noise is read as: an ASCII digit, letter or mark, but not a closing bracket or % (they end printed
    /// text: 因公出国(境), 0.50(%)).</summary>
    private static bool IsStrayMark(char c) => c is > ' ' and < '\u007F' and not (')' or ']' or '%');

    private static bool HasInk(InkRegion region, PixelBox page)
    {
        var image = region.Image;
        // Page pixels to the region image's: the image is the ink's bounds, padded.
        var x0 = Math.Max(0, page.X0 - region.Bounds.X0 + InkRegion.Padding - Margin);
        var y0 = Math.Max(0, page.Y0 - region.Bounds.Y0 + InkRegion.Padding - Margin);
        var x1 = Math.Min(image.Width, page.X1 - region.Bounds.X0 + InkRegion.Padding + Margin);
        var y1 = Math.Min(image.Height, page.Y1 - region.Bounds.Y0 + InkRegion.Padding + Margin);
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            if (image.Pixels[y * image.Width + x] < 128) return true;
        return false;
    }
}
