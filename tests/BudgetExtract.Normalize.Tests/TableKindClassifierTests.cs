using BudgetExtract.Normalize.Kinds;

namespace BudgetExtract.Normalize.Tests;

public class TableKindClassifierTests
{
    [Theory]
    [InlineData("收支总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("2026年预算单位财务收支预算总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("收入总表", TableKind.IncomeSummary)]
    [InlineData("支出总表", TableKind.ExpenditureSummary)]
    [InlineData("基本支出总表", TableKind.BasicExpenditureSummary)]
    [InlineData("项目支出总表", TableKind.ProjectExpenditure)]
    [InlineData("项目支出情况表", TableKind.ProjectExpenditure)]
    [InlineData("政府预算拨款收支总表", TableKind.FiscalGrantSummary)]
    [InlineData("财政拨款收支总表", TableKind.FiscalGrantSummary)]
    [InlineData("一般公共预算支出表（按功能分类）", TableKind.GeneralBudgetByFunction)]
    [InlineData("一般公共预算支出表(分功能科目,分单位)", TableKind.GeneralBudgetByFunction)]
    [InlineData("一般公共预算支出表（按经济分类）", TableKind.GeneralBudgetByEconomic)]
    [InlineData("一般公共预算基本支出表", TableKind.GeneralBudgetBasicByEconomic)]
    [InlineData("一般公共预算“三公”经费支出表", TableKind.ThreePublic)]
    [InlineData("政府性基金预算支出表", TableKind.GovernmentFund)]
    [InlineData("国有资本经营预算支出表", TableKind.StateCapital)]
    [InlineData("政府采购项目支出表", TableKind.Procurement)]
    [InlineData("上级专项转移支付支出表", TableKind.TransferPayment)]
    [InlineData("部门整体支出绩效目标表", TableKind.PerformanceTargetsOverall)]
    [InlineData("单位整体支出绩效目标表", TableKind.PerformanceTargetsOverall)]
    [InlineData("一级项目支出绩效目标申报表", TableKind.PerformanceTargetsProject)]
    [InlineData("财政项目支出绩效自我评价", TableKind.PerformanceSelfEvaluation)]
    [InlineData("部门预算绩效管理项目情况表", TableKind.PerformanceProjects)]
    public void Title_names_the_kind(string title, string kind) =>
        Assert.Equal(kind, TableKindClassifier.FromTitle(title.Replace(" ", "", StringComparison.Ordinal)));

    [Fact]
    public void Untitled_indicator_table_is_recognized_by_its_header() =>
        Assert.Equal(TableKind.PerformanceSelfEvaluation, TableKindClassifier.FromHeader("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分"));

    [Fact]
    public void Unknown_title_has_no_kind() => Assert.Null(TableKindClassifier.FromTitle("机构设置情况"));

    [Fact]
    public void Every_seed_table_with_a_printed_number_is_classified()
    {
        foreach (var seed in new[] { "000_7b0e8fb7a46aa85b.txt", "002_78cf085746fe5453.txt", "003_d0b700a6485bd38b.txt" })
        {
            var input = SeedTables.Input(seed);
            var result = new BudgetDocumentNormalizer().Normalize(input);
            for (var i = 0; i < input.Tables.Length; i++)
                if (input.Tables[i].Number is not null) Assert.True(result.Kinds[i] is not null, $"{seed} {input.Tables[i].Number} {input.Tables[i].Title}");
        }
    }
}
