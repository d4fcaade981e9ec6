using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Pdf.Model;
using BudgetExtract.Tables.Captions;
using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Headers;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Finds tables drawn without (full) rulings: blocks of multi-cell lines (<see cref="StreamBlocks"/>),
/// columns from the gutters of data rows (<see cref="ColumnFinder"/>), rows from data lines with the lines
/// of wrapped cells attached (<see cref="StreamRowBuilder"/>).
/// </summary>
internal static class AlignmentFragmentReader
{
    /// <param name="rules">The page's horizontal rulings merged into lines: a browser draws a row's rule cell by cell,
    /// and a frame needs whole rules.</param>
    /// <param name="open">The previous page's last part when it ran to the foot of that page: its columns may go on here.</param>
    /// <param name="announced">The previous page ended with a caption announcing a table it does not hold.</param>
    /// <param name="announcesNext">This page ends so (see <see cref="StreamBlocks.Find"/>).</param>
    public static List<(Fragment Fragment, HashSet<int> Words)> Read(
        PageLayout page, List<Ruling> rules, IReadOnlyList<PageWord> words, HashSet<int> used, IReadOnlyList<Fragment> ruled, out bool announcesNext,
        Fragment? open = null, bool announced = false)
    {
        var result = new List<(Fragment, HashSet<int>)>();
        var lines = StreamLines.Build(words, used);
        announcesNext = false;
        if (lines.Count < 2) return result;
        var framed = new HashSet<StreamLine>();
        foreach (var frame in RuleFrames.Find(rules, lines, page.Page.Width))
        {
            var block = RuleFrames.LinesIn(frame, lines).Where(l => !framed.Contains(l)).ToList();
            if (block.Count == 0 || StreamBlocks.IsJustifiedProse(block) || IsLegend(block)
                || StreamRowBuilder.Build(page, block, rules, frame) is not { } fragment || IsFigureLabels(fragment, block, lines)) continue;
            framed.UnionWith(block);
            result.Add((fragment, [.. block.SelectMany(l => l.Cells).SelectMany(c => c.WordIndexes)]));
        }
        // A ruled grid below a captioned line means the page goes on: that line is no table's first row at the page's end.
        var gridsBottom = ruled.Count == 0 ? double.MinValue : ruled.Max(f => f.Box.Y1);
        var blocks = StreamBlocks.Find([.. lines.Where(l => !framed.Contains(l))], out announcesNext, gridsBottom,
            ruled.Count == 0 && framed.Count == 0 ? open?.ColumnEdges : null, announced && ruled.Count == 0 && framed.Count == 0);
        foreach (var block in blocks)
        {
            var fragment = StreamRowBuilder.Build(page, block, rules);
            if (fragment is null || IsFigureLabels(fragment, block, lines)) continue;
            result.Add((fragment, [.. block.SelectMany(l => l.Cells).SelectMany(c => c.WordIndexes)]));
        }
        // A table framed by rules under the last caption holds what it announced.
        var lastCaptionTop = lines.Where(l => l.IsCaption).Select(l => l.Box.Y0).DefaultIfEmpty(double.MaxValue).Max();
        announcesNext = announcesNext && result.All(r => r.Item1.Box.Y1 < lastCaptionTop);
        return result;
    }

    /// <summary>A figure's labels hold a few rows at most; a table over a figure caption would hold more.</summary>
    private const int MaxFigureRows = 5;

    /// <summary>
    /// The labels of a chart (3.55% | 96.45% | 基本支出 项目支出 around a pie) over its caption 图 2：…: a figure, not a
    /// table (北京 退役军人事务局 2026 p6).
    /// </summary>
    private static bool IsFigureLabels(Fragment fragment, List<StreamLine> block, List<StreamLine> lines)
    {
        if (fragment.RowCount > MaxFigureRows) return false;
        var bottom = block.Max(l => l.Box.Y1);
        var size = block.Average(l => l.FontSize);
        var next = lines.Where(l => l.Box.Y0 >= bottom - 1 && l.Box.Y0 - bottom < 3 * size && !block.Contains(l))
            .OrderBy(l => l.Box.Y0).FirstOrDefault();
        return next is not null && CaptionPatterns.Figure().IsMatch(string.Join(" ", next.Cells.Select(c => c.Text)));
    }

