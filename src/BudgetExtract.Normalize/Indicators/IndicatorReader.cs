using System.Collections.Immutable;
using System.Globalization;
using BudgetExtract.Contract;
using BudgetExtract.Normalize.Kinds;
using BudgetExtract.Normalize.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Indicators;

/// <summary>
/// Reads indicator rows under each 一级指标 | 二级指标 | 三级指标 header row of a performance table: spanned 一级/二级
/// cells filled down, targets parsed, self-evaluation columns (实际完成值, 分值, 得分, 偏差原因) read when present.
/// </summary>
internal static class IndicatorReader
{
    /// <param name="LabelledLeft">The header names columns left of 一级指标 (单位名称 | 项目名称 | 年度资金总额 …, 长春 预算表11):
    /// text there is the project's, not a sign of a shifted row.</param>
    private sealed record Columns(int L1, int L2, int L3, int Target, int Actual, int Weight, int Score, int Note, int BeforeLast = -1, int Last = -1,
        bool LabelledLeft = false);

    public static ImmutableArray<IndicatorRecord> Read(int index, Table table, string? kind)
    {
        var grid = table.Grid();
        var pages = RowPages(table);
        var project = kind is TableKind.PerformanceTargetsOverall ? null : ProjectName(table, grid);
        var result = ImmutableArray.CreateBuilder<IndicatorRecord>();
        Columns? cols = null;
        string? l1 = null, l2 = null;
        for (var r = 0; r < grid.Length; r++)
        {
            var row = grid[r].Select(CellText.Clean).ToArray();
            if (kind is not TableKind.PerformanceTargetsOverall && ProjectInRow(row) is { } named) project = named;
            if (HeaderColumns(row) is { } header)
            {
                cols = header;
                l1 = l2 = null;
                while (r + 1 < grid.Length && YearColumns(grid[r + 1].Select(CellText.Compact).ToArray(), ref cols)) r++;
                continue;
            }
            if (cols is null) continue;
            if (IsEndRow(row))
            {
                cols = null;
                continue;
            }
            var (c1, c2, c3, target, actual, weight, score, note) = Aligned(row, cols);
            string At(int i) => i >= 0 && i < row.Length ? row[i] : "";
            if (c1.Length > 0) { l1 = c1; l2 = null; }
            if (c2.Length > 0) l2 = c2;
            if (IsNothing(c3) && IsNothing(target)) continue;
            result.Add(new IndicatorRecord(index, project, l1, l2, NullIfEmpty(c3), TargetParser.Parse(target), TargetParser.Parse(actual),
                Number(weight), Number(score), NullIfEmpty(note), pages.GetValueOrDefault(r, table.Pages.IsDefaultOrEmpty ? 1 : table.Pages[0]),
                TargetParser.Parse(At(cols.BeforeLast)), TargetParser.Parse(At(cols.Last))));
        }
        return result.ToImmutable();
    }

    /// <summary>The row's fields by header column; a row printed shifted (a level word out of its column) is read in order.</summary>
    private static (string, string, string, string, string, string, string, string) Aligned(string[] row, Columns c)
    {
        string At(int i) => i >= 0 && i < row.Length ? row[i] : "";
        var misplaced = (At(c.L1).Length > 0 && !IsLevel1(At(c.L1)))
            || (At(c.L2).Length > 0 && !IsLevel2(At(c.L2)) && At(c.L3).Length == 0);
        for (var i = 0; i < c.L1 && !misplaced && !c.LabelledLeft; i++) misplaced = row[i].Length > 0 && !IsSectionLabel(row[i]);
        var inColumns = (At(c.L1), At(c.L2), At(c.L3), At(c.Target), At(c.Actual), At(c.Weight), At(c.Score), At(c.Note));
        if (!misplaced) return inColumns;

        string l1 = "", l2 = "";
        var rest = new List<string>();
        for (var i = 0; i < row.Length; i++)
        {
            var t = row[i];
            if (t.Length == 0 || (i < c.L1 && IsSectionLabel(t))) continue;
            if (l1.Length == 0 && l2.Length == 0 && rest.Count == 0 && IsLevel1(t)) l1 = t;
            else if (l2.Length == 0 && rest.Count == 0 && IsLevel2(t)) l2 = t;
            else rest.Add(t);
        }
        // The remaining texts fill the columns after 三级指标 in their printed order.
        var order = new[] { c.L3, c.Target, c.Actual, c.Weight, c.Score, c.Note }.Where(x => x >= 0).Order().ToList();
        string Take(int col)
        {
            var k = order.IndexOf(col);
            return col >= 0 && k >= 0 && k < rest.Count ? rest[k] : "";
        }
        var inOrder = (l1, l2, Take(c.L3), Take(c.Target), Take(c.Actual), Take(c.Weight), Take(c.Score), Take(c.Note));
        // A level word of the department's own (一般性支出情况 | 一般性支出情况 | “三公”经费控制率 | ≤100%) is no shift: read in
        // order, the level texts would become the indicator and its target, and the printed target would be lost.
        return HasValue(inColumns.Item4) && !HasValue(inOrder.Item4) ? inColumns : inOrder;
    }

