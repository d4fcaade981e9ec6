using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Cuts the page's stream lines into blocks that can be tables: runs of vertically close lines without
/// captions in between, trimmed of leading and trailing one-cell lines, holding several multi-cell lines
/// and values (amounts, codes, targets) in most of them. Prose has one cell per line and never qualifies.
/// </summary>
internal static partial class StreamBlocks
{
    private const double MaxLineGapRatio = 2.2;
    private const int MinTabularLines = 2;

    public static List<List<StreamLine>> Find(IReadOnlyList<StreamLine> lines)
    {
        var blocks = new List<List<StreamLine>>();
        var run = new List<StreamLine>();
        var runBottom = double.MinValue;
        // Some producers pad rows generously: the usual gap between two table rows on this page also counts as close.
        var rowGap = TypicalTabularGap(lines);
        foreach (var line in lines)
        {
            var allowed = Math.Max(MaxLineGapRatio * Math.Max(line.FontSize, run.Count > 0 ? run[^1].FontSize : 0), 1.5 * rowGap);
            // The gap under the whole run so far: vertically centred cells interleave their lines.
            var gap = run.Count > 0 ? line.Box.Y0 - runBottom : 0;
            // Loosely set tables leave tall gaps between rows; a row whose cells line up with the run's goes on with it.
            var breaks = line.IsCaption || (gap > allowed && !(gap <= MaxAlignedGapRatio * line.FontSize && AlignsWith(run, line)));
            if (breaks)
            {
                Close(run, blocks, rowGap);
                run = [];
                runBottom = double.MinValue;
            }
            if (line.IsCaption) continue;
            run.Add(line);
            runBottom = Math.Max(runBottom, line.Box.Y1);
        }
        Close(run, blocks, rowGap);
        return blocks;
    }

    /// <summary>Rows of a loosely set table may stand this many font sizes apart when their cells line up.</summary>
    private const double MaxAlignedGapRatio = 6;

    /// <summary>At least two of the line's cells start or end where cells of the run's multi-cell lines do.</summary>
    private static bool AlignsWith(List<StreamLine> run, StreamLine line)
    {
        if (!line.IsTabular) return false;
        var edges = run.Where(l => l.IsTabular).SelectMany(l => l.Cells).ToList();
        if (edges.Count == 0) return false;
        return line.Cells.Count(c => edges.Any(e => Math.Abs(e.Box.X0 - c.Box.X0) <= 2 || Math.Abs(e.Box.X1 - c.Box.X1) <= 2)) >= 2;
    }

    /// <summary>
    /// The median gap between consecutive multi-cell row bands (0 when there are too few), the lines of wrapped
    /// cells (a leading apart) taken with their row: that leading is no row gap.
    /// </summary>
    private static double TypicalTabularGap(IReadOnlyList<StreamLine> lines)
    {
        if (lines.Count == 0) return 0;
        var bands = RowBands.JoinWrapped(RowBands.Of(lines), WrappedLeadingRatio * lines.Average(l => l.FontSize));
        var gaps = new List<double>();
        for (var i = 1; i < bands.Count; i++)
            if (bands[i].IsTabular && bands[i - 1].IsTabular) gaps.Add(bands[i].Top - bands[i - 1].Bottom);
        if (gaps.Count < 3) return 0;
        gaps.Sort();
        return Math.Min(gaps[gaps.Count / 2], 4 * lines.Average(l => l.FontSize));
    }

    /// <summary>The lines of one wrapped cell stand less than this share of the font size apart.</summary>
    private const double WrappedLeadingRatio = 0.6;

    /// <summary>Lines of one wrapped cell stand less than this share of the font size apart.</summary>
    private const double WrappedLineGapRatio = 0.3;

    /// <summary>A line this many times the table's type size is a title, not a header cell.</summary>
    private const double TitleSizeRatio = 1.15;

    /// <summary>A form or list without amounts needs this many rows of cells lined up to be a table.</summary>
    private const int MinLinedUpRows = 4;

    /// <summary>Cells starting within this many points of each other are in one column.</summary>
    private const double LineUpTolerance = 2;

    /// <summary>
    /// A form or list of labels without amounts (项目编码 | 0102005-2019-…, 附表 15-1 | 工信运行保障) is a table
    /// when, row after row, its first two columns start at the same places; prose never has a second column.
    /// </summary>
    private static bool LinedUp(List<RowBand> tabular, List<StreamLine> block)
    {
        if (tabular.Count < MinLinedUpRows) return false;
        var starts = new List<(double First, double Second)>();
        foreach (var band in tabular)
        {
            var xs = band.Cells(block).Select(c => c.Box.X0).Order().ToList();
            // A label wrapped onto several lines starts each line at the same place: the next column starts further right.
            var second = xs.FirstOrDefault(x => x > xs[0] + 3 * LineUpTolerance, double.NaN);
            if (!double.IsNaN(second)) starts.Add((xs[0], second));
        }
        if (starts.Count < MinLinedUpRows) return false;
        // Most rows start at the table's left edge (a two-sided table's 支出 side goes on alone further right), and
        // the next column starts at one place in many of them.
        var first = MostCommon(starts.Select(s => s.First));
        var next = MostCommon(starts.Select(s => s.Second));
        var leftAligned = starts.Count(s => Math.Abs(s.First - first) <= LineUpTolerance);
        var nextAligned = starts.Count(s => Math.Abs(s.First - first) <= LineUpTolerance && Math.Abs(s.Second - next) <= LineUpTolerance);
        return leftAligned >= 0.75 * tabular.Count && nextAligned >= Math.Max(MinLinedUpRows, 0.5 * tabular.Count);
    }