    /// <summary>
    /// A box around one line of words and no value (a chart's legend: 基本支出 | 项目支出 | 预留机动经费 under a pie,
    /// 江苏 法院 2017–2019) is no table: a table framed by rules holds rows, or at least a header with a value under it.
    /// </summary>
    private static bool IsLegend(List<StreamLine> block) =>
        block.Count == 1 && !block[0].Cells.Any(c => CellValues.IsValueLike(c.Text));
}

/// <summary>A stream cell placed on the column grid.</summary>
internal readonly record struct PlacedCell(StreamCell Cell, int First, int Last, int LineIndex);

/// <summary>Builds the rows of an unruled table block and turns them into a fragment.</summary>
internal static class StreamRowBuilder
{
    public static Fragment? Build(PageLayout page, List<StreamLine> block, List<Ruling> rules, RuleFrame? frame = null)
    {
        static bool IsAnchor(StreamLine l) => l.Cells.Any(c => CellValues.IsValueLike(c.Text));
        block = NumberedLabels.Join(ValueTextSplits.Apply(block));
        // Column evidence: the body (from the first data line on), where cells do not span; a one-cell line
        // across most of the table (a section heading inside it) is left out.
        var bodyStart = block.FindIndex(IsAnchor);
        var blockWidth = block.Max(l => l.Box.X1) - block.Min(l => l.Box.X0);
        var body = block.Skip(Math.Max(0, bodyStart))
            .Where(l => !(l.Cells.Count == 1 && l.Cells[0].Box.Width > 0.5 * blockWidth)).ToHashSet();
        bool IsEvidence(StreamLine l) => body.Contains(l);
        var (edges, gutters) = ColumnFinder.Find(block, IsEvidence);
        (edges, gutters) = LineGaps.WithValueGaps(edges, gutters, block);
        // Header lines lie wholly above the first data line (a wrapped name's first line beside a centred amount
        // does not); only the lowest names leaf columns, higher ones are centred over column groups. Beside the
        // body's content, higher headings with no heading under them are leaves too (财政专户管理资金 and 单位资金,
        // blank columns right of 本年拨款's two levels).
        var headerLines = bodyStart > 0 ? block.Where(l => l.Box.Y1 <= block[bodyStart].Box.Y0 + 0.5).ToList() : [];
        if (headerLines.Count > 0 && body.Count > 0)
        {
            var bodyCells = body.SelectMany(l => l.Cells).ToList();
            var (bodyX0, bodyX1) = (bodyCells.Min(c => c.Box.X0), bodyCells.Max(c => c.Box.X1));
            var lowestHeader = headerLines.MaxBy(l => l.Box.Y1)!;
            var headings = headerLines.SelectMany(l => l.Cells).ToList();
            // Only in a header of column headings: a form's leading rows (项目编码 | 0102005-2019-… ) are no header.
            var columnHeadings = headings.All(h => HeaderLevels.IsShort(h.Text) && !CellValues.IsValueLike(h.Text));
            var besideLeaves = headings.Where(h => columnHeadings && !lowestHeader.Cells.Contains(h) && (h.Box.X0 > bodyX1 + 1 || h.Box.X1 < bodyX0 - 1)
                && !headings.Any(o => o != h && o.Box.Y0 >= h.Box.Y1 - 1 && o.Box.OverlapsHorizontally(h.Box)));
            // A form's key beside its value (项目名称 | 商务工作专项, centred in their spans) names no column of its own.
            var leaves = KeyBesideValue(lowestHeader) ? [] : WrappedHeadings(lowestHeader, headerLines).ToList();
            (edges, gutters) = ColumnFinder.WithHeaderOnlyColumns(edges, gutters, [.. leaves.Where(h => !h.LeftAligned).Select(h => h.Heading), .. besideLeaves],
                bodyX0, bodyX1,
                block.Where(l => !headerLines.Contains(l) && l.Box.Y0 < block[bodyStart].Box.Y1),
                [.. leaves.Where(h => h.LeftAligned).Select(h => h.Heading)], [.. block.SelectMany(l => l.Cells)]);
        }
        (edges, gutters) = ColumnFinder.WithoutSplitAlignment(edges, gutters, block, headerLines);
        (edges, gutters) = LineGaps.WithTextGaps(edges, gutters, block);
        (edges, gutters) = GutterNarrowing.AwayFromCells(edges, gutters, block);
        var columns = edges.Length - 1;
        if (columns < 2) return null;
        // A framed table is as wide as its rules, whatever its lines reach on this page.
        if (frame is not null) (edges[0], edges[^1]) = (Math.Min(edges[0], frame.X0), Math.Max(edges[^1], frame.X1));

        var content = ContentExtents(block, edges, IsEvidence);
        List<List<PlacedCell>> PlaceAll(List<StreamLine> lines) => [.. lines.Select((l, i) => l.Cells.Select(c => Place(c, edges, content, i)).ToList())];
        var placed = PlaceAll(block);
        var columnRight = new double[columns];
        foreach (var p in placed.SelectMany(x => x).Where(p => p.First == p.Last))
            columnRight[p.First] = Math.Max(columnRight[p.First], p.Cell.Box.X1);

        var firstAnchor = block.FindIndex(IsAnchor);
        var groups = OverlapGroups(block);
        if (CentredLabels.SplitLabelLines(block, placed, groups) is { } labelLines && labelLines != block)
        {
            (block, placed, groups) = (labelLines, PlaceAll(labelLines), OverlapGroups(labelLines));
        }
        if (CentredLabels.JoinWrappedLabels(block, placed, groups) is { } joinedLabels && joinedLabels != block)
        {
            (block, placed, groups) = (joinedLabels, PlaceAll(joinedLabels), OverlapGroups(joinedLabels));
        }
        var floating = CentredLabels.Find(block, placed, groups);
        if (floating.Count > 0 && CentredLabels.SplitSharedLabels(block, placed, groups) is { } split && split != block)
        {
            (block, placed, groups) = (split, PlaceAll(split), OverlapGroups(split));
            floating = CentredLabels.Find(block, placed, groups);
        }
        groups = [.. groups.SelectMany(g => Regroup([.. g.Where(i => !floating.Contains(i))], block)).Where(g => g.Count > 0)];
        var threshold = RowGapThreshold(block, groups);
        var rows = new List<List<int>>();
        var pending = new List<int>();
        for (var k = 0; k < groups.Count; k++)
        {
            var group = groups[k];
            var first = block[group[0]];
            var isHeader = firstAnchor < 0 || group.All(i => i < firstAnchor);
            var anchor = !isHeader && group.Any(i => IsAnchor(block[i]));
            if (rows.Count > 0 && pending.Count == 0)
            {
                var previousLine = block[rows[^1][^1]];
                var lineGap = first.Box.Y0 - previousLine.Box.Y1;
                var continues = threshold is { } t
                    ? lineGap <= t && !RuleBetween(rules, previousLine, first) && NoDataClash(placed, rows[^1], group, columnRight, content, first.FontSize)
                    : !anchor && Continues(block, placed, rows[^1], group, columnRight, rules);
                continues = continues || GoesOnInLowerCase(block, group, rows[^1], previousLine, rules);
                if (continues)
                {
                    rows[^1].AddRange(group);
                    continue;
                }
            }
            if (threshold is null && !isHeader && !anchor && k + 1 < groups.Count && groups[k + 1].Any(i => IsAnchor(block[i]))
                && StartsWrappedCell(block, placed, group, groups[k + 1], columnRight)
                && block[groups[k + 1][0]].Box.Y0 - block[group[^1]].Box.Y1 < first.FontSize
                && !RuleBetween(rules, block[group[^1]], block[groups[k + 1][0]]))
            {
                pending.AddRange(group);
                continue;
            }
            rows.Add([.. pending, .. group]);
            pending.Clear();
        }
        if (pending.Count > 0) rows.Add([.. pending]);
        rows = HeaderLevels.Split(rows, block, placed, IsAnchor);

        var spans = CentredLabels.Attach(rows, floating, block, placed);
        var cells = BuildCells(rows, placed, block, edges, spans);
        var box = Box.Bounding(block.Select(l => l.Box));
        if (frame is not null) box = box with { Y0 = Math.Min(box.Y0, frame.Top), Y1 = Math.Max(box.Y1, frame.Bottom) };
        return new Fragment(page.Number, box with { X0 = edges[0], X1 = edges[^1] }, page.Page.Width, page.Page.Height,
            edges, rows.Count, cells, Ruled: false) { Gutters = [.. gutters], Framed = frame is not null };
    }

