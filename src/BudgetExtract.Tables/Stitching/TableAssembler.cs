using System.Collections.Immutable;
using BudgetExtract.Tables.Model;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Stitching;

/// <summary>Builds one <see cref="Table"/> from its parts: later parts' repeated headers dropped, columns mapped by position.</summary>
internal static class TableAssembler
{
    /// <summary>A row of headings fills at least this many cells …</summary>
    private const int MinHeadingCells = 3;

    /// <summary>… each at most this many characters long (一级指标, 年度指标值, 偏差原因分析).</summary>
    private const int MaxHeadingLength = 6;

    public static Table Assemble(IReadOnlyList<Fragment> parts)
    {
        parts = UnruledColumns.Align(parts);
        var head = parts[0];
        // The finest column grid among the parts is the table's grid; coarser parts get column spans.
        var reference = parts.MaxBy(p => p.ColumnCount)!;
        var edges = reference.ColumnEdges;
        var headerRows = head.HeaderRows;
        var rows = new List<List<TableCell>>();
        var rowCount = 0;
        var previousWords = CutRows.PartWords.None;
        Fragment? previousPart = null;
        foreach (var part in parts)
        {
            var skip = part == head ? 0 : RepeatedHeaderRows(head, previousPart!, part);
            previousPart = part;
            var scale = part.PageWidth > 0 && reference.PageWidth > 0 ? reference.PageWidth / part.PageWidth : 1;
            var partCells = part.Cells.Where(c => c.Row >= skip).Select(c =>
            {
                var (first, last) = MapSpan(part.ColumnEdges[c.Col] * scale, part.ColumnEdges[c.Col + c.ColSpan] * scale, edges);
                return new TableCell(rowCount + c.Row - skip, first, c.RowSpan, last - first + 1,
                    part == head && c.Row < headerRows, c.Text, part.Page, c.Box);
            }).ToList();
            var partRows = part.RowCount - skip;
            if (part != head) JoinCarriedOver(part, scale, edges, head, rows);
            // The rest of a row cut by the page break after all its text was printed (borders only): dropped, and
            // the row after it starts afresh.
            var cutRowRest = part != head && partRows > 1
                && partCells.Where(c => c.Row == rowCount).All(c => c.Text.Length == 0 && c.RowSpan == 1);
            if (cutRowRest) DropFirstRow();
            // A header row of the part's own, a row of short headings (一级指标 | 二级指标 | 三级指标 … opening a form's
            // indicator section), is never a cut row's rest.
            var opensWithOwnHeader = part.HeaderRows > skip && partCells.Where(c => c.Row == rowCount && c.Text.Length > 0).ToList() is { Count: >= MinHeadingCells } headings
                                     && headings.All(c => c.Text.Length <= MaxHeadingLength);
            if (part != head && !cutRowRest && !opensWithOwnHeader && partRows > 0 && CutRows.ContinuesPreviousRow(partCells, rowCount, rows, previousWords))
            {
                MergeIntoPreviousRow(partCells, rowCount, rows);
                DropFirstRow();
            }
            for (var r = 0; r < partRows; r++) rows.Add([]);
            foreach (var c in partCells) rows[c.Row].Add(c);
            rowCount += partRows;
            previousWords = CutRows.PartWords.Of(part);

            void DropFirstRow()
            {
                partCells = [.. partCells.Where(c => c.Row != rowCount).Select(c => c with { Row = c.Row - 1 })];
                partRows--;
            }
        }

        var caption = parts.Select(p => p.Caption).FirstOrDefault(c => !c.IsEmpty) ?? TableCaption.None;
        return new Table(
            caption.Number,
            caption.Title,
            parts.Select(p => p.Caption.Unit).FirstOrDefault(u => u is not null),
            [.. parts.Select(p => p.Page).Distinct().Order()],
            edges.Length - 1,
            headerRows,
            rowCount,
            DeduplicatePositions([.. rows.SelectMany(r => r)]),
            [.. parts.SelectMany(p => p.Notes)],
            caption.MetaLines);
    }

    /// <summary>The reference columns a span [x0, x1] covers.</summary>
    private static (int First, int Last) MapSpan(double x0, double x1, double[] edges)
    {
        var first = -1;
        var last = -1;
        for (var j = 0; j < edges.Length - 1; j++)
        {
            var overlap = Math.Min(x1, edges[j + 1]) - Math.Max(x0, edges[j]);
            if (overlap < 0.5 * (edges[j + 1] - edges[j])) continue;
            if (first < 0) first = j;
            last = j;
        }
        if (first >= 0) return (first, last);
        // Narrower than every column: the one it overlaps most.
        var best = 0;
        var bestOverlap = double.MinValue;
        for (var j = 0; j < edges.Length - 1; j++)
        {
            var overlap = Math.Min(x1, edges[j + 1]) - Math.Max(x0, edges[j]);
            if (overlap > bestOverlap) (best, bestOverlap) = (j, overlap);
        }
        return (best, best);
    }

