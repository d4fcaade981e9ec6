using BudgetExtract.Tables.Headers;

namespace BudgetExtract.Tables.Tests;

public sealed class HeaderRowCounterTests
{
    [Theory]
    [InlineData(new[] { "Item", "2012", "2011", "Change (%)" }, true)]
    [InlineData(new[] { "项目", "2022", "2023" }, true)]
    [InlineData(new[] { "申报补助资金企业受理数", "2000", "考察对申报企业受理情况" }, false)]
    [InlineData(new[] { "服务企业家人数", "3650", "1800", "2260" }, false)]
    [InlineData(new[] { "指标", "2012", "2012" }, false)]
    [InlineData(new[] { "", "2010", "2011", "" }, true)]
    [InlineData(new[] { "2012", "1990" }, false)]
    public void Only_close_distinct_years_beside_a_text_heading_read_as_year_headings(string[] row, bool expected) =>
        Assert.Equal(expected, HeaderRowCounter.YearHeadings(row));

    [Theory]
    [InlineData(new[] { "项目名称", "商务工作专项", "", "" }, true)]
    [InlineData(new[] { "主管部门：", "市商务局", "", "实施单位", "市商务局", "" }, true)]
    // Regression, seed 002 部门预算绩效管理项目情况表: a list's head row names two form keys in a row.
    [InlineData(new[] { "预算单位", "项目名称", "预算金额", "", "", "预算执行时间" }, false)]
    [InlineData(new[] { "项目名称", "", "", "" }, false)]
    // Regression, 深圳 2026 收入总表 (10 documents) and 江苏 收入预算总表 (15): a key followed by an amount column's heading
    // heads a list; the tables had no header rows.
    [InlineData(new[] { "预算单位", "收入总计", "本年收入", "", "", "", "", "", "", "", "", "上年结余、结转" }, false)]
    [InlineData(new[] { "项目名称", "", "金额" }, false)]
    public void A_form_key_beside_its_value_makes_a_form_row_but_a_key_beside_a_key_a_head_row(string[] row, bool expected) =>
        Assert.Equal(expected, HeaderRowCounter.IsKeyValueRow(row));
}