    /// <summary>
    /// Lines all of whose texts start with a lower-case letter (satisfaction with online | service good or very good),
    /// right under the row above, go on with its texts: an English row starts with a capital, a number or a code; a
    /// wrapped text goes on in lower case however far the rows of the table are apart. Under a row of labels only, the
    /// line may hold the row's values too: they are set at the foot of a wrapped label (Agriculture, forestry / and
    /// fishing | 1,131 | 600).
    /// </summary>
    private static bool GoesOnInLowerCase(List<StreamLine> block, List<int> group, List<int> row, StreamLine previousLine, List<Ruling> rules)
    {
        var first = block[group[0]];
        if (first.Box.Y0 - previousLine.Box.Y1 >= first.FontSize || RuleBetween(rules, previousLine, first)) return false;
        var cells = group.SelectMany(i => block[i].Cells).OrderBy(c => c.Box.X0).ToList();
        var labelsOnlyAbove = !row.SelectMany(i => block[i].Cells).Any(c => CellValues.IsValueLike(c.Text));
        return StartsLowerCase(cells[0]) && cells.All(c => StartsLowerCase(c) || labelsOnlyAbove && CellValues.IsValueLike(c.Text));

        static bool StartsLowerCase(StreamCell cell) => cell.Text.TrimStart() is { Length: > 0 } t && char.IsAsciiLetterLower(t[0]);
    }

