using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class PageRecognizerRulesTests
{
    private static OcrWord Word(string text, int x0, int x1) => new(text, new PixelBox(x0, 10, x1, 40), 90, new PixelBox(0, 10, 500, 40));

    [Fact]
    public void Overlapping_word_boxes_start_after_the_previous_word_so_characters_keep_their_order()
    {
        // Regression: 社会保障 + 和就业支出 with the first box running into the second came out as 社会保和障就业支出.
        var words = PageRecognizer.InReadingOrder([Word("社会保障", 0, 150), Word("和就业支出", 120, 300)]).ToList();
        Assert.Equal(150, words[1].Box.X0);
        Assert.Equal(300, words[1].Box.X1);
        Assert.Equal(0, words[0].Box.X0);
    }

    [Fact]
    public void A_word_box_inside_the_previous_one_keeps_a_positive_width_after_it()
    {
        var words = PageRecognizer.InReadingOrder([Word("行政", 0, 200), Word("事业", 50, 120)]).ToList();
        Assert.Equal(200, words[1].Box.X0);
        Assert.True(words[1].Box.X1 > words[1].Box.X0);
    }

    [Theory]
    [InlineData(10, 3, true)]   // a hyphen at 300 dpi (the "-" cells of 支出总表 were dropped)
    [InlineData(10, 10, false)] // a dot or speck
    [InlineData(40, 3, false)]  // an em dash or 一 is longer
    [InlineData(4, 1, false)]   // too small to tell from noise
    public void IsHyphen_accepts_short_thin_bars_only(int width, int height, bool expected) =>
        Assert.Equal(expected, PageRecognizer.IsHyphen(new PixelBox(100, 100, 100 + width, 100 + height)));
}
