using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class OrdinalHeadingsTests
{
    /// <summary>Cells of one grid row 100 px high, side by side from x = 0, 200 px wide each.</summary>
    private static List<OrdinalHeadings.Cell> Row(int top, params string[] texts) =>
        [.. texts.Select((t, i) => new OrdinalHeadings.Cell(new PixelBox(i * 200, top, (i + 1) * 200, top + 100), t))];

    [Fact]
    public void Misread_numerals_of_the_headings_follow_the_one_read_right()
    {
        // Regression (1-bit scans of seeds 001, 003, 004): 二级指标 read -级指标 / `级指标, 三级指标 read =级指标.
        var corrections = OrdinalHeadings.Correct(Row(0, "一级指标", "-级指标", "=级指标", "指标值"));
        Assert.Equal(new Dictionary<int, string> { [1] = "二级指标", [2] = "三级指标" }, corrections);
    }

    [Fact]
    public void The_first_heading_is_numbered_from_the_ones_after_it() =>
        Assert.Equal(new Dictionary<int, string> { [0] = "一级指标" }, OrdinalHeadings.Correct(Row(0, "-级指标", "二级指标", "三级指标")));

    [Theory]
    [InlineData("一级指标", "一级指标")] // numerals that disagree on the numbering
    [InlineData("-级指标", "`级指标")]  // no numeral read at all
    public void Headings_are_left_alone_when_the_row_does_not_decide(string first, string second) =>
        Assert.Empty(OrdinalHeadings.Correct(Row(0, first, second)));

    [Fact]
    public void Headings_in_other_rows_or_apart_are_not_numbered_together()
    {
        List<OrdinalHeadings.Cell> cells = [.. Row(0, "一级指标"), .. Row(100, "-级指标")];
        Assert.Empty(OrdinalHeadings.Correct(cells));
        var apart = Row(0, "一级指标", "项目", "-级指标");
        Assert.Empty(OrdinalHeadings.Correct(apart));
    }
}