    /// <summary>
    /// A line of one or two form keys (项目名称, 主管部门) each followed by its value, a text that is no key: a form's row,
    /// not headings (a header line holds more headings, 预算单位 | 科目编码 | 科目名称 | …).
    /// </summary>
    private static bool KeyBesideValue(StreamLine line)
    {
        var cells = line.Cells.OrderBy(c => c.Box.X0).ToList();
        return cells.Count is 2 or 4 && cells.Select((c, i) => HeaderRowCounter.IsFormKey(c.Text) == (i % 2 == 0)).All(alternates => alternates);
    }

    /// <summary>
    /// The lowest header line's headings, each as wide as the heading it ends: a heading wrapped over two lines
    /// (一般公共预算 / 拨款) leaves its short last line inside the gutter between two amount columns, where it would
    /// make a blank column of its own. A heading whose lines start together is left-aligned: its column starts there.
    /// </summary>
    private static IEnumerable<(StreamCell Heading, bool LeftAligned)> WrappedHeadings(StreamLine lowest, List<StreamLine> headerLines)
    {
        var leading = RowBands.MaxLeadingRatio * lowest.FontSize;
        foreach (var cell in lowest.Cells)
        {
            var (box, lines, leftAligned) = (cell.Box, 1, true);
            for (var above = Above(box); above is not null; above = Above(box), lines++)
            {
                leftAligned &= Math.Abs(above.Box.X0 - box.X0) <= 1;
                box = Box.Bounding([box, above.Box]);
            }
            yield return (cell with { Box = box }, lines > 1 && leftAligned);
        }

        StreamCell? Above(Box box) => headerLines.SelectMany(l => l.Cells).FirstOrDefault(c => c.Box.Y1 <= box.Y0 + 0.5
            && box.Y0 - c.Box.Y1 <= leading && c.Box.OverlapsHorizontally(box) && (c.Box.X0 < box.X0 - 0.5 || c.Box.X1 > box.X1 + 0.5)
            && (Math.Abs(c.Box.X0 - box.X0) <= 1 || Math.Abs(c.Box.CenterX - box.CenterX) <= 1));
    }

