using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;

namespace BudgetExtract.Ocr.Tests;

/// <summary>Counts before a measure word in 绩效 targets (1批, ≥1次) as chi_sim misreads them on 1-bit scans.</summary>
public sealed class CountRepairTests
{
    private static OcrPage Recognize(GrayImage image, string text, string digits) =>
        new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new FixedReader(text, 95), new FixedReader(digits, 95)));

    private static string Text(OcrPage page) => string.Concat(page.Glyphs.Select(g => g.Text));

    [Fact]
    public void A_1_read_as_a_bracket_before_a_measure_word_is_a_1_when_the_digit_reader_sees_it()
    {
        // Regression (1-bit scan of seed 004): 1批 read ]批.
        var page = Recognize(Synthetic.GridWithSpan(), "]批", "1");
        Assert.Contains("1批", Text(page));
        Assert.DoesNotContain("]", Text(page));
        Assert.Contains(page.Diagnostics, d => d.Code == LexiconDiagnostic.Code && d.Message.Contains("]批"));
    }

    [Fact]
    public void A_bracket_stays_when_the_digit_reader_sees_no_1() =>
        Assert.Contains("]批", Text(Recognize(Synthetic.GridWithSpan(), "]批", "7")));

    [Theory]
    [InlineData("]批", true)]
    [InlineData("|家", true)]
    [InlineData("1批", false)]
    [InlineData("]批次数量", false)]
    [InlineData("]", false)]
    public void Only_a_mark_then_a_short_chinese_unit_may_be_a_misread_1(string text, bool expected) =>
        Assert.Equal(expected, LeadingOne.MayBe(text));

    /// <summary>The test grid with a ≥ drawn before the ink of its second row's first cell.</summary>
    private static GrayImage GridWithSignedCell()
    {
        var image = Synthetic.GridWithSpan();
        image.Clear(160, 300, 300, 350);
        for (var i = 0; i <= 25; i++)
        for (var t = 0; t < 3; t++)
        {
            image[160 + i, 300 + i * 15 / 25 + t] = 0; // upper arm, down to the apex on the right
            image[160 + i, 330 - i * 15 / 25 + t] = 0; // lower arm, back to the left
            image[160 + i, 340 + t] = 0;               // the bar under it
        }
        Synthetic.Block(image, 200, 300, 300, 350);
        return image;
    }

    [Fact]
    public void A_sign_chi_sim_left_out_of_a_count_is_restored_from_its_ink()
    {
        // Regression (1-bit scans of seeds 003, 004): ≥1次 read 1次, ≥10000家次 read 10000家次.
        var text = Text(Recognize(GridWithSignedCell(), "1次", "1"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "≥1次"));
        Assert.Contains("1次1次", text.Replace("≥", ""));
    }

    [Theory]
    [InlineData("1次", true)]
    [InlineData("10000家次", true)]
    [InlineData("90%", false)]
    [InlineData("数量指标", false)]
    public void Only_a_count_with_a_short_unit_may_have_lost_its_sign(string text, bool expected) =>
        Assert.Equal(expected, ComparisonGlyph.MayHaveDroppedSign(text));
}