    /// <summary>A list of numbered items (第一部分 | 部门概况, 1. | 收支预算总表) lines up too: a table of contents.</summary>
    private static bool IsContentsList(List<RowBand> tabular, List<StreamLine> block) =>
        tabular.Count(b => ItemNumberPattern().IsMatch(b.Cells(block).MinBy(c => c.Box.X0)!.Text.Trim())) >= 0.5 * tabular.Count;

    /// <summary>
    /// A form whose rows fill different columns (labels centred down the first, then rows of the last columns only):
    /// nearly every cell starts or ends where cells of at least two other rows do, and at least two columns are
    /// started by many rows.
    /// </summary>
    private static bool OnAGrid(List<RowBand> tabular, List<StreamLine> block)
    {
        if (tabular.Count < 2 * MinLinedUpRows) return false;
        var cells = tabular.SelectMany((b, i) => b.Cells(block).Select(c => (Row: i, c.Box.X0, c.Box.X1))).ToList();
        int RowsStartingAt(double x) => cells.Where(c => Math.Abs(c.X0 - x) <= LineUpTolerance).Select(c => c.Row).Distinct().Count();
        int RowsEndingAt(double x) => cells.Where(c => Math.Abs(c.X1 - x) <= LineUpTolerance).Select(c => c.Row).Distinct().Count();
        var aligned = cells.Count(c => RowsStartingAt(c.X0) >= 3 || RowsEndingAt(c.X1) >= 3);
        if (aligned < 0.9 * cells.Count) return false;
        var columnStarts = new List<double>();
        foreach (var x in cells.Select(c => c.X0).Distinct().Order())
            if (RowsStartingAt(x) >= MinLinedUpRows && (columnStarts.Count == 0 || x - columnStarts[^1] > 2 * LineUpTolerance)) columnStarts.Add(x);
        return columnStarts.Count >= 2;
    }

    private static double MostCommon(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        return list.MaxBy(x => list.Count(y => Math.Abs(x - y) <= LineUpTolerance));
    }

    private static void Close(List<StreamLine> run, List<List<StreamLine>> blocks, double rowGap)
    {
        var bands = RowBands.Of(run);
        var firstBand = bands.FindIndex(b => b.IsTabular);
        var lastBand = bands.FindLastIndex(b => b.IsTabular);
        if (firstBand < 0) return;
        var first = bands[firstBand].First;
        var last = bands[lastBand].Last;
        var tabularLines = bands.Where(b => b.IsTabular).SelectMany(b => run.Skip(b.First).Take(b.Count)).ToList();
        // Captions end runs, so narrow lines just above the first multi-cell line are header cells
        // (a heading spanning some columns), while a wide line there is prose.
        var tableLeft = tabularLines.Min(l => l.Box.X0);
        var tableRight = tabularLines.Max(l => l.Box.X1);
        while (first > 0)
        {
            var above = run[first - 1];
            var gap = run[first].Box.Y0 - above.Box.Y1;
            // A line in a larger type is the title, however narrow.
            if (above.Box.Width > 0.5 * (tableRight - tableLeft) || above.Box.X0 < tableLeft - 2 || above.Box.X1 > tableRight + 2
                || gap > 1.5 * above.FontSize || above.FontSize > TitleSizeRatio * run[first].FontSize) break;
            first--;
        }
        // Rows filling one inner column only (a two-sided table's 支出 side going on alone) start where that column's
        // cells start; prose below a table starts at its left edge.
        var innerStarts = tabularLines.SelectMany(l => l.Cells).Select(c => c.Box.X0).Where(x => x > tableLeft + LineUpTolerance).ToList();
        for (var b = lastBand + 1; b < bands.Count; b++)
        {
            var cells = bands[b].Cells(run).ToList();
            if (cells.Count != 1 || cells[0].Box.X1 > tableRight + LineUpTolerance
                || innerStarts.Count(x => Math.Abs(x - cells[0].Box.X0) <= LineUpTolerance) < 2) break;
            last = bands[b].Last;
        }
        // A wrapped cell's last line printed right under the last row (215080 / 1, a centred row's lower half) is
        // the table's, while a note or prose below it stands a line's gap apart.
        while (last + 1 < run.Count && run[last + 1].Box.Y0 - run[last].Box.Y1 < WrappedLineGapRatio * run[last + 1].FontSize
               && run[last + 1].Box.X0 >= tableLeft - 2 && run[last + 1].Box.X1 <= tableRight + 2) last++;
        var block = run.GetRange(first, last - first + 1);
        // Counted by row bands, so the lines of vertically centred cells (one cell each) count with their row.
        var inBlock = RowBands.Of(block);
        // On a loosely set page the lines of a wrapped text (two of them side by side) are one row, not many.
        var leading = WrappedLeadingRatio * block.Average(l => l.FontSize);
        if (rowGap >= leading) inBlock = RowBands.JoinWrapped(inBlock, leading);
        var tabular = inBlock.Where(b => b.IsTabular).ToList();
        if (tabular.Count < MinTabularLines) return;
        var withValues = tabular.Count(b => b.Cells(block).OrderBy(c => c.Box.X0).Skip(1).Any(c => CellValues.IsValueLike(c.Text)));
        if (withValues < Math.Max(2, tabular.Count / 2) && (IsContentsList(tabular, block) || !LinedUp(tabular, block) && !OnAGrid(tabular, block)))
            return;
        // Mostly prose with a few value lines: one-cell lines must not outnumber table rows.
        if (inBlock.Count - tabular.Count > tabular.Count) return;
        blocks.Add(block);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:第[一二三四五六七八九十\d]{1,3}[部分章节篇]+|\d{1,2}[.．、]?|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])$")]
    private static partial System.Text.RegularExpressions.Regex ItemNumberPattern();
}
