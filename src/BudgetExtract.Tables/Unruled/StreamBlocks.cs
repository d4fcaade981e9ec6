using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Cuts the page's stream lines into blocks that can be tables: runs of vertically close lines without
/// captions in between, trimmed of leading and trailing one-cell lines, holding several multi-cell lines
/// and values (amounts, codes, targets) in most of them. Prose has one cell per line and never qualifies.
/// </summary>
internal static class StreamBlocks
{
    private const double MaxLineGapRatio = 2.2;
    private const int MinTabularLines = 2;

    public static List<List<StreamLine>> Find(IReadOnlyList<StreamLine> lines)
    {
        var blocks = new List<List<StreamLine>>();
        var run = new List<StreamLine>();
        foreach (var line in lines)
        {
            var breaks = line.IsCaption
                         || (run.Count > 0 && line.Box.Y0 - run[^1].Box.Y1 > MaxLineGapRatio * Math.Max(line.FontSize, run[^1].FontSize));
            if (breaks)
            {
                Close(run, blocks);
                run = [];
            }
            if (!line.IsCaption) run.Add(line);
        }
        Close(run, blocks);
        return blocks;
    }

    private static void Close(List<StreamLine> run, List<List<StreamLine>> blocks)
    {
        var first = run.FindIndex(l => l.IsTabular);
        var last = run.FindLastIndex(l => l.IsTabular);
        if (first < 0) return;
        var block = run.GetRange(first, last - first + 1);
        var tabular = block.Where(l => l.IsTabular).ToList();
        if (tabular.Count < MinTabularLines) return;
        var withValues = tabular.Count(l => l.Cells.Skip(1).Any(c => CellValues.IsValueLike(c.Text)));
        if (withValues < Math.Max(2, tabular.Count / 2)) return;
        // Mostly prose with a few value lines: one-cell lines must not outnumber table rows.
        if (block.Count - tabular.Count > tabular.Count) return;
        blocks.Add(block);
    }
}
