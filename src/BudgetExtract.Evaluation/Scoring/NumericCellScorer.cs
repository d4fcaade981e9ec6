using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// Compares the numeric body cells of the expected tables with what was extracted at the same place: each
/// expected number is paired with the extracted cell on its page that overlaps its box most (by position, not
/// by grid index, so a shifted row does not turn every later number wrong). It is exact when the texts are
/// equal after whitespace removal, and flagged when a low-confidence box on its page overlaps the expected cell.
/// A number with no extracted cell over it counts as wrong.
/// </summary>
public static class NumericCellScorer
{
    public static NumericCellScore Score(IReadOnlyList<PlacedCell> expected, IReadOnlyList<PlacedCell> extracted, IReadOnlyList<PageBox> flags)
    {
        var byPage = extracted.Where(c => c.Text.Length > 0).ToLookup(c => c.Page);
        var flagsByPage = flags.ToLookup(f => f.Page, f => f.Box);
        int cells = 0, exact = 0, wrongFlagged = 0, wrongUnflagged = 0, correctFlagged = 0;
        var wrong = new List<NumericMiss>();
        foreach (var cell in expected.Where(IsNumeric))
        {
            cells++;
            var read = byPage[cell.Page].Select(c => (c.Text, Area: Overlap(c.Box, cell.Box))).Where(c => c.Area > 0)
                .OrderByDescending(c => c.Area).Select(c => c.Text).FirstOrDefault() ?? "";
            var ok = TextNormalizer.Normalize(read) == TextNormalizer.Normalize(cell.Text);
            var flagged = flagsByPage[cell.Page].Any(f => Overlap(f, cell.Box) > 0);
            if (ok) exact++;
            else if (flagged) wrongFlagged++;
            else wrongUnflagged++;
            if (ok && flagged) correctFlagged++;
            if (!ok) wrong.Add(new NumericMiss(cell.Page, cell.Text, read, flagged));
        }
        return new NumericCellScore(cells, exact, wrongFlagged, wrongUnflagged, correctFlagged) { Wrong = wrong };
    }

    /// <summary>A body cell holding an amount, percentage or code (1,234.56 / -12.5 / 2080505 / 12%).</summary>
    public static bool IsNumeric(PlacedCell cell)
    {
        var text = TextNormalizer.Normalize(cell.Text);
        return !cell.Header && text.Any(char.IsAsciiDigit) && NumberText.IsWellFormed(text);
    }

    private static double Overlap(Box a, Box b) =>
        Math.Max(0, Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0)) * Math.Max(0, Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0));
}