    /// <summary>
    /// The text carried over the page above the part goes on with the cell of the previous page's last row in the column
    /// where each line starts (需进一步解决就业难和招工难结 / 构性 / 矛盾). The table's first row printed again over the page, and
    /// a line under an empty cell, are left out.
    /// </summary>
    private static void JoinCarriedOver(Fragment part, double scale, double[] edges, Fragment head, List<List<TableCell>> rows)
    {
        if (part.CarriedOver.IsEmpty || rows.Count == 0) return;
        var previous = rows[^1];
        var firstRow = head.TextRows().FirstOrDefault() ?? [];
        HashSet<string> repeatedFirstRow = [.. firstRow.Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize), ContinuedTableStitcher.Normalize(string.Concat(firstRow))];
        foreach (var (box, text) in part.CarriedOver)
        {
            if (repeatedFirstRow.Contains(ContinuedTableStitcher.Normalize(text))) continue;
            // By where the line starts: the previous page's columns may have been wider than the table's finest grid.
            var col = Gutter.ColumnAt(edges, box.X0 * scale + 1);
            var i = previous.FindIndex(p => p.Col <= col && p.Col + p.ColSpan > col && p.Text.Length > 0);
            // Values never go on over the page: a year or an amount there is a heading printed again.
            if (i < 0 || Cells.CellValues.IsValueLike(previous[i].Text) || Cells.CellValues.IsValueLike(text)) continue;
            previous[i] = GoneOnWith(previous[i], text);
        }
    }

    /// <summary>The cell's text going on with the rest cut from it (a space only between Latin words).</summary>
    private static TableCell GoneOnWith(TableCell cell, string rest) =>
        cell with { Text = cell.Text + (Cells.CellText.NeedsSpace(cell.Text[^1], rest[0]) ? " " : "") + rest };

    private static void MergeIntoPreviousRow(List<TableCell> partCells, int firstRow, List<List<TableCell>> rows)
    {
        var previous = rows[^1];
        foreach (var c in partCells.Where(c => c.Row == firstRow && c.Text.Length > 0))
        {
            var i = previous.FindIndex(p => p.Col <= c.Col && p.Col + p.ColSpan > c.Col && p.Text.Length > 0);
            previous[i] = GoneOnWith(previous[i], c.Text);
        }
    }

    /// <summary>
    /// A form has no column-heading row, but producers repeat its first row (项目名称 | …) at the top of each
    /// page as a table header: the same key | value pair (a row of column headings repeated is left to the
    /// header rules; the seed documents keep such rows where the source printed them).
    /// </summary>
    private static bool RepeatsFirstRow(Fragment head, Fragment part)
    {
        if (head.HeaderRows != 0 || part.RowCount < 2 || head.RowCount < 1 || !Headers.HeaderRowCounter.IsKeyValueRow(head.TextRows()[0])) return false;
        var a = head.TextRows()[0].Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToList();
        var b = part.TextRows()[0].Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToList();
        return a.Count == 2 && a.SequenceEqual(b);
    }

    /// <summary>
    /// The part's leading rows repeat the first header rows only (a producer repeating one header row of two),
    /// while its later rows counted as header are text-only body rows: how many leading rows are repeated.
    /// </summary>
    private static int RepeatedHeaderPrefix(Fragment head, Fragment part)
    {
        if (head.HeaderRows == 0 || part.HeaderRows <= 1) return 0;
        var headTexts = head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0)
            .Select(ContinuedTableStitcher.Normalize).ToHashSet();
        var rows = part.TextRows();
        var k = 0;
        while (k < Math.Min(part.HeaderRows, head.HeaderRows) && rows[k].Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize)
                   .ToList() is { Count: >= 2 } texts && texts.All(headTexts.Contains))
            k++;
        return k;
    }

    /// <summary>
    /// A producer repeating a body row as the heading of every continuation page (LibreOffice: 年度绩效指标 | 产出指标 |
    /// 时效指标 | … | 100% atop pages 2 and 3; 年度主要任务 | … | 274 atop page 2): the part opens with the previous
    /// part's first row, the same text in the same order, a value among it. Cell by cell it may differ: printed as a heading
    /// (Chromium's th, centred, spanning the blank cells after it), two amounts fall into one column (274 274).
    /// </summary>
    private static bool RepeatsFirstRowOf(Fragment previous, Fragment part)
    {
        if (previous.RowCount < 2 || part.RowCount < 2) return false;
        var a = previous.TextRows()[0].Select(ContinuedTableStitcher.Normalize).ToList();
        var b = part.TextRows()[0].Select(ContinuedTableStitcher.Normalize).ToList();
        return a.Count(t => t.Length > 0) >= 3 && a.Any(Cells.CellValues.IsValueLike) && string.Concat(a) == string.Concat(b);
    }

    /// <summary>How many leading rows of a continuation repeat the table's header, or a row printed as a heading (and are dropped).</summary>
    private static int RepeatedHeaderRows(Fragment head, Fragment previous, Fragment part) =>
        WithMisreadHeaderRows(head, part, ExactlyRepeatedRows(head, previous, part));

    /// <summary>
    /// OCR misreads a character or two of a repeated header row (2023年预算数 read 2023年蔬算数 and 2023伯蔬算数 on page 2
    /// of a 1-bit scan), so the part's header rules do not count it and it stays a body row: the part's next leading
    /// rows that repeat the table's header row of the same place, cell for cell, are dropped too.
    /// </summary>
    private static int WithMisreadHeaderRows(Fragment head, Fragment part, int skip)
    {
        var headRows = head.TextRows();
        var partRows = part.TextRows();
        while (skip < head.HeaderRows && skip < partRows.Length - 1 && NearlySame(Texts(headRows[skip]), Texts(partRows[skip])))
            skip++;
        return skip;

        static List<string> Texts(IEnumerable<string> row) => [.. row.Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize)];
    }

    /// <summary>
    /// Two rows of headings, cell for cell: as many cells (two or more), one at least the same, the others as long with
    /// at most two Chinese characters misread (digits and other characters equal: an amount row is never a heading row).
    /// </summary>
    private static bool NearlySame(List<string> head, List<string> part) =>
        head.Count >= 2 && head.Count == part.Count && head.Zip(part).Any(p => p.First == p.Second)
        && head.Zip(part).All(p => p.First == p.Second || p.First.Length >= MinMisreadHeading && ContinuedTableStitcher.MisreadCharacters(p.First, p.Second) <= MaxMisreadInHeading);

    /// <summary>A heading this long may have characters misread (2–3 character headings are too easily other words).</summary>
    private const int MinMisreadHeading = 4;

    private const int MaxMisreadInHeading = 2;

    private static int ExactlyRepeatedRows(Fragment head, Fragment previous, Fragment part)
    {
        if (part.HeaderRows > 0 && ContinuedTableStitcher.SameHeader(head, part)) return part.HeaderRows;
        if (RepeatedHeaderPrefix(head, part) is > 0 and var prefix) return prefix;
        if (part.HeaderRows <= head.HeaderRows && RepeatsHeader(head, part)) return part.HeaderRows;
        if (LeadingHeaderRowsRepeated(head, part) is > 0 and var repeated) return repeated;
        return RepeatsFirstRow(head, part) || RepeatsFirstRowOf(previous, part) ? 1 : 0;
    }

    /// <summary>
    /// The part opens with the table's first header rows printed again, row for row, although its own header
    /// rules did not count them as header (a title row spanning the table, repeated over a cut row's rest).
    /// </summary>
    private static int LeadingHeaderRowsRepeated(Fragment head, Fragment part)
    {
        var headRows = head.TextRows();
        var partRows = part.TextRows();
        var k = 0;
        while (k < head.HeaderRows && k < partRows.Length - 1 && Texts(partRows[k]) is { Count: > 0 } texts
               && texts.Sum(t => t.Length) >= 4 && texts.SequenceEqual(Texts(headRows[k])))
            k++;
        return k;

        static List<string> Texts(IEnumerable<string> row) => [.. row.Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize)];
    }

    private static bool RepeatsHeader(Fragment head, Fragment part)
    {
        if (part.HeaderRows == 0) return false;
        // A header repeated with small differences (a wrapped word, a renamed year) is still a repeated header.
        var a = head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToHashSet();
        var b = part.TextRows().Take(part.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToList();
        return b.Count > 0 && b.Count(a.Contains) >= 0.5 * b.Count;
    }

    /// <summary>Two part-columns mapped onto one column: keep one cell per position, texts joined.</summary>
    private static ImmutableArray<TableCell> DeduplicatePositions(ImmutableArray<TableCell> cells)
    {
        var byPosition = new Dictionary<(int, int), TableCell>();
        foreach (var c in cells)
        {
            if (byPosition.TryGetValue((c.Row, c.Col), out var existing))
            {
                var text = existing.Text.Length == 0 ? c.Text : c.Text.Length == 0 ? existing.Text : existing.Text + " " + c.Text;
                byPosition[(c.Row, c.Col)] = existing with { Text = text, Box = existing.Box.Union(c.Box) };
            }
            else
            {
                byPosition[(c.Row, c.Col)] = c;
            }
        }
        return [.. byPosition.Values.OrderBy(c => c.Row).ThenBy(c => c.Col)];
    }
}
