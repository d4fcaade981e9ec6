using BudgetExtract.Normalize.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Kinds;

/// <summary>
/// Recognizes a table's kind from its title (numbering and wording variants such as （按功能分类）/(分功能科目)/(分单位)
/// tolerated), falling back to its header words when the title is missing.
/// </summary>
public static class TableKindClassifier
{
    public static string? Classify(Table table)
    {
        var title = CellText.Compact(table.Title);
        var header = CellText.Compact(string.Join("|", table.Grid().Take(Math.Min(table.RowCount, table.HeaderRowCount + 8)).SelectMany(r => r)));
        return FromTitle(title, header) ?? FromHeader(header);
    }

    /// <summary>The kind named by a title, or null. Order matters: the more specific wording is tested first.</summary>
    public static string? FromTitle(string title, string header = "")
    {
        if (title.Length == 0) return null;
        bool Has(string s) => title.Contains(s, StringComparison.Ordinal);

        if (Has("自评") || Has("自我评价") || (Has("绩效") && Has("评价"))) return TableKind.PerformanceSelfEvaluation;
        if (Has("绩效目标")) return Has("项目") && !Has("整体") ? TableKind.PerformanceTargetsProject : TableKind.PerformanceTargetsOverall;
        if (Has("绩效") && Has("项目")) return TableKind.PerformanceProjects;
        if (Has("三公")) return TableKind.ThreePublic;
        if (Has("政府采购")) return TableKind.Procurement;
        if (Has("转移支付")) return TableKind.TransferPayment;
        if (Has("政府性基金")) return TableKind.GovernmentFund;
        if (Has("国有资本经营")) return TableKind.StateCapital;
        if ((Has("财政拨款") || Has("预算拨款")) && Has("收支")) return TableKind.FiscalGrantSummary;
        if (Has("财政拨款") && Has("支出")) return TableKind.FiscalGrantExpenditure;
        if (Has("一般公共预算"))
        {
            if (Has("基本支出")) return TableKind.GeneralBudgetBasicByEconomic;
            if (Has("项目支出")) return TableKind.GeneralBudgetProjectByEconomic;
            if (Has("经济分类") || Has("经济科目")) return TableKind.GeneralBudgetByEconomic;
            if (!Has("功能") && header.Contains("经济分类", StringComparison.Ordinal)) return TableKind.GeneralBudgetByEconomic;
            return TableKind.GeneralBudgetByFunction;
        }
        if (Has("收支总表") || Has("收支预算总表") || Has("收支总体情况")) return TableKind.IncomeExpenditureSummary;
        if (Has("收入总表") || Has("收入预算总表") || Has("收入预算表") || Has("收入总体情况")) return TableKind.IncomeSummary;
        if (Has("基本支出")) return TableKind.BasicExpenditureSummary;
        if (Has("项目支出")) return TableKind.ProjectExpenditure;
        if (Has("支出总表") || Has("支出预算总表") || Has("支出预算表") || Has("支出总体情况")) return TableKind.ExpenditureSummary;
        return null;
    }

    /// <summary>The kind suggested by header words alone (untitled tables).</summary>
    public static string? FromHeader(string header)
    {
        bool Has(string s) => header.Contains(s, StringComparison.Ordinal);
        if (Has("一级指标") && Has("三级指标"))
        {
            if (Has("实际完成值") || Has("得分")) return TableKind.PerformanceSelfEvaluation;
            return Has("项目名称") ? TableKind.PerformanceTargetsProject : TableKind.PerformanceTargetsOverall;
        }
        if (Has("项目名称") && Has("绩效目标") && (Has("预算数") || Has("金额"))) return TableKind.PerformanceProjects;
        return null;
    }
}
