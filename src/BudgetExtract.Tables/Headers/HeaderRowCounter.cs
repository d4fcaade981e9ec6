using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Headers;

/// <summary>
/// Header rows are the leading rows before the first row holding data (an amount or a code), extended
/// to cover the rows their spanning cells reach. A table without data (text tables, or a header whose body
/// is empty) has the first row as header, plus the rows that split its spanning cells.
/// </summary>
internal static class HeaderRowCounter
{
    private const int MaxHeaderRows = 6;

    internal static readonly HashSet<string> FormKeys =
        ["项目名称", "项目编码", "主管部门", "实施单位", "部门名称", "单位名称", "预算单位", "项目单位", "项目负责人", "预算部门"];

    /// <summary>A form's key (项目名称, 主管部门：), spaces and a trailing colon not counted.</summary>
    internal static bool IsFormKey(string text) => FormKeys.Contains(Compact(text).TrimEnd('：', ':'));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// Keys beside values: few filled cells (values span), one of them a form key followed by a value. A key
    /// followed by another key or by an amount column's heading is a list's head row (预算单位 | 项目名称 | 预算金额 |
    /// 预算执行时间; 预算单位 | 收入总计 | 本年收入; 项目名称 | 金额), not a form's.
    /// </summary>
    internal static bool IsKeyValueRow(string[] row)
    {
        var filled = row.Count(t => t.Length > 0);
        if (filled > 4 || filled >= row.Length) return false;
        var keyBesideValue = false;
        for (var i = 0; i + 1 < row.Length; i++)
        {
            if (!IsFormKey(row[i]) || row.Skip(i + 1).FirstOrDefault(t => t.Length > 0) is not { } next) continue;
            if (IsFormKey(next) || IsAmountHeading(next)) return false;
            keyBesideValue = true;
        }
        return keyBesideValue;
    }

    /// <summary>An amount column's heading (收入总计, 合计, 金额, 预算数): never the value of a form's key.</summary>
    private static bool IsAmountHeading(string text)
    {
        var t = Compact(text);
        return t.EndsWith("总计", StringComparison.Ordinal) || t.EndsWith("合计", StringComparison.Ordinal) || t.EndsWith("小计", StringComparison.Ordinal)
            || t.StartsWith("金额", StringComparison.Ordinal) || t.StartsWith("预算数", StringComparison.Ordinal);
    }

    /// <summary>Years heading a row's value columns lie within this many years of each other.</summary>
    private const int MaxYearSpread = 10;

    /// <summary>
    /// A row of column headings that are years (Item | 2012 | 2011 | Change (%), or 2010 | 2011 under the heading of
    /// their group): its only numbers are two or more distinct years close together. Amounts never read as years
    /// twice in one row.
    /// </summary>
    internal static bool YearHeadings(string[] row)
    {
        var numbers = row.Where(CellValues.IsData).ToList();
        if (numbers.Count < 2 || !numbers.All(CellValues.IsYear)) return false;
        var years = numbers.Select(t => int.Parse(t.Trim())).ToList();
        return years.Distinct().Count() == years.Count && years.Max() - years.Min() <= MaxYearSpread;
    }

    /// <summary>A row whose first cell alone is filled, not split from a spanning heading above: a section heading.</summary>
    private static bool IsSectionHeading(string[] row, Fragment fragment, int index) =>
        row.Length > 2 && row[0].Length > 0 && row.Skip(1).All(t => t.Length == 0)
        && !fragment.Cells.Any(c => c.Row < index && c.Row + c.RowSpan > index);

    public static int Count(Fragment fragment)
    {
        var rows = fragment.TextRows();
        // A form (项目名称 | … / 主管部门 | … ) has keys beside values and no column-heading row.
        if (rows.Length > 0 && IsKeyValueRow(rows[0])) return 0;
        var firstData = Array.FindIndex(rows, r => r.Any(CellValues.IsData) && !YearHeadings(r));
        int count;
        if (firstData >= 0)
        {
            count = Math.Min(firstData, MaxHeaderRows);
            // A section heading over the first rows (Public sector | | |), under the column headings, is body.
            if (count >= 2 && IsSectionHeading(rows[count - 1], fragment, count - 1)) count--;
        }
        else
        {
            count = rows.Length == 0 ? 0 : 1;
            // Multi-level header: a cell spanning columns is split by the row below it.
            while (count < rows.Length && count < 3
                   && fragment.Cells.Any(c => c.Row == count - 1 && c.ColSpan > 1)
                   && fragment.Cells.Count(c => c.Row == count && c.Text.Length > 0) >= 2)
                count++;
        }
        // Never cut through a header cell that spans rows.
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var c in fragment.Cells)
            {
                if (c.Row < count && c.Row + c.RowSpan > count && c.Row + c.RowSpan <= MaxHeaderRows && c.Text.Length > 0 && !CellValues.IsData(c.Text))
                {
                    count = c.Row + c.RowSpan;
                    changed = true;
                }
            }
        }
        return Math.Min(count, fragment.RowCount);
    }
}