    private static bool HasValue(string target) => TargetParser.Parse(target)?.Value is not null;

    private static Columns? HeaderColumns(string[] row)
    {
        int Find(Func<string, bool> match, int from = 0)
        {
            for (var i = from; i < row.Length; i++)
                if (match(CellText.Compact(row[i]))) return i;
            return -1;
        }
        var l1 = Find(t => t == "一级指标");
        var l3 = Find(t => t == "三级指标");
        if (l1 < 0 || l3 < 0) return null;
        var l2 = Find(t => t == "二级指标");
        var target = Find(t => t.Contains("指标值", StringComparison.Ordinal) || t.Contains("目标值", StringComparison.Ordinal), l3 + 1);
        if (target < 0) target = NextNonEmpty(row, l3 + 1, l3 + 1);
        return new Columns(l1, l2, l3, target,
            Find(t => t.Contains("实际", StringComparison.Ordinal) || t.Contains("完成值", StringComparison.Ordinal), l3 + 1),
            Find(t => t is "分值" or "权重" or "指标分值" or "权重（%）" or "权重(%)", l3 + 1),
            Find(t => t.Contains("得分", StringComparison.Ordinal), l3 + 1),
            Find(t => t.Contains("偏差", StringComparison.Ordinal) || t.Contains("原因", StringComparison.Ordinal), l3 + 1),
            LabelledLeft: row.Take(l1).Count(t => CellText.Compact(t) is { Length: > 0 } c && !IsSectionLabel(c)) >= 2);
    }

    /// <summary>
    /// A sub-header row under the indicator header naming per-year columns (近两年指标值 › 前年 | 上年, 当年): records them,
    /// and moves the target to the 当年 column (or the first column after the years).
    /// </summary>
    private static bool YearColumns(string[] row, ref Columns cols)
    {
        var nonEmpty = row.Where(t => t.Length > 0).ToList();
        if (nonEmpty.Count == 0 || !nonEmpty.All(t => t.Contains("年", StringComparison.Ordinal) && t.Length <= 8 || t.Contains("指标值", StringComparison.Ordinal)))
            return false;
        if (!nonEmpty.Any(t => t is "前年" or "上年" or "当年" or "本年" or "近两年指标值" || t.EndsWith("年指标值", StringComparison.Ordinal))) return false;
        var before = Array.FindIndex(row, t => t.StartsWith("前年", StringComparison.Ordinal));
        var last = Array.FindIndex(row, t => t.StartsWith("上年", StringComparison.Ordinal));
        var current = Array.FindIndex(row, t => t.StartsWith("当年", StringComparison.Ordinal) || t.StartsWith("本年", StringComparison.Ordinal));
        var target = cols.Target;
        if (current >= 0) target = current;
        else if (before >= 0 || last >= 0)
        {
            var after = Math.Max(before, last) + 1;
            if (target <= Math.Max(before, last)) target = after;
        }
        cols = cols with { Target = target, BeforeLast = before >= 0 ? before : cols.BeforeLast, Last = last >= 0 ? last : cols.Last };
        return true;
    }

