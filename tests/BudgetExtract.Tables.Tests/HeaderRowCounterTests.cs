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
}
