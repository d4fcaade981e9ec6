using BudgetExtract.Normalize.Amounts;

namespace BudgetExtract.Normalize.Tests;

public class AmountParserTests
{
    [Theory]
    [InlineData("131,728", 10000, 1317280000)]
    [InlineData("3,582.93", 10000, 35829300)]
    [InlineData("0.4", 10000, 4000)]
    [InlineData("16,568,082", 1, 16568082)]
    [InlineData("(12.5)", 1000, -12500)]
    [InlineData("-7", 1, -7)]
    [InlineData("（3）", 1, -3)]
    public void Printed_amount_is_read_in_yuan(string text, int scale, decimal yuan)
    {
        Assert.True(AmountParser.TryParse(text, scale, out var amount));
        Assert.Equal(yuan, amount.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("－")]
    [InlineData("  ")]
    public void Dash_or_blank_is_an_amount_of_nothing(string text)
    {
        Assert.True(AmountParser.TryParse(text, 10000m, out var amount));
        Assert.Null(amount.Value);
    }

    [Theory]
    [InlineData("2023 年")]
    [InlineData("行政运行")]
    [InlineData("12,34")]
    [InlineData("(5")]
    public void Words_and_malformed_numbers_are_not_amounts(string text) =>
        Assert.False(AmountParser.TryParse(text, 1m, out _));

    [Theory]
    [InlineData("169", 10000, 5000)]
    [InlineData("3,582.93", 10000, 50)]
    [InlineData("0.4", 1, 0.05)]
    public void Tolerance_is_half_a_unit_of_the_last_printed_digit(string text, int scale, decimal half)
    {
        Assert.True(AmountParser.TryParse(text, scale, out var amount));
        Assert.Equal(half, amount.HalfUnit);
    }

    [Theory]
    [InlineData("单位：万元", "万元", 10000)]
    [InlineData("单位： 元", "元", 1)]
    [InlineData("金额单位:千元", "千元", 1000)]
    public void Unit_line_names_the_scale(string line, string unit, int scale)
    {
        Assert.Equal(unit, AmountUnit.FromMetaLine(line));
        Assert.Equal(scale, AmountUnit.Scale(unit));
    }
}
