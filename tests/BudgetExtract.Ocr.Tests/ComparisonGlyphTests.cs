using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class ComparisonGlyphTests
{
    /// <summary>A white 60×40 image with strokes 3 px thick drawn between the given points, offset by (10, 5).</summary>
    private static GrayImage Draw(params (double X0, double Y0, double X1, double Y1)[] strokes)
    {
        var image = new GrayImage(60, 40);
        foreach (var (x0, y0, x1, y1) in strokes)
        {
            var steps = (int)Math.Ceiling(Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0))) * 2 + 1;
            for (var i = 0; i <= steps; i++)
            {
                var x = x0 + (x1 - x0) * i / steps;
                var y = y0 + (y1 - y0) * i / steps;
                for (var dx = -1; dx <= 1; dx++)
                    for (var dy = -1; dy <= 1; dy++)
                        image[(int)Math.Round(x) + 10 + dx, (int)Math.Round(y) + 5 + dy] = 0;
            }
        }
        return image;
    }

    private static char? Classify(GrayImage image) => ComparisonGlyph.Classify(image, 0, 0, image.Width, image.Height);

    [Fact]
    public void A_chevron_opening_left_over_a_bar_is_greater_or_equal()
    {
        var image = Draw((0, 0, 20, 9), (20, 9, 0, 18), (0, 25, 20, 25));
        Assert.Equal('≥', Classify(image));
    }

    [Fact]
    public void A_chevron_opening_right_over_a_slanted_bar_is_less_or_equal()
    {
        // The ⩽ style of the seed renderings' font: the bar runs along the lower arm.
        var image = Draw((20, 0, 0, 9), (0, 9, 20, 18), (0, 15, 20, 25));
        Assert.Equal('≤', Classify(image));
    }

    [Fact]
    public void A_box_or_a_cross_is_no_sign()
    {
        Assert.Null(Classify(Draw((0, 0, 20, 0), (20, 0, 20, 25), (20, 25, 0, 25), (0, 25, 0, 0))));
        Assert.Null(Classify(Draw((0, 10, 20, 10), (10, 0, 10, 25), (0, 25, 20, 25))));
    }

    [Fact]
    public void A_chevron_without_a_bar_is_no_sign()
    {
        Assert.Null(Classify(Draw((0, 0, 20, 12), (20, 12, 0, 25))));
    }

    [Theory]
    [InlineData("委369万元", true)]
    [InlineData("过30次", true)]
    [InlineData("之5次", true)]
    [InlineData("369万元", false)]
    [InlineData("每月8期", false)]
    [InlineData("≥90%", false)]
    [InlineData("第三季度", false)]
    public void Only_one_character_before_a_number_and_a_short_unit_may_be_a_misread_sign(string text, bool expected) =>
        Assert.Equal(expected, ComparisonGlyph.MayStartWithSign(text));
}
