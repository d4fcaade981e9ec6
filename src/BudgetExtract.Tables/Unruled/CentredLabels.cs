using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Labels spanning several rows (一级指标 产出指标 over its 二级 and 三级 rows) are printed vertically centred
/// on their span, so their line floats between rows, often closer to a later row than to the first. Such a
/// line — one text cell, in a column that neither its own row group nor the groups above and below use — is
/// kept out of row building, then placed at the top of the run of rows it is centred on, with that row span.
/// </summary>
internal static class CentredLabels
{
    /// <summary>A span is accepted when its middle is within this share of the font size of the label's middle.</summary>
    private const double CentreToleranceRatio = 0.6;

    /// <summary>The block lines that are floating labels.</summary>
    public static HashSet<int> Find(List<StreamLine> block, List<List<PlacedCell>> placed, List<List<int>> groups)
    {
        var floating = new HashSet<int>();
        var columns = placed.SelectMany(p => p).Select(p => p.Last).DefaultIfEmpty(0).Max() + 1;
        for (var k = 1; k + 1 < groups.Count; k++)
        {
            foreach (var i in groups[k])
            {
                if (placed[i].Count == 1 && IsLoneLabel(placed[i][0], placed, groups, k, columns)) floating.Add(i);
            }
        }
        return floating;
    }

    /// <summary>
    /// In a table that centres its labels (it has at least one floating line), a label can also share the
    /// baseline of a row it is centred on (an odd number of rows): such cells become lines of their own, so
    /// that <see cref="Find"/> sees them. Returns the block unchanged when there is nothing to split.
    /// </summary>
    public static List<StreamLine> SplitSharedLabels(List<StreamLine> block, List<List<PlacedCell>> placed, List<List<int>> groups) =>
        Split(block, placed, groups, wholeLinesOnly: false);

    /// <summary>
    /// Labels of several columns centred on the same rows (效益指标 社会效益指标 between two wrapped rows)
    /// print as one line of labels only: each becomes a line of its own, so that <see cref="Find"/> sees them.
    /// </summary>
    public static List<StreamLine> SplitLabelLines(List<StreamLine> block, List<List<PlacedCell>> placed, List<List<int>> groups) =>
        Split(block, placed, groups, wholeLinesOnly: true);

    private static List<StreamLine> Split(List<StreamLine> block, List<List<PlacedCell>> placed, List<List<int>> groups, bool wholeLinesOnly)
    {
        var split = new Dictionary<int, HashSet<StreamCell>>();
        var columns = placed.SelectMany(p => p).Select(p => p.Last).DefaultIfEmpty(0).Max() + 1;
        for (var k = 1; k + 1 < groups.Count; k++)
        {
            foreach (var i in groups[k])
            {
                if (placed[i].Count < 2) continue;
                var labels = placed[i].Where(p => IsLoneLabel(p, placed, groups, k, columns)).ToList();
                if (labels.Count == 0 || (wholeLinesOnly && labels.Count < placed[i].Count)) continue;
                split[i] = [.. labels.Select(l => l.Cell)];
            }
        }
        if (split.Count == 0) return block;
        var result = new List<StreamLine>();
        for (var i = 0; i < block.Count; i++)
        {
            if (!split.TryGetValue(i, out var labels))
            {
                result.Add(block[i]);
                continue;
            }
            foreach (var label in labels) result.Add(block[i] with { Box = label.Box, Cells = [label] });
            var rest = block[i].Cells.Where(c => !labels.Contains(c)).ToList();
            if (rest.Count > 0) result.Add(block[i] with { Box = Geometry.Box.Bounding(rest.Select(c => c.Box)), Cells = rest });
        }
        result.Sort((a, b) => a.Box.Y0.CompareTo(b.Box.Y0));
        return result;
    }

