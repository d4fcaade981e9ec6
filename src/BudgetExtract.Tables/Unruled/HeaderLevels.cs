namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// A multi-level header set without rules: a heading spanning a group of columns (Employment, 2023年政府采购项目)
/// with the headings of each column of the group on a line under it (2010 | 2011, 小计 | 其中：面向中小企业). Taken
/// together as one row, the group's heading and its columns' headings would be one cell; they are two header rows.
/// </summary>
internal static class HeaderLevels
{
    /// <param name="rows">Rows as indexes of their lines, top to bottom.</param>
    /// <param name="isAnchor">Whether a line holds a value; rows above the first such line (years apart) are header rows.</param>
    public static List<List<int>> Split(List<List<int>> rows, List<StreamLine> block, List<List<PlacedCell>> placed, Func<StreamLine, bool> isAnchor)
    {
        var firstAnchor = block.FindIndex(l => isAnchor(l) && !YearsOnly(l));
        if (firstAnchor <= 0) return rows;
        var result = new List<List<int>>();
        foreach (var row in rows)
        {
            if (row.Count < 2 || row.Any(i => i >= firstAnchor) || LowerLevelTop(row, block, placed) is not { } top)
            {
                result.Add(row);
                continue;
            }
            List<int> upper = [.. row.Where(i => block[i].Box.Y0 < top)], lower = [.. row.Where(i => block[i].Box.Y0 >= top)];
            WidenOverTheirColumns(upper, lower, placed);
            result.Add(upper);
            result.Add(lower);
        }
        // Header lines far enough apart to be rows of their own: a group heading over the next row's headings
        // (预算金额 over 合计 | 一般公共预算拨款 | 其他资金) spans them as well.
        // A heading whose lines go on into the next row (其中：面向中小 / 企业政府采购) is wrapped, not a group heading.
        for (var r = 0; r + 1 < result.Count && result[r + 1].All(i => i < firstAnchor); r++)
        {
            var lower = result[r + 1].SelectMany(i => placed[i]).ToList();
            if (lower.All(q => Short(q, MaxColumnHeading)))
                WidenOverTheirColumns(result[r], result[r + 1], placed, group => lower.Any(q => WrapsInto(group, q)));
        }
        return result;
    }

    /// <summary>Headings are short: a group's at most this many characters …</summary>
    private const int MaxGroupHeading = 20;

    /// <summary>… each column's at most this many (a wrapped paragraph's lines, a form's texts and values are longer).</summary>
    internal const int MaxColumnHeading = 12;

    /// <summary>At most <paramref name="max"/> characters, spaces not counted.</summary>
    internal static bool IsShort(string text, int max = MaxColumnHeading) => text.Count(c => !char.IsWhiteSpace(c)) <= max;

    private static bool Short(PlacedCell cell, int max) => IsShort(cell.Cell.Text, max);

    /// <summary>A line of column headings that are years (2010 | 2011): its values are years only.</summary>
    private static bool YearsOnly(StreamLine line)
    {
        var values = line.Cells.Where(c => Cells.CellValues.IsValueLike(c.Text)).ToList();
        return values.Count > 0 && values.All(c => Cells.CellValues.IsYear(c.Text));
    }

    /// <summary>
    /// A group heading's centre lies this share of its width or less from the centre of its columns' headings (0.25
    /// until session 11: Chromium sets 收入 a third of its width off the centre of 项目 | 预算数).
    /// </summary>
    private const double CentreToleranceRatio = 0.4;

    /// <summary>
    /// The run of lower headings a group heading is centred over (基本支出 over 小计 | 人员经费 | 公用经费, reaching only
    /// 人员经费): two or more consecutive lower headings, holding every one the heading reaches, whose middle is under
    /// the heading's and whose others have nothing above them; the closest such run. Null when there is none.
    /// </summary>
    private static (int From, int To, int FirstReached, int LastReached)? CentredRun(PlacedCell group, List<PlacedCell> lowerCells, List<Geometry.Box> above)
    {
        var reached = Enumerable.Range(0, lowerCells.Count).Where(k => lowerCells[k].Cell.Box.OverlapsHorizontally(group.Cell.Box)).ToList();
        if (reached.Count == 0) return null;
        var tolerance = CentreToleranceRatio * group.Cell.Box.Width;
        (int From, int To, int FirstReached, int LastReached)? best = null;
        var bestOff = double.MaxValue;
        for (var from = reached[0]; from >= 0; from--)
        {
            if (from < reached[0] && above.Any(b => b.OverlapsHorizontally(lowerCells[from].Cell.Box))) break;
            for (var to = reached[^1]; to < lowerCells.Count; to++)
            {
                if (to > reached[^1] && above.Any(b => b.OverlapsHorizontally(lowerCells[to].Cell.Box))) break;
                if (to == from) continue;
                var off = Math.Abs((lowerCells[from].Cell.Box.X0 + lowerCells[to].Cell.Box.X1) / 2 - group.Cell.Box.CenterX);
                if (off <= tolerance && off < bestOff) (best, bestOff) = ((from, to, reached[0], reached[^1]), off);
            }
        }
        return best;
    }

