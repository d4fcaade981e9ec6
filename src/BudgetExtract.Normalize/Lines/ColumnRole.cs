using System.Collections.Immutable;
using BudgetExtract.Normalize.Amounts;
using BudgetExtract.Normalize.Text;

namespace BudgetExtract.Normalize.Lines;

/// <summary>What a column holds.</summary>
internal enum ColumnRole
{
    Ignore,
    /// <summary>科目编码: functional or economic subject codes.</summary>
    SubjectCode,
    /// <summary>单位编码/项目编码/编号: a code that is not a budget subject.</summary>
    OtherCode,
    /// <summary>类 / 款 / 项 columns of a split subject code.</summary>
    CodeClass,
    CodeSection,
    CodeItem,
    Name,
    /// <summary>A further label column (二级 names, 采购品目): names a row whose name column is empty.</summary>
    OtherText,
    Unit,
    Amount,
}

/// <summary>The columns of one table side, with their roles and labels.</summary>
internal sealed record ColumnPlan(int Start, int End, string? Side, ImmutableArray<ColumnRole> Roles, ImmutableArray<string> Labels)
{
    public ColumnRole Role(int col) => Roles[col - Start];

    public string Label(int col) => Labels[col - Start];

    public IEnumerable<int> Columns(ColumnRole role)
    {
        for (var c = Start; c < End; c++)
            if (Roles[c - Start] == role) yield return c;
    }
}

/// <summary>Assigns column roles from header words first and body content second.</summary>
internal static class ColumnPlanner
{
    public static ColumnPlan Plan(IReadOnlyList<IReadOnlyList<string>> body, IReadOnlyList<string> labels, int start, int end, string? side)
    {
        var roles = new ColumnRole[end - start];
        var texts = new List<(int Col, string Label, int NonEmpty, int Numeric)>();
        for (var c = start; c < end; c++)
        {
            var label = CellText.Compact(labels[c]);
            int nonEmpty = 0, numeric = 0;
            foreach (var row in body)
            {
                var t = CellText.Compact(c < row.Count ? row[c] : "");
                if (t.Length == 0) continue;
                nonEmpty++;
                if (AmountParser.TryParse(t, 1m, out _)) numeric++;
            }
            var last = label.Split('/')[^1];
            roles[c - start] = last switch
            {
                "类" => ColumnRole.CodeClass,
                "款" => ColumnRole.CodeSection,
                "项" => ColumnRole.CodeItem,
                _ when IsCodeLabel(label) => IsSubjectCodeLabel(label) ? ColumnRole.SubjectCode : ColumnRole.OtherCode,
                _ when nonEmpty > 0 && numeric >= 0.8 * nonEmpty && !IsTextLabel(label) => ColumnRole.Amount,
                _ when nonEmpty == 0 && label.Length > 0 && !IsTextLabel(label) => ColumnRole.Amount,
                _ => ColumnRole.Ignore,
            };
            if (roles[c - start] == ColumnRole.Ignore && nonEmpty > 0) texts.Add((c, label, nonEmpty, numeric));
        }

        // Text columns: the budget unit column by its header, the first other one is the row's name.
        var nameTaken = false;
        foreach (var (col, label, _, _) in texts)
        {
            var otherName = texts.Any(t => t.Col != col && !IsUnitLabel(t.Label));
            if (IsUnitLabel(label) && (otherName || label.Contains("预算单位", StringComparison.Ordinal)))
                roles[col - start] = ColumnRole.Unit;
            else if (!nameTaken && !IsIgnoredTextLabel(label.Split('/')[^1]))
            {
                roles[col - start] = ColumnRole.Name;
                nameTaken = true;
            }
            else if (!IsIgnoredTextLabel(label.Split('/')[^1])) roles[col - start] = ColumnRole.OtherText;
        }
        return new ColumnPlan(start, end, side, [.. roles], [.. labels.Skip(start).Take(end - start)]);
    }

    private static bool IsCodeLabel(string label) =>
        label.Contains("编码", StringComparison.Ordinal) || label.Contains("代码", StringComparison.Ordinal)
        || label.EndsWith("编号", StringComparison.Ordinal) || label == "编号";

    private static bool IsSubjectCodeLabel(string label) =>
        label.Contains("科目", StringComparison.Ordinal) || label is "编码" or "代码"
        || label.Contains("功能分类", StringComparison.Ordinal) || label.Contains("经济分类", StringComparison.Ordinal);

    private static bool IsUnitLabel(string label) =>
        label.Contains("预算单位", StringComparison.Ordinal) || label is "单位" or "单位名称" or "部门名称" or "部门（单位）" or "部门(单位)" or "项目单位" or "资金使用单位";

    /// <summary>Header words of columns that hold words, never amounts (年度 2022年 is a label, not 2022 yuan).</summary>
    private static bool IsTextLabel(string label) =>
        label.Contains("年度", StringComparison.Ordinal) && !label.Contains("预算", StringComparison.Ordinal)
        || label.Contains("时间", StringComparison.Ordinal) || label.Contains("名称", StringComparison.Ordinal)
        || label is "项目" or "单位" or "预算单位" or "科目" or "内容" or "主要内容" or "备注" or "类别"
        || label.EndsWith("/项目", StringComparison.Ordinal);

    private static bool IsIgnoredTextLabel(string label) =>
        label.Contains("时间", StringComparison.Ordinal) || label.Contains("内容", StringComparison.Ordinal)
        || label.Contains("备注", StringComparison.Ordinal) || label.Contains("用途", StringComparison.Ordinal)
        || label.Contains("依据", StringComparison.Ordinal) || label.Contains("目标", StringComparison.Ordinal);
}
