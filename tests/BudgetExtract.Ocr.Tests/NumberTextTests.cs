using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("5,417.80", true)]
    [InlineData("2080505", true)]
    [InlineData("12.5%", true)]
    [InlineData("（1,2O3.00）", true)]
    [InlineData("统计管理", false)]
    [InlineData("2026 年预算数", false)]
    [InlineData("-", false)]
    public void LooksNumeric_tells_amount_cells_from_text_cells(string text, bool expected) =>
        Assert.Equal(expected, NumberText.LooksNumeric(text));

    [Theory]
    [InlineData("1,234.56", true)]
    [InlineData("-12.5", true)]
    [InlineData("0.00", true)]
    [InlineData("2080505", true)]
    [InlineData("-", true)]
    [InlineData("1,23.45", false)]
    [InlineData("1.234.56", false)]
    [InlineData("12..5", false)]
    public void IsWellFormed_accepts_printed_amounts_only(string text, bool expected) =>
        Assert.Equal(expected, NumberText.IsWellFormed(text));

    [Theory]
    [InlineData("562,39", "562.39")]
    [InlineData("2.357.92", "2,357.92")]
    [InlineData("3.478,72", "3,478.72")]
    [InlineData("1,120,80", "1,120.80")]
    [InlineData("1,234", "1,234")]
    [InlineData("2080505", "2080505")]
    [InlineData("0,.00", "0,.00")]
    public void RepairSeparators_fixes_only_what_the_number_grammar_decides(string read, string expected) =>
        Assert.Equal(expected, NumberText.RepairSeparators(read));

    [Fact]
    public void Normalize_folds_full_width_separators_and_drops_spaces() =>
        Assert.Equal("1,234.5-", NumberText.Normalize("1，234． 5－"));
}
