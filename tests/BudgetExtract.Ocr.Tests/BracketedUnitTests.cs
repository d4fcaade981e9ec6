using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;

namespace BudgetExtract.Ocr.Tests;

public sealed class BracketedUnitTests
{
    private static IReadOnlyList<string>? Repair(bool digitsSeePercent, params string[] words) =>
        BracketedUnit.RepairPercent(words, () => digitsSeePercent);

    [Fact]
    public void A_percent_and_closing_bracket_read_as_one_character_after_a_number_become_a_bracketed_percent()
    {
        // Regression (1-bit scans of seed 001): 0.50(%) read 0.50(吵, >90(%) read >90(叭.
        Assert.Equal(["0.50(", "%)"], Repair(false, "0.50(", "吵"));
        Assert.Equal([">90(%)"], Repair(false, ">90(叭"));
    }

    [Fact]
    public void After_a_chinese_character_the_repaired_brackets_are_full_width()
    {
        // 受补助企业满意度（%） read 受补助企业满意度(哈 on a gray scan of seed 000.
        Assert.Equal(["受补助企业满意度（%）"], Repair(false, "受补助企业满意度(哈"));
        Assert.Equal(["满意度（", "%）"], Repair(false, "满意度(", "喉"));
    }

    [Fact]
    public void A_measure_word_after_the_bracket_stays_unless_the_digit_reader_sees_a_percent_there()
    {
        Assert.Null(Repair(false, "300.00(家"));
        Assert.Null(Repair(false, "20.70(分"));
        Assert.Equal(["20.70(%)"], Repair(true, "20.70(分"));
    }

    [Theory]
    [InlineData("300.00(家)")]
    [InlineData("满意度（%）")]
    [InlineData("0.50")]
    [InlineData("数量指标")]
    public void Other_texts_are_left_alone(string text) => Assert.Null(Repair(true, text));

    [Fact]
    public void A_bracketed_word_that_lost_its_closing_bracket_needs_the_digit_readers_percent()
    {
        // 因公出国(境)费 read without its last characters is not a percentage.
        Assert.Null(Repair(false, "因公出国(境"));
        Assert.Equal(["补贴单位满意度（%）"], Repair(false, "补贴单位满意度(喉"));
    }

    [Theory]
    [InlineData("300.00(家)", true)]
    [InlineData(">90(%)", true)]
    [InlineData("=360(天)", true)]
    [InlineData("6000.00（家）", true)]
    [InlineData("300.00", false)]
    [InlineData("(2023", false)]
    [InlineData("附表15-10", false)]
    [InlineData("10个", false)]
    public void A_number_with_a_unit_in_brackets_is_a_value_as_printed(string text, bool expected) =>
        Assert.Equal(expected, BracketedUnit.IsValueWithUnit(text));

    [Theory]
    [InlineData(">0.70(0》", true)]
    [InlineData("2>90(家)", true)]
    [InlineData("(0.00", false)]
    [InlineData("1,234.00", false)]
    public void A_bracket_after_digits_marks_a_unit_read_or_misread(string text, bool expected) =>
        Assert.Equal(expected, BracketedUnit.HasBracketAfterNumber(text));

    [Fact]
    public void The_number_of_a_value_with_a_unit_is_without_sign_and_unit() =>
        Assert.Equal("300.00", BracketedUnit.NumberOf(">300.00(天)"));

    private static OcrPage Recognize(string text, string digits) =>
        new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(Synthetic.GridWithSpan(), 288, new ReaderPair(new FixedReader(text, 95), new FixedReader(digits, 95)));

    private static string Text(OcrPage page) => string.Concat(page.Glyphs.Select(g => g.Text));

    [Fact]
    public void A_number_with_a_bracketed_unit_keeps_its_unit_instead_of_being_read_by_the_digit_readers()
    {
        // Regression: 300.00(家) was taken for a number with a stray character; the digit readers made it 300.0042.
        var page = Recognize("300.00(家)", "300.0042");
        Assert.Contains("300.00(家)", Text(page));
        Assert.DoesNotContain("300.0042", Text(page));
        Assert.DoesNotContain(page.Diagnostics, d => d.Code == LowConfidenceDiagnostic.Code);
    }

    [Fact]
    public void A_value_with_a_unit_is_flagged_when_the_digit_reader_does_not_see_its_number() =>
        Assert.Contains(Recognize("300.00(家)", "380.0042").Diagnostics,
            d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("a digits-only reading says '380.0042'"));

    [Fact]
    public void A_misread_bracketed_percent_is_repaired_and_reported_as_a_correction()
    {
        var page = Recognize("0.50(吵", "0.50%");
        Assert.Contains("0.50(%)", Text(page));
        Assert.Contains(page.Diagnostics, d => d.Code == LexiconDiagnostic.Code && d.Message.Contains("0.50(吵"));
        Assert.DoesNotContain(page.Diagnostics, d => d.Code == LowConfidenceDiagnostic.Code);
    }
}
