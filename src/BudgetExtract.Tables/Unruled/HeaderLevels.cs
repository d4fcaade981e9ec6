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
            result.Add([.. row.Where(i => block[i].Box.Y0 < top)]);
            result.Add([.. row.Where(i => block[i].Box.Y0 >= top)]);
        }
        return result;
    }

    /// <summary>Headings are short: a group's at most this many characters …</summary>
    private const int MaxGroupHeading = 20;

    /// <summary>… each column's at most this many (a wrapped paragraph's lines are longer).</summary>
    private const int MaxColumnHeading = 12;

    private static bool Short(PlacedCell cell, int max) => cell.Cell.Text.Count(c => !char.IsWhiteSpace(c)) <= max;

    /// <summary>A line of column headings that are years (2010 | 2011): its values are years only.</summary>
    private static bool YearsOnly(StreamLine line)
    {
        var values = line.Cells.Where(c => Cells.CellValues.IsValueLike(c.Text)).ToList();
        return values.Count > 0 && values.All(c => Cells.CellValues.IsYear(c.Text));
    }

    /// <summary>A group heading's centre lies this share of its width or less from the centre of its columns' headings.</summary>
    private const double CentreToleranceRatio = 0.25;

    /// <summary>
    /// A heading narrower than its group, centred over the group's headings (基本支出 over 小计 | 人员经费 | 公用经费, reaching
    /// only 人员经费): a run of lower headings on both sides of the one it reaches, centred under it, whose others have
    /// nothing above them on the row's other lines. The two lines of a wrapped heading (基本支出 / 人员经费) differ: the
    /// one-line headings beside them are centred between its lines, not set on its lower line; and a wrapped label's
    /// second line has its value beside it on one side only (长期目标（跨 / 度多年的项目需填） | 无).
    /// </summary>
    private static bool CentredOverRun(PlacedCell group, List<PlacedCell> lower, IEnumerable<PlacedCell> others)
    {
        var cells = lower.OrderBy(q => q.Cell.Box.X0).ToList();
        var reached = cells.FindIndex(q => q.Cell.Box.OverlapsHorizontally(group.Cell.Box));
        if (reached < 0 || cells.Count(q => q.Cell.Box.OverlapsHorizontally(group.Cell.Box)) > 1) return false;
        var above = others.Where(o => o.Cell != group.Cell).Select(o => o.Cell.Box).ToList();
        var tolerance = CentreToleranceRatio * group.Cell.Box.Width;
        for (var from = reached; from >= 0; from--)
        {
            if (from < reached && above.Any(b => b.OverlapsHorizontally(cells[from].Cell.Box))) break;
            for (var to = reached; to < cells.Count; to++)
            {
                if (to > reached && above.Any(b => b.OverlapsHorizontally(cells[to].Cell.Box))) break;
                if (from == reached || to == reached) continue;
                var centre = (cells[from].Cell.Box.X0 + cells[to].Cell.Box.X1) / 2;
                if (Math.Abs(centre - group.Cell.Box.CenterX) <= tolerance) return true;
            }
        }
        return false;
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
