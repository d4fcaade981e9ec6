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

    private static char? Confirm(char sign, GrayImage image) => ComparisonGlyph.Confirm(sign, image, 0, 0, image.Width, image.Height);

    [Fact]
    public void An_equals_sign_read_by_the_text_reader_is_kept_when_its_ink_is_two_bars()
    {
        // Regression (1-bit scan of seed 004): =100% read =100404 by chi_sim and -100% by the digit readers came out -100%.
        Assert.Equal('=', Confirm('=', Draw((0, 8, 18, 8), (0, 18, 18, 18))));
    }

    [Fact]
    public void An_equals_sign_broken_by_thresholding_is_still_two_bars()
    {
        // The upper bar in pieces, as 1-bit noise leaves it; the pieces overlap the lower bar's columns.
        Assert.Equal('=', Confirm('=', Draw((0, 8, 5, 8), (11, 8, 18, 8), (0, 18, 18, 18))));
    }

    [Fact]
    public void A_minus_read_where_two_bars_are_printed_is_an_equals_sign()
    {
        // Regression (1-bit scans e6, k4): =100% read -100% by every reader; the upper bar broken into two pieces
        // with a gap of four columns, the lower bar whole.
        Assert.Equal('=', Confirm('-', Draw((3, 8, 5, 8), (10, 8, 16, 8), (0, 18, 18, 18))));
    }

    [Fact]
    public void A_minus_whose_ink_is_one_bar_stays_no_sign()
    {
        Assert.Null(Confirm('-', Draw((0, 12, 18, 12))));
        // A speck over a minus is no second bar.
        Assert.Null(Confirm('-', Draw((8, 4, 9, 4), (0, 14, 18, 14))));
    }

    [Fact]
    public void A_minus_or_a_digit_read_as_an_equals_sign_is_not_one()
    {
        Assert.Null(Confirm('=', Draw((0, 12, 18, 12))));
        Assert.Null(Confirm('=', Draw((0, 0, 18, 0), (18, 0, 18, 25), (18, 25, 0, 25), (0, 25, 0, 0))));
    }

    [Fact]
    public void A_greater_than_read_by_the_text_reader_is_kept_when_its_ink_is_a_chevron()
    {
        Assert.Equal('>', Confirm('>', Draw((0, 0, 20, 12), (20, 12, 0, 25))));
        // With a bar under it the ink says ≥.
        Assert.Equal('≥', Confirm('>', Draw((0, 0, 20, 9), (20, 9, 0, 18), (0, 25, 20, 25))));
        Assert.Null(Confirm('>', Draw((0, 10, 20, 10), (10, 0, 10, 25), (0, 25, 20, 25))));
    }

    [Fact]
    public void Greater_or_equal_read_from_its_look_alikes_is_kept_as_before() =>
        Assert.Equal('≥', Confirm('≥', Draw((0, 10, 20, 10))));

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