    /// <summary>Where each column's values actually sit (from data rows), to place headers centred over narrow columns.</summary>
    private static (double X0, double X1)[] ContentExtents(List<StreamLine> block, double[] edges, Func<StreamLine, bool> isData)
    {
        var extents = new (double X0, double X1)[edges.Length - 1];
        for (var c = 0; c < extents.Length; c++) extents[c] = (double.MaxValue, double.MinValue);
        var evidence = block.Where(isData).ToList();
        if (evidence.Count == 0) evidence = block;
        foreach (var cell in evidence.SelectMany(l => l.Cells))
        {
            var c = Gutter.ColumnAt(edges, cell.Box.CenterX);
            extents[c] = (Math.Min(extents[c].X0, cell.Box.X0), Math.Max(extents[c].X1, cell.Box.X1));
        }
        // A column no data row fills (a heading over blank cells) reaches as far as the cells printed in it.
        var filled = extents.Select(e => e.X0 <= e.X1).ToArray();
        foreach (var cell in block.Where(l => !isData(l)).SelectMany(l => l.Cells))
        {
            var c = Gutter.ColumnAt(edges, cell.Box.CenterX);
            if (!filled[c] && cell.Box.X0 >= edges[c] - 0.5 && cell.Box.X1 <= edges[c + 1] + 0.5)
                extents[c] = (Math.Min(extents[c].X0, cell.Box.X0), Math.Max(extents[c].X1, cell.Box.X1));
        }
        for (var c = 0; c < extents.Length; c++)
            if (extents[c].X0 > extents[c].X1) extents[c] = (edges[c], edges[c + 1]);
        return extents;
    }

    /// <summary>
    /// A cell covers the columns whose values it overlaps; a header centred over a narrow number column
    /// reaches into its neighbour's empty margin without spanning it.
    /// </summary>
    private static PlacedCell Place(StreamCell cell, double[] edges, (double X0, double X1)[] content, int line)
    {
        var first = -1;
        var last = -1;
        for (var c = 0; c < content.Length; c++)
        {
            var overlap = Math.Min(cell.Box.X1, content[c].X1) - Math.Max(cell.Box.X0, content[c].X0);
            if (overlap <= 0.5) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first < 0) first = last = Gutter.ColumnAt(edges, cell.Box.CenterX);
        else if (first != last)
        {
            // A cell overflowing a little into its neighbour still belongs to one column.
            for (var c = first; c <= last; c++)
            {
                var inside = Math.Min(cell.Box.X1, edges[c + 1]) - Math.Max(cell.Box.X0, edges[c]);
                if (inside >= 0.85 * cell.Box.Width) return new PlacedCell(cell, c, c, line);
            }
        }
        return new PlacedCell(cell, first, last, line);
    }


    /// <summary>Lines whose boxes overlap vertically are one row: the interleaved lines of vertically centred wrapped cells.</summary>
    private static List<List<int>> OverlapGroups(List<StreamLine> block) =>
        [.. RowBands.Of(block).Select(b => Enumerable.Range(b.First, b.Count).ToList())];

    /// <summary>
    /// The overlap groups of a group's lines once its floating labels are out: a label centred between two rows
    /// overlaps both and had made them one group (市工业和信息化局本级 between 87,000 and 235,000).
    /// </summary>
    private static IEnumerable<List<int>> Regroup(List<int> group, List<StreamLine> block) =>
        RowBands.Of([.. group.Select(i => block[i])]).Select(b => group.GetRange(b.First, b.Count));