    private static int NextNonEmpty(string[] row, int from, int fallback)
    {
        for (var i = from; i < row.Length; i++)
            if (row[i].Length > 0) return i;
        return fallback;
    }

    /// <summary>A row that closes the indicator rows: a score line, or the start of the next project's block.</summary>
    private static bool IsEndRow(string[] row)
    {
        foreach (var cell in row)
        {
            var t = CellText.Compact(cell);
            if (t is "评分等级" or "总分" or "合计" or "备注" or "年度总体目标" or "年度目标" or "总体目标" or "年度主要任务" or "项目名称"
                or "年度资金总额" or "项目资金" || t.StartsWith("项目资金（", StringComparison.Ordinal) || t.StartsWith("项目资金(", StringComparison.Ordinal) || t.StartsWith("评分等级", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>A label printed left of the indicator columns (年度绩效指标, 长期绩效指标): not part of any indicator.</summary>
    private static bool IsSectionLabel(string text)
    {
        var t = CellText.Compact(text);
        return t.EndsWith("绩效指标", StringComparison.Ordinal) || t is "指标" or "绩效指标";
    }

    public static bool IsLevel1(string text)
    {
        var t = CellText.Compact(text);
        if (t.EndsWith("指标", StringComparison.Ordinal)) t = t[..^2];
        return t is "产出" or "效益" or "满意度" or "成本" or "效果" or "影响" or "管理" or "履职" or "产出效益";
    }

    public static bool IsLevel2(string text)
    {
        var t = CellText.Compact(text);
        if (t.EndsWith("指标", StringComparison.Ordinal)) t = t[..^2];
        return t is "数量" or "质量" or "时效" or "成本" or "经济效益" or "社会效益" or "生态效益" or "可持续影响" or "服务对象满意度"
            or "满意度" or "经济成本" or "社会成本" or "生态环境成本" or "生态成本" or "经济" or "社会" or "生态"
            || t.EndsWith("效益", StringComparison.Ordinal) || t.EndsWith("满意度", StringComparison.Ordinal) && t.Length <= 10;
    }

    private static bool IsNothing(string text) => CellText.Compact(text) is "" or "-" or "—" or "/" or "无";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static decimal? Number(string text) =>
        decimal.TryParse(CellText.Compact(text).TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The project a table's indicators belong to: a 项目名称 meta line, else the cell after a 项目名称 cell.</summary>
    private static string? ProjectName(Table table, ImmutableArray<ImmutableArray<string>> grid)
    {
        foreach (var line in table.MetaLines)
        {
            var compact = CellText.Clean(line);
            var at = compact.IndexOf("项目名称", StringComparison.Ordinal);
            if (at >= 0)
            {
                var value = compact[(at + 4)..].TrimStart('：', ':', ' ').Trim();
                if (value.Length > 0) return value;
            }
        }
        foreach (var row in grid)
            if (ProjectInRow([.. row.Select(CellText.Clean)]) is { } name) return name;
        return null;
    }

    /// <summary>The cell after a 项目名称 cell, when it names a project (not a column header).</summary>
    private static string? ProjectInRow(string[] row)
    {
        for (var c = 0; c < row.Length - 1; c++)
            if (CellText.Compact(row[c]) == "项目名称")
            {
                var value = row.Skip(c + 1).FirstOrDefault(t => t.Length > 0);
                if (value is not null && !value.Contains("类别", StringComparison.Ordinal) && !value.EndsWith("指标", StringComparison.Ordinal)
                    && !value.Contains("预算", StringComparison.Ordinal) && !value.Contains("金额", StringComparison.Ordinal)) return value;
            }
        return null;
    }

    private static Dictionary<int, int> RowPages(Table table)
    {
        var pages = new Dictionary<int, int>();
        foreach (var cell in table.Cells)
            pages.TryAdd(cell.Row, cell.Page);
        return pages;
    }
}