    /// <summary>
    /// A centred label wrapped onto two lines (市工业和信息化局本 / 级) whose second line reaches into the next row's
    /// group: the lines become one, so that <see cref="Find"/> sees one label. Only a first line alone in its group,
    /// with one cell, followed a leading apart by one cell starting where it starts in the same column.
    /// Returns the block unchanged when there is nothing to join.
    /// </summary>
    public static List<StreamLine> JoinWrappedLabels(List<StreamLine> block, List<List<PlacedCell>> placed, List<List<int>> groups)
    {
        var joined = new Dictionary<int, int>();
        foreach (var group in groups)
        {
            if (group.Count != 1 || placed[group[0]].Count != 1) continue;
            var i = group[0];
            var label = placed[i][0];
            if (CellValues.IsValueLike(label.Cell.Text)) continue;
            var next = Enumerable.Range(i + 1, block.Count - i - 1)
                .FirstOrDefault(j => placed[j].Any(p => p.First <= label.First && p.Last >= label.First), -1);
            if (next < 0 || placed[next].Count != 1 || joined.ContainsKey(next)) continue;
            // Only a second line inside the next row's group parts the label from itself; a label alone keeps its lines.
            if (groups.First(g => g.Contains(next)).Count < 2) continue;
            var rest = placed[next][0];
            var gap = rest.Cell.Box.Y0 - label.Cell.Box.Y1;
            if (rest.First != label.First || rest.Last != label.Last || CellValues.IsValueLike(rest.Cell.Text)
                || Math.Abs(rest.Cell.Box.X0 - label.Cell.Box.X0) > LinedUpForms.LineUpTolerance
                || gap > RowBands.MaxLeadingRatio * block[i].FontSize) continue;
            joined[i] = next;
        }
        if (joined.Count == 0) return block;
        var dropped = joined.Values.ToHashSet();
        var result = new List<StreamLine>();
        for (var i = 0; i < block.Count; i++)
        {
            if (dropped.Contains(i)) continue;
            if (!joined.TryGetValue(i, out var next))
            {
                result.Add(block[i]);
                continue;
            }
            var (first, second) = (block[i].Cells[0], block[next].Cells[0]);
            var cell = new StreamCell(first.Box.Union(second.Box), [.. first.Words, .. second.Words], [.. first.WordIndexes, .. second.WordIndexes]);
            result.Add(block[i] with { Box = block[i].Box.Union(block[next].Box), Cells = [cell] });
        }
        return result;
    }

    /// <summary>Puts each floating line into the row its span starts at; returns the row span of each.</summary>
    public static Dictionary<int, int> Attach(List<List<int>> rows, HashSet<int> floating, List<StreamLine> block, List<List<PlacedCell>> placed)
    {
        var spans = new Dictionary<int, int>();
        if (floating.Count == 0 || rows.Count == 0) return spans;
        var top = rows.Select(r => r.Min(i => block[i].Box.Y0)).ToArray();
        var bottom = rows.Select(r => r.Max(i => block[i].Box.Y1)).ToArray();
        foreach (var column in floating.GroupBy(i => placed[i][0].First).OrderBy(g => g.Key))
        {
            var c = column.Key;
            var fixedRows = Enumerable.Range(0, rows.Count).Where(r => Covers(placed, rows[r], c)).ToHashSet();
            var labels = column.OrderBy(i => block[i].Box.CenterY).ToList();
            var chosen = LabelSpans.Tile(labels.Select(i => block[i].Box.CenterY).ToList(), top, bottom, fixedRows,
                CentreToleranceRatio * labels.Average(i => block[i].FontSize));
            for (var k = 0; k < labels.Count; k++)
            {
                rows[chosen[k].Start].Add(labels[k]);
                spans[labels[k]] = chosen[k].End - chosen[k].Start + 1;
            }
        }
        return spans;
    }

    /// <summary>
    /// A text cell in one column, not the last, that no other cell of its row group nor of the groups above and
    /// below uses, beside rows holding cells to its right: a label of those rows.
    /// </summary>
    private static bool IsLoneLabel(PlacedCell label, List<List<PlacedCell>> placed, List<List<int>> groups, int k, int columns)
    {
        var c = label.First;
        if (c != label.Last || c + 1 >= columns || CellValues.IsValueLike(label.Cell.Text)) return false;
        var others = groups[k].SelectMany(j => placed[j]).Where(p => p.Cell != label.Cell);
        if (others.Any(p => p.First <= c && p.Last >= c) || Covers(placed, groups[k - 1], c) || Covers(placed, groups[k + 1], c)) return false;
        return RightOf(placed, groups[k - 1], c) && RightOf(placed, groups[k + 1], c);
    }

    private static bool Covers(List<List<PlacedCell>> placed, IEnumerable<int> lines, int column) =>
        lines.Any(i => placed[i].Any(p => p.First <= column && p.Last >= column));

    private static bool RightOf(List<List<PlacedCell>> placed, IEnumerable<int> lines, int column) =>
        lines.Any(i => placed[i].Any(p => p.First > column));
}