    /// <summary>
    /// Evidence from the whole table: the smallest gaps between line groups are the leading inside wrapped
    /// cells (well under a line's height); when the next larger gaps are clearly apart from them, every gap
    /// from there up separates rows (however their padding varies with vertically centred cells). Of several
    /// clear steps, the last one still above a leading-sized gap: a few lines set closer still (labels between
    /// indicator rows) are not the leading of the wrapped texts. Null when the gaps are all alike (single-spaced
    /// rows, or no cell wraps): rows must then be told apart by content.
    /// </summary>
    private static double? RowGapThreshold(List<StreamLine> block, List<List<int>> groups)
    {
        if (groups.Count < 3) return null;
        var size = block.Average(l => l.FontSize);
        var gaps = new List<double>();
        for (var k = 1; k < groups.Count; k++)
            gaps.Add(block[groups[k][0]].Box.Y0 - groups[k - 1].Max(i => block[i].Box.Y1));
        gaps.Sort();
        // A fifth of the type size: a browser sets rows 2.8 pt further apart than the lines of a wrapped cell (12 pt type).
        var minJump = Math.Max(0.2 * size, 1.5);
        double? threshold = null;
        for (var k = 1; k < gaps.Count; k++)
        {
            if (gaps[k] - gaps[k - 1] < minJump && !LoneBetween(gaps, k, minJump)) continue;
            if (gaps[k - 1] > RowBands.MaxLeadingRatio * size) return threshold;
            threshold = (gaps[k - 1] + gaps[k]) / 2;
        }
        return threshold;
    }

    /// <summary>
    /// One gap between the leading of wrapped cells and the gaps between rows, clearly off both (a row's rest carried
    /// over the page, set apart from the row above by neither): it is taken for a row's gap, since joining two rows is
    /// worse than cutting one.
    /// </summary>
    private static bool LoneBetween(List<double> sortedGaps, int k, double minJump) =>
        k + 1 < sortedGaps.Count && sortedGaps[k + 1] - sortedGaps[k - 1] >= minJump
        && sortedGaps[k] - sortedGaps[k - 1] >= minJump / 2 && sortedGaps[k - 1] - sortedGaps[0] < minJump;

    /// <summary>
    /// Joining a group to a row must never put two values in one cell, unless the upper value filled its
    /// column's whole width and the lower one starts where it starts (a long code wrapped: 215080 / 1); a right-aligned
    /// amount reaches only the right end.
    /// </summary>
    private static bool NoDataClash(List<List<PlacedCell>> placed, List<int> row, List<int> group, double[] columnRight,
        (double X0, double X1)[] content, double fontSize)
    {
        foreach (var p in group.SelectMany(i => placed[i]))
        {
            if (!CellValues.IsData(p.Cell.Text)) continue;
            var above = row.SelectMany(r => placed[r]).Where(q => q.First <= p.Last && q.Last >= p.First).ToList();
            if (above.Count == 0) continue;
            var upper = above[^1];
            // The wrapped rest starts where the value starts; a right-aligned amount below (0 under 5,212) does not. It is
            // narrower than the full line above it: a value as wide (20.00 under 20.00, rows of a scan whose boxes
            // overlap) is the next row's.
            var full = upper.First == upper.Last && upper.Cell.Box.X1 >= columnRight[upper.First] - 1.5 * fontSize
                       && upper.Cell.Box.X0 <= content[upper.First].X0 + 1.5 * fontSize
                       && Math.Abs(p.Cell.Box.X0 - upper.Cell.Box.X0) <= 0.5 * fontSize
                       && p.Cell.Box.Width < upper.Cell.Box.Width - 0.5 * fontSize;
            if (CellValues.IsData(upper.Cell.Text) && !full) return false;
        }
        return true;
    }

