using BudgetExtract.CorpusGen.Pdf;
using BudgetExtract.CorpusGen.Seeds;

namespace BudgetExtract.CorpusGen.Render;

/// <summary>Measures and wraps text in the generator's one font (ASCII half width, everything else full width).</summary>
internal static class TextFit
{
    public static double Width(string text, double size) =>
        text.Sum(ch => ch < 0x80 ? MinimalPdfWriter.AsciiWidth : 1000) * size / 1000.0;

    /// <summary>
    /// Wraps so that joining the lines back (no separator between CJK characters, one space between Latin
    /// words) gives the text exactly: breaks only between two CJK characters or at a space between two
    /// non-CJK characters (the space is dropped). A run that cannot break overflows rather than being cut.
    /// </summary>
    public static List<string> Wrap(string text, double width, double size)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            if (Width(text[start..], size) <= width) { lines.Add(text[start..]); break; }
            int? best = null; // index where the next line starts
            var skipSpace = false;
            for (var i = start + 1; i < text.Length; i++)
            {
                if (Width(text[start..i], size) > width) break;
                if (IsBreak(text, i, out var space)) { best = i; skipSpace = space; }
            }
            if (best is null)
            {
                // Nothing fits: take the first break opportunity whatever its width.
                for (var i = start + 1; i < text.Length && best is null; i++)
                    if (IsBreak(text, i, out var space)) { best = i; skipSpace = space; }
                if (best is null) { lines.Add(text[start..]); break; }
            }
            lines.Add(text[start..best.Value]);
            start = best.Value + (skipSpace ? 1 : 0);
        }
        return lines;
    }

    /// <summary>Can a line end before index <paramref name="i"/>?</summary>
    private static bool IsBreak(string t, int i, out bool space)
    {
        space = false;
        if (t[i] == ' ')
        {
            space = i > 0 && i + 1 < t.Length && !SeedText.IsCjk(t[i - 1]) && !SeedText.IsCjk(t[i + 1]) && t[i - 1] != ' ' && t[i + 1] != ' ';
            return space;
        }
        return SeedText.IsCjk(t[i - 1]) && SeedText.IsCjk(t[i]);
    }

    /// <summary>The widest piece that can never be broken (a number, a Latin word), so a column is never narrower.</summary>
    public static double LongestUnbreakable(string text, double size)
    {
        double best = 0;
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            var space = false;
            if (i == text.Length || IsBreak(text, i, out space))
            {
                best = Math.Max(best, Width(text[start..i], size));
                start = i + (space ? 1 : 0);
            }
        }
        return best;
    }
}
