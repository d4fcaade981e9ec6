using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("选。", true)]
    [InlineData("动，开展民营", true)]
    [InlineData("“引进来”活", true)]
    [InlineData("《关于全面提升", true)]
    [InlineData("（民营经济 27 条）", true)]
    [InlineData("开展优秀民营", false)]
    [InlineData("（二）政府性基金预算", false)]
    [InlineData("(3)其他资金", false)]
    [InlineData("（十一）交通运输支出", false)]
    public void A_line_started_early_by_line_breaking_rules_is_told_from_a_line_of_its_own(string line, bool pushed) =>
        Assert.Equal(pushed, CellText.PushedByLineBreakRules(line));
}