    /// <summary>A wrapped line leaves less than one character's width free at the end of its column.</summary>
    private const double WrapSlackRatio = 1.0;

    /// <summary>
    /// A cell's wrapped line keeps its alignment: it starts where the line above starts, is centred under it or ends where
    /// it ends, or the line above is a paragraph's first line, indented. A line that does none of these is the next row's,
    /// however full the line above (a centred head row's 产出指标 over the next row's left-aligned 效益指标, Chromium's th).
    /// </summary>
    private static bool WrapsUnder(Box rest, Box above, double fontSize) =>
        Math.Abs(rest.X0 - above.X0) <= AlignedEdgeRatio * fontSize || Math.Abs(rest.X1 - above.X1) <= AlignedEdgeRatio * fontSize
        || Math.Abs(rest.CenterX - above.CenterX) <= AlignedCentreRatio * fontSize
        || above.X0 > rest.X0 && above.X0 - rest.X0 <= MaxIndentRatio * fontSize && above.Width >= MinParagraphLineRatio * fontSize;

    private const double AlignedEdgeRatio = 0.3;
    private const double AlignedCentreRatio = 0.6;

    /// <summary>A paragraph's first line is indented up to this many ems (two characters, 首行缩进).</summary>
    private const double MaxIndentRatio = 2.5;

    /// <summary>A paragraph's first line is at least this many ems wide.</summary>
    private const double MinParagraphLineRatio = 8;

    /// <summary>A group continues the current row when each of its cells sits under a cell of that row that was full (it wrapped).</summary>
    private static bool Continues(List<StreamLine> block, List<List<PlacedCell>> placed, List<int> row, List<int> group, double[] columnRight, List<Ruling> rules)
    {
        var line = block[group[0]];
        var last = block[row[^1]];
        if (line.Box.Y0 - last.Box.Y1 > line.FontSize || RuleBetween(rules, last, line)) return false;
        if (group.Any(i => block[i].Cells.Any(c => CellValues.IsData(c.Text)))) return false;
        foreach (var p in group.SelectMany(i => placed[i]))
        {
            // A table number (附表15-5) opens the next entry of a list of tables, however full the row above.
            if (p.First == 0 && CaptionPatterns.Number().Match(p.Cell.Text) is { Success: true } number && number.Groups[2].Length == 0) return false;
            if (p.First != p.Last) return false;
            var above = row.SelectMany(r => placed[r]).Where(q => q.First == p.First && q.Last == p.Last).LastOrDefault();
            if (above.Cell is null) return false;
            var slack = (WrapSlackRatio + (CellText.PushedByLineBreakRules(p.Cell.Text) ? 1 : 0)) * line.FontSize;
            if (above.Cell.Box.X1 <= columnRight[p.First] - slack) return false;
            if (!WrapsUnder(p.Cell.Box, above.Cell.Box, line.FontSize)) return false;
            if (NextListedItem(block, placed, p, above)) return false;
        }
        return true;
    }

    /// <summary>A column listing this many numbered items or more (一、… 廿四、 of a 收支总表's 支出 side) holds one per row.</summary>
    private const int MinListedItems = 5;

    /// <summary>
    /// The line opens a numbered item under one that opened an item too, in a column listing many (十三、商业服务业等支出
    /// under 十二、资源勘探工业信息等支出, which filled its column): the next row, however full the line above. A short list
    /// in a paragraph cell (1. … 2. …) goes on as the cell's lines.
    /// </summary>
    private static bool NextListedItem(List<StreamLine> block, List<List<PlacedCell>> placed, PlacedCell cell, PlacedCell above)
    {
        if (!CellText.IsEnumerated(cell.Cell.Text) || !CellText.IsEnumerated(above.Cell.Text)) return false;
        var listed = placed.Count(line => line.Any(q => q.First == cell.First && q.Last == cell.Last && CellText.IsEnumerated(q.Cell.Text)));
        return listed >= MinListedItems;
    }

