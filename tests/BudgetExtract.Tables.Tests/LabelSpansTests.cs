using BudgetExtract.Tables.Unruled;

namespace BudgetExtract.Tables.Tests;

public sealed class LabelSpansTests
{
    [Fact]
    public void Rows_atop_a_page_above_its_first_label_stay_unlabelled_when_the_label_is_centred_on_later_rows()
    {
        // Regression (our rendering of seed 000 without rules, 部门整体支出绩效目标表 p20): the page opens with six rows of
        // 年度主要任务, whose label is on p19; 年度总体目标 is centred on its paragraph row and the 一级指标 row (6-7), and
        // 年度绩效指标 on the indicator rows (8-12). Paying for the six rows left unlabelled, the tiling gave 年度总体目标
        // rows 3-9, centred too within tolerance, and the label stood at 政府投资项目.
        double[] top = [67.3, 127.5, 161.1, 181.4, 201.7, 235.3, 255.6, 329.1, 349.4, 383.0, 416.6, 450.2, 483.8];
        double[] bottom = [116.7, 150.3, 170.6, 190.9, 224.5, 244.8, 318.3, 338.6, 372.2, 405.8, 439.4, 473.0, 506.6];

        var spans = LabelSpans.Tile([297.1, 428.0], top, bottom, new HashSet<int>(), 5.7);

        Assert.Equal([(6, 7), (8, 12)], spans);
    }

    [Fact]
    public void A_label_centred_on_two_runs_of_rows_takes_the_one_that_leaves_no_row_after_it_unlabelled()
    {
        // Rows 3-5 and 2-6 share a middle; only 2-6 leaves no row under the label without one.
        double[] top = [0, 20, 40, 60, 80, 100, 120];
        double[] bottom = [15, 35, 55, 75, 95, 115, 135];

        var spans = LabelSpans.Tile([87.5], top, bottom, new HashSet<int> { 0, 1 }, 5);

        Assert.Equal([(2, 6)], spans);
    }
}
