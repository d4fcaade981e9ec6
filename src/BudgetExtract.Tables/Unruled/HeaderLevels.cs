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
                    if (columns >= 2) return block[lower].Box.Y0;
                }
            }
        }
        return null;
    }
}
