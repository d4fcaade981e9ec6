using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// The headings 一级指标 | 二级指标 | 三级指标 of 绩效 tables stand side by side in one row, numbered from the left. On
/// 1-bit scans their numeral is misread (二 → -, ` ; 三 → =, the thin strokes thresholded away) and the lexicon
/// cannot choose, a misread numeral being as near to each of the three. The row decides: the headings of neighbouring
/// cells reading N级指标 are numbered in order from the highest start their numerals allow, the others take their place in it.
/// </summary>
internal static class OrdinalHeadings
{
    private const string Numerals = "一二三四五六七八九";

    private const string Suffix = "级指标";

    /// <summary>One read cell of a grid: its box (between its rulings, pixels) and its text without spaces.</summary>
    public readonly record struct Cell(PixelBox Box, string Text);

    /// <summary>
    /// The corrected texts of <paramref name="cells"/> (all the read cells of one grid), by index: for each run of
    /// neighbouring cells in one row whose texts are one character + 级指标, when every correctly numbered one puts the
    /// run's first cell at the same number, the misnumbered ones renumbered; numerals that disagree are read lower than
    /// printed (strokes lost), so the highest start wins. Empty when nothing is to change.
    /// </summary>
    public static IReadOnlyDictionary<int, string> Correct(IReadOnlyList<Cell> cells)
    {
        var corrections = new Dictionary<int, string>();
        var rows = cells.Select((c, i) => (Cell: c, Index: i))
            // Cells of one grid row share its top ruling exactly; not always the bottom one — 一级指标 | 二级指标 may
            // span two rows of a header whose 三级指标 spans one (committed bw200 scan of seed 003).
            .GroupBy(x => x.Cell.Box.Y0);
        foreach (var row in rows)
        {
            var ordered = row.OrderBy(x => x.Cell.Box.X0).ToList();
            var run = new List<(Cell Cell, int Index)>();
            foreach (var x in ordered.Append((Cell: default(Cell), Index: -1)))
            {
                if (x.Index >= 0 && IsHeading(x.Cell.Text) && (run.Count == 0 || Neighbours(run[^1].Cell, x.Cell)))
                {
                    run.Add(x);
                    continue;
                }
                Renumber(run, corrections);
                run.Clear();
                if (x.Index >= 0 && IsHeading(x.Cell.Text)) run.Add(x);
            }
        }
        return corrections;
    }

    private static bool IsHeading(string text) => text.Length == Suffix.Length + 1 && text.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>Cells side by side: the next one starts where this one ends (one ruling apart).</summary>
    private static bool Neighbours(Cell left, Cell right) => Math.Abs(right.Box.X0 - left.Box.X1) <= 12;

    private static void Renumber(List<(Cell Cell, int Index)> run, Dictionary<int, string> corrections)
    {
        if (run.Count < 2) return;
        var starts = run.Select((x, i) => Numerals.IndexOf(x.Cell.Text[0], StringComparison.Ordinal) is var n and >= 0 ? n - i : (int?)null)
            .OfType<int>().ToList();
        // At least one heading read with a numeral. A scan loses strokes but does not add them (三 is read 二, never
        // the reverse): a numeral is at most the printed one, so the numbering starts at the highest start the
        // numerals allow — 一级指标 | 二级指标 | 二级指标 is 一 | 二 | 三 (committed bw200 scan), - | : | 二 is 一 | 二 | 三.
        if (starts.Count == 0 || Math.Max(0, starts.Max()) is var first && first + run.Count > Numerals.Length) return;
        for (var i = 0; i < run.Count; i++)
        {
            var expected = Numerals[first + i] + Suffix;
            if (run[i].Cell.Text != expected) corrections[run[i].Index] = expected;
        }
    }
}