    /// <summary>
    /// A heading narrower than its group, centred over it: the lower line's headings on both sides of the one it
    /// reaches belong to the group. The two lines of a wrapped heading (基本支出 / 人员经费) differ: the one-line
    /// headings beside them are centred between its lines, not set on its lower line; and a wrapped label's second
    /// line has its value beside it on one side only (长期目标（跨 / 度多年的项目需填） | 无).
    /// </summary>
    private static bool CentredOverRun(PlacedCell group, List<PlacedCell> lower, IEnumerable<PlacedCell> others)
    {
        var cells = lower.OrderBy(q => q.Cell.Box.X0).ToList();
        var above = others.Where(o => o.Cell != group.Cell).Select(o => o.Cell.Box).ToList();
        return CentredRun(group, cells, above) is { } run && run.FirstReached == run.LastReached
            && run.From < run.FirstReached && run.To > run.LastReached;
    }

    /// <summary>
    /// A group heading in the upper row spans the columns of the lower headings it is centred over, so that it
    /// stands at the group's first column (公务用车购置及运行费 over 小计 | 购置费 | 运行费), unless another upper heading
    /// holds one of those columns.
    /// </summary>
    private static void WidenOverTheirColumns(List<int> upper, List<int> lower, List<List<PlacedCell>> placed, Func<PlacedCell, bool>? wrapped = null)
    {
        var lowerCells = lower.SelectMany(i => placed[i]).Where(q => q.First == q.Last).OrderBy(q => q.Cell.Box.X0).ToList();
        foreach (var i in upper)
        {
            for (var n = 0; n < placed[i].Count; n++)
            {
                var group = placed[i][n];
                if (!Short(group, MaxGroupHeading) || wrapped?.Invoke(group) == true) continue;
                var others = upper.SelectMany(j => placed[j]).Where(o => o.Cell != group.Cell).ToList();
                if (CentredRun(group, lowerCells, [.. others.Select(o => o.Cell.Box)]) is not { } run) continue;
                var (first, last) = (Math.Min(group.First, lowerCells[run.From].First), Math.Max(group.Last, lowerCells[run.To].Last));
                if (others.Any(o => o.First <= last && o.Last >= first)) continue;
                placed[i][n] = group with { First = first, Last = last };
            }
        }
    }

    /// <summary>The lower text starts where the heading starts, or is centred inside it: the heading's next line.</summary>
    private static bool WrapsInto(PlacedCell heading, PlacedCell lower)
    {
        var (h, l) = (heading.Cell.Box, lower.Cell.Box);
        return Math.Abs(h.X0 - l.X0) <= 1 || l.X0 >= h.X0 - 1 && l.X1 <= h.X1 + 1 && Math.Abs(h.CenterX - l.CenterX) <= 1;
    }

    /// <summary>The top of the line holding a group's column headings, under the line of the heading spanning them; null when none.</summary>
    private static double? LowerLevelTop(List<int> row, List<StreamLine> block, List<List<PlacedCell>> placed)
    {
        foreach (var upper in row)
        {
            foreach (var group in placed[upper].Where(p => Short(p, MaxGroupHeading)))
            {
                foreach (var lower in row)
                {
                    if (block[lower].Box.Y0 < block[upper].Box.Y1 || placed[lower].Any(q => !Short(q, MaxColumnHeading))) continue;
                    // Under the group: in the columns it spans, or under its text (a heading centred over its group
                    // whose columns hold no value reaches only into the middle ones: 公务用车购置及运行费 over 购置费 | 运行费).
                    var columns = placed[lower].Count(q => q.First == q.Last
                        && ((group.First < group.Last && q.First >= group.First && q.Last <= group.Last) || q.Cell.Box.OverlapsHorizontally(group.Cell.Box)));
                    if (columns >= 2 || CentredOverRun(group, placed[lower], row.Where(i => i != lower).SelectMany(i => placed[i])))
                        return block[lower].Box.Y0;
                }
            }
        }
        return null;
    }
}