    /// <summary>A text-only group just above a data group whose cells fill their columns: the first half of a vertically centred wrapped cell.</summary>
    private static bool StartsWrappedCell(List<StreamLine> block, List<List<PlacedCell>> placed, List<int> group, List<int> nextGroup, double[] columnRight)
    {
        var next = nextGroup.SelectMany(i => placed[i]).ToList();
        var cells = group.SelectMany(i => placed[i]).ToList();
        foreach (var p in cells)
        {
            if (p.First != p.Last) return false;
            if (next.Any(q => q.First <= p.First && q.Last >= p.First)) return false;
            if (p.Cell.Box.X1 < columnRight[p.First] - 1.5 * block[group[0]].FontSize) return false;
        }
        return cells.Count > 0;
    }

    private static bool RuleBetween(List<Ruling> rules, StreamLine upper, StreamLine lower)
    {
        var width = Math.Max(upper.Box.Width, lower.Box.Width);
        return rules.Any(r => r.Y0 > upper.Box.Y1 - 0.5 && r.Y0 < lower.Box.Y0 + 0.5 && r.Length >= 0.5 * width
                              && r.X0 < Math.Max(upper.Box.X1, lower.Box.X1) && r.X1 > Math.Min(upper.Box.X0, lower.Box.X0));
    }

    private static ImmutableArray<FragmentCell> BuildCells(List<List<int>> rows, List<List<PlacedCell>> placed, List<StreamLine> block,
        double[] edges, Dictionary<int, int> spans)
    {
        var columns = edges.Length - 1;
        var cells = ImmutableArray.CreateBuilder<FragmentCell>();
        // Row extents come from the rows' own lines, not from the centred labels placed into them.
        var tops = rows.Select(r => r.Where(i => !spans.ContainsKey(i)).DefaultIfEmpty(r[0]).Min(i => block[i].Box.Y0)).ToArray();
        var bottoms = rows.Select(r => r.Where(i => !spans.ContainsKey(i)).DefaultIfEmpty(r[0]).Max(i => block[i].Box.Y1)).ToArray();
        var covered = new HashSet<(int Row, int Col)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var top = tops[r];
            var bottom = bottoms[r];
            var rowSpan = new Dictionary<int, int>();
            var groups = new List<(int First, int Last, List<PageWord> Words)>();
            foreach (var p in rows[r].SelectMany(i => placed[i]).OrderBy(p => p.First == p.Last ? 1 : 0))
            {
                if (spans.TryGetValue(p.LineIndex, out var span)) rowSpan[p.First] = span;
                var overlapping = groups.Where(g => g.First <= p.Last && g.Last >= p.First).ToList();
                var first = overlapping.Select(g => g.First).Append(p.First).Min();
                var last = overlapping.Select(g => g.Last).Append(p.Last).Max();
                var words = overlapping.SelectMany(g => g.Words).Concat(p.Cell.Words).ToList();
                foreach (var g in overlapping) groups.Remove(g);
                groups.Add((first, last, words));
            }
            for (var c = 0; c < columns; c++)
            {
                var group = groups.FirstOrDefault(g => g.First == c);
                if (group.Words is not null)
                {
                    var down = rowSpan.GetValueOrDefault(c, 1);
                    for (var below = r + 1; below < r + down; below++)
                        for (var k = c; k <= group.Last; k++) covered.Add((below, k));
                    cells.Add(new FragmentCell(r, c, down, group.Last - group.First + 1, CellText.Join(group.Words),
                        new Box(edges[c], top, edges[group.Last + 1], bottoms[r + down - 1])) { Content = Box.Bounding(group.Words.Select(w => w.Word.Box)) });
                    c = group.Last;
                }
                else if (!covered.Contains((r, c)))
                {
                    cells.Add(new FragmentCell(r, c, 1, 1, "", new Box(edges[c], top, edges[c + 1], bottom)));
                }
            }
        }
        return cells.ToImmutable();
    }
}
