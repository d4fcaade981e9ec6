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

    [Fact]
    public void Headings_are_left_alone_when_no_numeral_is_read() =>
        Assert.Empty(OrdinalHeadings.Correct(Row(0, "-级指标", "`级指标")));

    [Theory]
    // Regression (committed bw200 scan of seed 003): 三级指标 read 二级指标 beside 一级指标 | 二级指标.
    [InlineData(new[] { "一级指标", "二级指标", "二级指标" }, 2, "三级指标")]
    // Development 1-bit 190 dpi scan of seed 002 p44: - | : | 二 printed 一 | 二 | 三.
    [InlineData(new[] { "-级指标", ":级指标", "二级指标" }, 0, "一级指标")]
    [InlineData(new[] { "一级指标", "一级指标" }, 1, "二级指标")]
    public void Numerals_that_disagree_are_numbered_from_the_highest_start_since_scans_lose_strokes(string[] read, int index, string printed) =>
        Assert.Equal(printed, OrdinalHeadings.Correct(Row(0, read))[index]);

    [Fact]
    public void Headings_under_one_top_ruling_are_numbered_together_whatever_rows_they_span()
    {
        // Committed bw200 scan of seed 003: 一级指标 and 二级指标 span both header rows, 三级指标 (read 二级指标) one.
        List<OrdinalHeadings.Cell> cells = [.. Row(0, "一级指标", "-级指标"), new(new PixelBox(400, 0, 600, 50), "二级指标")];
        Assert.Equal(new Dictionary<int, string> { [1] = "二级指标", [2] = "三级指标" }, OrdinalHeadings.Correct(cells));
    }

    [Fact]
    public void A_run_that_would_number_past_nine_is_left_alone() =>
        Assert.Empty(OrdinalHeadings.Correct(Row(0, "九级指标", "-级指标")));

    [Fact]
    public void Headings_in_other_rows_or_apart_are_not_numbered_together()
    {
        List<OrdinalHeadings.Cell> cells = [.. Row(0, "一级指标"), .. Row(100, "-级指标")];
        Assert.Empty(OrdinalHeadings.Correct(cells));
        var apart = Row(0, "一级指标", "项目", "-级指标");
        Assert.Empty(OrdinalHeadings.Correct(apart));
    }
}
