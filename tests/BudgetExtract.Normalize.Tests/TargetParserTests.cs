using BudgetExtract.Normalize.Indicators;

namespace BudgetExtract.Normalize.Tests;

public class TargetParserTests
{
    [Theory]
    [InlineData("≥500 场", ">=", "500", "场")]
    [InlineData("≤1402.5万元", "<=", "1402.5", "万元")]
    [InlineData("100%", null, "100", "%")]
    [InlineData("=10期", "=", "10", "期")]
    [InlineData(">90(家)", ">", "90", "家")]
    [InlineData("≥ 10", ">=", "10", null)]
    [InlineData("<5（天）", "<", "5", "天")]
    [InlineData("110元/人", null, "110", "元/人")]
    public void Comparator_number_and_unit_are_read(string text, string? op, string value, string? unit)
    {
        var target = TargetParser.Parse(text)!;
        Assert.Equal(op, target.Op);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
    }

    [Theory]
    [InlineData("及时")]
    [InlineData("持续提升")]
    [InlineData("2023年12月31日")]
    [InlineData("每月 50 篇")]
    public void Words_and_dates_are_kept_as_text_only(string text)
    {
        var target = TargetParser.Parse(text)!;
        Assert.Null(target.Op);
        Assert.Null(target.Value);
        Assert.Null(target.Unit);
        Assert.False(string.IsNullOrEmpty(target.Text));
    }

    [Fact]
    public void Empty_cell_has_no_target() => Assert.Null(TargetParser.Parse("  "));
}
