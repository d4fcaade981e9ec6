using BudgetExtract.Tables.Captions;
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

    /// <param name="gridsBottom">The foot of the page's lowest ruled grid (text below it is the page's end).</param>
    /// <param name="openColumns">Column edges of the previous page's table when it ran to that page's foot: the page's
    /// first block may be its rest.</param>
    /// <param name="announced">The previous page ended with a caption announcing a table (表 12, 单位：万元) and no table
    /// under it: the page's first lines are that table.</param>
    /// <param name="announcesNext">The page ends with such a caption (perhaps over a paragraph), below any ruled grid.</param>
    public static List<List<StreamLine>> Find(IReadOnlyList<StreamLine> lines, out bool announcesNext, double gridsBottom = double.MinValue,
        double[]? openColumns = null, bool announced = false)
    {
        var blocks = new List<List<StreamLine>>();
        var run = new List<StreamLine>();
        var runBottom = double.MinValue;
        var captioned = announced;
        var announcingTop = double.MinValue;
        // Some producers pad rows generously: the usual gap between two table rows on this page also counts as close.
        var rowGap = TypicalGap(lines, tabularOnly: true);
        // A page holding few multi-cell lines (a two-sided table's 支出 side going on alone) shows its row spacing
        // between its one-cell lines; prose lines stand a leading apart, well within the usual allowance.
        var lineGap = rowGap > 0 ? rowGap : TypicalGap(lines, tabularOnly: false);
        foreach (var line in lines)
        {
            var allowed = Math.Max(MaxLineGapRatio * Math.Max(line.FontSize, run.Count > 0 ? run[^1].FontSize : 0), 1.5 * lineGap);
            // The gap under the whole run so far: vertically centred cells interleave their lines.
            var gap = run.Count > 0 ? line.Box.Y0 - runBottom : 0;
            // Loosely set tables leave tall gaps between rows; a row whose cells line up with the run's goes on with it.
            var breaks = line.IsCaption || (gap > allowed && !(gap <= MaxAlignedGapRatio * line.FontSize && AlignsWith(run, line)));
            if (breaks)
            {
                Close(run, blocks, rowGap, captioned, openColumns: captioned ? null : openColumns);
                var hadRows = run.Any(l => l.IsTabular);
                var stillAnnounced = captioned && !hadRows;
                if (hadRows) openColumns = null;
                run = [];
                runBottom = double.MinValue;
                // A table number over a paragraph and then the table's title (表15-5 / 这是… / 一级项目支出绩效目标申报表) still
                // announces the table under them.
                captioned = stillAnnounced && line.IsCaption;
            }
            if (line.IsCaption)
            {
                if (AnnouncesTable(line)) (captioned, announcingTop) = (true, line.Box.Y0);
                continue;
            }
            run.Add(line);
            runBottom = Math.Max(runBottom, line.Box.Y1);
        }
        Close(run, blocks, rowGap, captioned, atPageEnd: run.Count > 0 && run[0].Box.Y0 > gridsBottom, openColumns: captioned ? null : openColumns);
        announcesNext = captioned && !run.Any(l => l.IsTabular) && announcingTop > gridsBottom;
        return blocks;
    }

    /// <summary>
    /// A table number, unit or department line: what follows it is a table, however short. A note is none, though it may
    /// name a 单位 (注：本单位无政府采购支出).
    /// </summary>
    private static bool AnnouncesTable(StreamLine caption)
    {
        var text = string.Join(' ', caption.Cells.Select(c => c.Text));
        return !CaptionPatterns.Note().IsMatch(text)
               && (CaptionPatterns.Number().IsMatch(text) || CaptionPatterns.Unit().IsMatch(text) || CaptionPatterns.Meta().IsMatch(text));
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
    /// The median gap between consecutive multi-cell row bands (0 when there are too few), or between any two
    /// consecutive bands, the lines of wrapped cells (a leading apart) taken with their row: that leading is no row gap.
    /// </summary>
    private static double TypicalGap(IReadOnlyList<StreamLine> lines, bool tabularOnly)
    {
        if (lines.Count == 0) return 0;
        var size = lines.Average(l => l.FontSize);
        var bands = RowBands.JoinWrapped(RowBands.Of(lines), RowBands.MaxLeadingRatio * size);
        var gaps = new List<double>();
        for (var i = 1; i < bands.Count; i++)
            if (!tabularOnly || bands[i].IsTabular && bands[i - 1].IsTabular) gaps.Add(bands[i].Top - bands[i - 1].Bottom);
        if (gaps.Count < 3) return 0;
        gaps.Sort();
        return Math.Min(gaps[gaps.Count / 2], 4 * size);
    }

    /// <summary>A wrapped cell's last line right under the table's last row stands less than this share of the font size below it.</summary>
    private const double WrappedLineGapRatio = 0.3;

    /// <summary>
    /// A heading over a group of columns (Year ended 31 December over 2012 | 2011) set a row's gap above the header
    /// line, as generously padded tables set every row: it stands over two or more of that line's cells, off the
    /// table's centre (a line centred over the whole table is its title, printed again on a later page).
    /// </summary>
    private static bool GroupHeading(StreamLine heading, StreamLine header, double gap, double rowGap, double tableLeft, double tableRight) =>
        rowGap > 0 && gap <= rowGap + 0.5 * heading.FontSize
        && Math.Abs(heading.Box.CenterX - (tableLeft + tableRight) / 2) > OffCentreRatio * (tableRight - tableLeft)
        && header.Cells.Count(c => c.Box.OverlapsHorizontally(heading.Box)) >= 2;

    /// <summary>A group heading's centre lies further than this share of the table's width from the table's centre.</summary>
    private const double OffCentreRatio = 0.1;

    /// <summary>
    /// Justified prose sets amounts apart by wide spaces (24,169.74 | 万元，与上年相比收、支… | 2214.39): in most of its
    /// multi-cell lines a piece goes on from an amount with its unit and a comma or full stop (万元，增长 | 10.06 | %。其中：).
    /// A table names its unit in the header or the unit line; its cells may end a sentence (a 绩效 description), but
    /// never start with the unit of the amount before them.
    /// </summary>
    public static bool IsJustifiedProse(List<StreamLine> block)
    {
        var tabular = RowBands.Of(block).Where(b => b.IsTabular).ToList();
        return tabular.Count(b => b.Cells(block).Any(c => SentenceAfterAmount().IsMatch(c.Text))) * 2 > tabular.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:万元|亿元|元|%)[，。；：、]")]
    private static partial System.Text.RegularExpressions.Regex SentenceAfterAmount();

    /// <summary>
    /// A line a leading under the last row, inside the table and lined up with one of the row's cells (2021.12.31 under
    /// 2021.1.1-, set with a browser's leading): that cell's wrapped last line. A paragraph below starts at the margin.
    /// </summary>
    private static bool WrapsLastCell(StreamLine line, StreamLine lastRow, double tableLeft) =>
        line.Box.Y0 - lastRow.Box.Y1 < RowBands.MaxLeadingRatio * line.FontSize && line.Box.X0 > tableLeft + LinedUpForms.LineUpTolerance
        && line.Cells.Count == 1 && lastRow.Cells.Any(c => Math.Abs(c.Box.X0 - line.Box.X0) <= 1 || Math.Abs(c.Box.X1 - line.Box.X1) <= 1);

    /// <summary>
    /// A character or two a leading under a cell as narrow, starting where it starts: the next line of a label stacked a
    /// character per line in a narrow column (上 / 级 / 下 / 达 / 资 / 金 beside the last row's values).
    /// </summary>
    private static bool ContinuesStack(StreamLine line, StreamLine above)
    {
        var stackWidth = MaxStackedLabelWidth * line.FontSize;
        return IsCharacterStack(line.Cells, stackWidth) && line.Box.Y0 - above.Box.Y1 < RowBands.MaxLeadingRatio * line.FontSize
               && above.Cells.Any(c => Math.Abs(c.Box.X0 - line.Box.X0) <= 1 && c.Box.Width <= stackWidth);
    }

    /// <summary>One cell, within the table's width, starting where two or more of the table's inner cells start.</summary>
    private static bool StartsAtInnerColumn(List<StreamCell> cells, List<double> innerStarts, double tableRight) =>
        cells.Count == 1 && cells[0].Box.X1 <= tableRight + LinedUpForms.LineUpTolerance
        && innerStarts.Count(x => Math.Abs(x - cells[0].Box.X0) <= LinedUpForms.LineUpTolerance) >= 2;

    /// <summary>A narrow column wraps its label a character or two per line (部 / 门 / 总 / 体): no prose line is that short.</summary>
    /// <param name="stackWidth">The widest such line: <see cref="MaxStackedLabelWidth"/> times the block's type size.</param>
    private static bool IsCharacterStack(IReadOnlyList<StreamCell> cells, double stackWidth) => cells.Count == 1 && cells[0].Box.Width <= stackWidth;

    /// <summary>Lines of a label wrapped in a narrow column are at most this many font sizes wide.</summary>
    private const double MaxStackedLabelWidth = 2.5;

    /// <summary>Headings stacked a character per line in this many narrow columns are a header, never prose.</summary>
    private const int MinStackedHeadings = 3;

    /// <summary>A stacked heading is at least this many lines of one or two characters.</summary>
    private const int MinStackLines = 3;

    /// <summary>
    /// A header of many narrow columns, its headings stacked a character per line (财 / 政 / 专 / 户, 单 / 位 / 资 / 金), over a
    /// row of three values or more: a table, however few its rows (a one-row 收入预算表 whose caption stands on the page
    /// before). Prose has no such stacks.
    /// </summary>
    private static bool UnderStackedHeadings(List<StreamLine> block, List<RowBand> tabular, double stackWidth)
    {
        var valueRow = tabular.Any(b => b.Cells(block).Count(c => CellValues.IsValueLike(c.Text)) >= 3);
        if (!valueRow) return false;
        var stackCells = block.SelectMany(l => l.Cells).Where(c => c.Text.Trim().Length <= 2 && c.Box.Width <= stackWidth && !CellValues.IsValueLike(c.Text)).ToList();
        var stacks = stackCells.GroupBy(c => Math.Round(c.Box.X0 / 2)).Count(g => g.Count() >= MinStackLines && IsColumnOfLines(g.OrderBy(c => c.Box.Y0).ToList()));
        return stacks >= MinStackedHeadings;

        static bool IsColumnOfLines(List<StreamCell> cells) =>
            Enumerable.Range(1, cells.Count - 1).Count(i => cells[i].Box.Y0 - cells[i - 1].Box.Y1 < RowBands.MaxLeadingRatio * cells[i].Box.Height) >= MinStackLines - 1;
    }

    /// <summary>A quantity in words is this short at most (每月 50 篇, 每月 8 期, 10 万人).</summary>
    private const int MaxQuantityLength = 10;

    /// <summary>An indicator's target in words around a number (每月 50 篇, 维护率 100%): a value too, though not an amount.</summary>
    private static bool IsQuantity(string text) =>
        text.Length <= MaxQuantityLength && text.Any(char.IsAsciiDigit) && !CellValues.IsYear(text.Trim()) && !text.Contains('年');

    /// <summary>
    /// The lines under the table's last row to the foot of the page are one-cell rows spanning its columns, a paragraph
    /// among them wrapping well inside the table (a form's 年度绩效目标 and its text, going on atop the next page): lines
    /// within the table's width, a row's gap apart at most, two or more ending at one edge this many ems short of the
    /// table's right edge. Prose under a table wraps at the page's text width.
    /// </summary>
    private static bool ParagraphCellToPageEnd(List<StreamLine> run, int last, double tableLeft, double tableRight, double rowGap)
    {
        if (last + 2 >= run.Count) return false;
        var rest = run.GetRange(last + 1, run.Count - last - 1);
        var size = rest.Average(l => l.FontSize);
        var allowedGap = Math.Max(rowGap, RowBands.MaxLeadingRatio * size) + 0.5 * size;
        for (var i = last + 1; i < run.Count; i++)
        {
            var line = run[i];
            if (line.Cells.Count != 1 || line.Box.X0 < tableLeft - 2 || line.Box.Y0 - run[i - 1].Box.Y1 > allowedGap) return false;
        }
        var wrapAt = rest.Max(l => l.Box.X1);
        return wrapAt <= tableRight - WrapInsideEms * size && rest.Count(l => l.Box.X1 >= wrapAt - size) >= 2;
    }

    /// <summary>A paragraph cell spanning a table's columns wraps at least this many ems short of the table's right edge.</summary>
    private const double WrapInsideEms = 3;

    /// <param name="atPageEnd">Nothing follows the run on the page (no line, caption, note or ruled grid below it).</param>
    private static void Close(List<StreamLine> run, List<List<StreamLine>> blocks, double rowGap, bool captioned, bool atPageEnd = false,
        double[]? openColumns = null)
    {
        var bands = RowBands.Of(run);
        var firstBand = bands.FindIndex(b => b.IsTabular);
        var lastBand = bands.FindLastIndex(b => b.IsTabular);
        if (firstBand < 0) return;
        var first = bands[firstBand].First;
        var last = bands[lastBand].Last;
        var tabularLines = bands.Where(b => b.IsTabular).SelectMany(b => b.Lines(run)).ToList();
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
                || gap > 1.5 * above.FontSize && !GroupHeading(above, run[first], gap, rowGap, tableLeft, tableRight)
                || above.FontSize > RuleFrames.TitleSizeRatio * run[first].FontSize
                // The last line of a paragraph ends its sentence; a heading never does.
                || above.Cells[^1].Text.EndsWith('。')) break;
            first--;
        }
        // Rows filling one inner column only (a two-sided table's 支出 side going on alone) start where that column's
        // cells start; prose below a table starts at its left edge.
        var innerStarts = tabularLines.SelectMany(l => l.Cells).Select(c => c.Box.X0).Where(x => x > tableLeft + LinedUpForms.LineUpTolerance).ToList();
        // Such a column's paragraph lines end unevenly (a browser's line breaking moves a character down or not): up to an
        // em past the table's widest row.
        var innerRight = tableRight + run.Average(l => l.FontSize);
        for (var b = lastBand + 1; b < bands.Count; b++)
        {
            if (!StartsAtInnerColumn(bands[b].Cells(run).ToList(), innerStarts, innerRight)) break;
            last = bands[b].Last;
        }
        // A wrapped cell's last line printed right under the last row (215080 / 1, a centred row's lower half) is
        // the table's, while a note or prose below it stands a line's gap apart.
        while (last + 1 < run.Count && run[last + 1].Box.X0 >= tableLeft - 2 && run[last + 1].Box.X1 <= tableRight + 2
               && (run[last + 1].Box.Y0 - run[last].Box.Y1 < WrappedLineGapRatio * run[last + 1].FontSize || WrapsLastCell(run[last + 1], run[last], tableLeft)
                   || ContinuesStack(run[last + 1], run[last]))) last++;
        if (atPageEnd && ParagraphCellToPageEnd(run, last, tableLeft, tableRight, rowGap)) last = run.Count - 1;
        var block = run.GetRange(first, last - first + 1);
        // Counted by row bands, so the lines of vertically centred cells (one cell each) count with their row.
        var inBlock = RowBands.Of(block);
        // On a loosely set page the lines of a wrapped text (two of them side by side) are one row, not many.
        var leading = RowBands.MaxLeadingRatio * block.Average(l => l.FontSize);
        if (rowGap >= leading) inBlock = RowBands.JoinWrapped(inBlock, leading);
        var tabular = inBlock.Where(b => b.IsTabular).ToList();
        // The rest of the previous page's table needs no more evidence than its columns going on: a form's last rows of
        // texts (重点救助对象… | ≥70%, 稳步拓展) hold too few amounts to stand as a table alone.
        if (openColumns is not null && ContinuedColumns.GoOn(block, tabular, openColumns))
        {
            if (!IsJustifiedProse(block)) blocks.Add(block);
            return;
        }
        // A table announced by its number or unit may show a single row before the page ends (its first row under a
        // paragraph at the foot of the page), or a header and no body. Only there: a lone line with lines or a grid below it
        // is a caption line OCR split into pieces (a title read 国有 资本 经营预算, a meta line read 部 门名称) over the grid.
        if (tabular.Count < (captioned && atPageEnd ? 1 : MinTabularLines)) return;
        var withValues = tabular.Count(b => b.Cells(block).OrderBy(c => c.Box.X0).Skip(1).Any(c => CellValues.IsValueLike(c.Text) || IsQuantity(c.Text)));
        // A table announced by its caption may start at the foot of a page with one row of amounts under its header, or
        // with its first row alone (a form's 项目编码 | … row: nothing to line up with on this page).
        // Lines of labels stacked a character per line in narrow columns side by side (部 | 市, 门 | 工) may also be
        // left out: they are no rows of their own.
        var stackWidth = MaxStackedLabelWidth * block.Average(l => l.FontSize);
        var rows = tabular.Where(b => !b.Cells(block).All(c => IsCharacterStack([c], stackWidth))).ToList();
        if (!HoldsTable(tabular) && !HoldsTable(rows) && !UnderStackedHeadings(block, tabular, stackWidth))
        {
            if (captioned && withValues == 0 && LinedUpForms.IsHeaderOnly(tabular, block)) blocks.Add(block);
            return;
        }

        bool HoldsTable(List<RowBand> bands)
        {
            var fewValues = captioned ? withValues < 1 && tabular.Count > 1 : withValues < Math.Max(2, bands.Count / 2);
            var minLinedUp = captioned ? LinedUpForms.MinAnnouncedLinedUpRows : LinedUpForms.MinLinedUpRows;
            return !fewValues || !LinedUpForms.IsContentsList(bands, block)
                && (LinedUpForms.LinedUp(bands, block, minLinedUp) || LinedUpForms.OnAGrid(bands, block) || LinedUpForms.ValuesLinedUp(bands, block));
        }

        // Mostly prose with a few value lines: one-cell lines must not outnumber table rows. A one-cell line starting where
        // the table's inner cells start fills one inner column (a two-sided table's 支出 side going on alone), and a label
        // stacked a character or two per line fills a narrow one: rows, not prose.
        var columnRows = inBlock.Count(b => !b.IsTabular && b.Cells(block).ToList() is var cells
                                            && (StartsAtInnerColumn(cells, innerStarts, tableRight) || IsCharacterStack(cells, stackWidth)));
        if (inBlock.Count - tabular.Count - columnRows > tabular.Count + columnRows) return;
        if (IsJustifiedProse(block)) return;
        blocks.Add(block);
    }
}
