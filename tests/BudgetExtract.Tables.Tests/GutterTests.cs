using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Tests;

public sealed class GutterTests
{
    [Fact]
    public void Merging_goes_by_whole_gutters_when_one_page_prefers_a_stretch_another_page_rules_out()
    {
        // Regression (seed 002 rendered by LibreOffice, 收支总表 p2-3): page 2 prefers its edge left of the heading
        // 收入 (77-112 of 77-128); page 3's amounts prove 122-151. The table keeps one gutter, in their common range.
        var merged = Gutter.Merge([new Gutter(77, 128) { Preferred = (77, 112) }, new Gutter(122, 151)]);

        var gutter = Assert.Single(merged);
        Assert.Equal((122.0, 128.0), (gutter.Start, gutter.End));
        Assert.Equal(125.0, gutter.Middle);
    }

    [Fact]
    public void Merged_gutters_keep_the_stretch_their_preferred_stretches_share()
    {
        var merged = Gutter.Merge([new Gutter(300, 400) { Preferred = (300, 340) }, new Gutter(320, 420)]);

        var gutter = Assert.Single(merged);
        Assert.Equal((320.0, 400.0), (gutter.Start, gutter.End));
        Assert.Equal(330.0, gutter.Middle);
    }
}
