using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Text cells of black-and-white scans are read three ways, five when those three all differ, and the reading most of them give is kept.
/// Thresholding a noisy page breaks the thin strokes of Chinese characters apart, and chi_sim misreads a
/// different character of the same cell depending on how the broken strokes are smoothed; one reading, even
/// the surest, is wrong far more often than two that agree (measured on the committed 1-bit scan: keeping the
/// surer of two readings moved adjacency F1 from 0.588 to 0.678, the majority of three to 0.765; five readings
/// settle more cells where three all differ — docs/ocr.md, "Black-and-white round 2").
/// </summary>
internal static class BilevelText
{
    /// <summary>One reading of a cell: its words (boxes in the cell crop's pixels) and how they map to the page.</summary>
    internal sealed record Candidate(IReadOnlyList<OcrWord> Words, Func<PixelBox, PixelBox> ToPage)
    {
        public float Confidence => Words.Average(w => w.Confidence);
    }

    /// <summary>Size of the second smoothed version: two-thirds, about the 200 dpi the scans were made at.</summary>
    private const double Reduced = 2.0 / 3;

    /// <summary>
    /// Four smoothed versions of a cell's padded gray crop, each with the factor its word boxes must be divided
    /// by to map back onto the crop: ink thickened by a pixel then blurred (closes broken strokes); blurred then
    /// shrunk to two-thirds (the renderer's blocky upscaling of the 1-bit pixels averaged away); median-filtered
    /// then blurred (specks and ragged edges gone, stroke widths kept); and thickened, blurred and shrunk.
    /// Each breaks ties the others leave (measured: a fourth and fifth of other kinds — 5×5-like double blur,
    /// Gaussian σ 1–1.5, ¾ and ½ size, 1.5× bilinear — helped less or not at all).
    /// </summary>
    public static IEnumerable<(GrayImage Image, double Scale)> Smoothed(GrayImage crop)
    {
        yield return (crop.Thicken().Blur(), 1);
        yield return (crop.Blur().Downscale(Reduced), Reduced);
        yield return (crop.Median().Blur(), 1);
        yield return (crop.Thicken().Blur().Downscale(Reduced), Reduced);
    }

    /// <summary>
    /// Three more versions of a cell's padded gray crop, read for the character vote only (never for the majority),
    /// with the factor their word boxes must be divided by: closed along the rows then blurred (broken horizontal
    /// strokes joined, the strokes the Song face loses first), thickened, blurred and shrunk to half, and blurred twice
    /// then thresholded a little dark (a thicker, smoother black-and-white shape). Their misreadings differ from the
    /// other five's, so a character none of those got right is often right in one of these (measured on the readings
    /// of the development scans, docs/ocr.md, "Session 11": of upscaled 1.5× and 2×, Tesseract's raw-line mode, closed
    /// along columns or both ways, and the script model HanS, these three put in the most printed characters).
    /// </summary>
    public static IEnumerable<(GrayImage Image, double Scale)> ForTheVote(GrayImage crop)
    {
        yield return (crop.ClosedAlongRows(RowClosingRadius).Blur(), 1);
        yield return (crop.Thicken().Blur().Downscale(Half), Half);
        yield return (crop.Blur().Blur().Thresholded(DarkThreshold), 1);
    }

    /// <summary>Gaps of up to 4 pixels at 300 dpi (about 3 scan pixels at 200 dpi) in horizontal strokes are closed.</summary>
    private const int RowClosingRadius = 2;

    private const double Half = 0.5;

    /// <summary>Blurred pixels darker than this count as ink: a little more than half-way, so strokes come out thicker.</summary>
    private const byte DarkThreshold = 160;

    /// <summary>Words read from an image scaled by <paramref name="scale"/>, with boxes in the unscaled image's pixels.</summary>
    public static IReadOnlyList<OcrWord> Unscaled(IReadOnlyList<OcrWord> words, double scale) => scale == 1 ? words
        : [.. words.Select(w => w with { Box = Unscaled(w.Box, scale), Line = Unscaled(w.Line, scale) })];

    private static PixelBox Unscaled(PixelBox b, double scale)
    {
        // Outwards, with a tolerance for rounding (40 / (2/3) must stay 60).
        int Down(int v) => (int)Math.Floor(v / scale + 1e-9);
        int Up(int v) => (int)Math.Ceiling(v / scale - 1e-9);
        return new(Down(b.X0), Down(b.Y0), Up(b.X1), Up(b.Y1));
    }

    /// <summary>Readings taken before a majority may settle the cell: the mask and the first two smoothed versions.</summary>
    private const int FirstReadings = 3;

    /// <summary>
    /// Most readings so far agree (two of the first three): the cell is settled and the remaining versions are not
    /// read. Five readings cost half as much again as three (about 6 CPU-s per page), and they pay where three
    /// readings all differ.
    /// </summary>
    public static bool Settled(IReadOnlyList<Candidate> candidates, Func<IReadOnlyList<OcrWord>, string> key) =>
        candidates.Count >= FirstReadings && 2 * candidates.GroupBy(c => key(c.Words)).Max(g => g.Count()) > candidates.Count;

    /// <summary>
    /// The reading most candidates give (compared by <paramref name="key"/>, the repaired text without spaces),
    /// ties to the surest; and the surest of the readings that say something else (null when all agree), which
    /// the budget lexicon may still take or correct.
    /// </summary>
    public static (Candidate Chosen, Candidate? Runner) Choose(IReadOnlyList<Candidate> candidates, Func<IReadOnlyList<OcrWord>, string> key)
    {
        var keys = candidates.Select(c => key(c.Words)).ToList();
        var best = candidates.Select((c, i) => (Candidate: c, Key: keys[i]))
            .GroupBy(x => x.Key)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(x => x.Candidate.Confidence))
            .First();
        var chosen = best.MaxBy(x => x.Candidate.Confidence).Candidate;
        var runner = candidates.Where((_, i) => keys[i] != best.Key).MaxBy(c => c.Confidence);
        return (chosen, runner);
    }
}
