using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("5,417.80", true)]
    [InlineData("2080505", true)]
    [InlineData("12.5%", true)]
    [InlineData("（1,2O3.00）", true)]
    [InlineData("统计管理", false)]
    [InlineData("2026 年预算数", false)]
    [InlineData("-", false)]
    [InlineData("1]1", true)]        // 11 with a stray mark: re-read as a number (was left as text, wrong and unflagged)
    [InlineData("I06.81", true)]     // 106.81 with 1 read as I
    [InlineData("附表15-10", false)] // a label: the digit re-read turned 附表 into 22
    [InlineData("COVID-19", false)]
    public void LooksNumeric_tells_amount_cells_from_text_cells(string text, bool expected) =>
        Assert.Equal(expected, NumberText.LooksNumeric(text));

    [Theory]
    [InlineData("1,234.56", true)]
    [InlineData("-12.5", true)]
    [InlineData("0.00", true)]
    [InlineData("2080505", true)]
    [InlineData("-", true)]
    [InlineData("1,23.45", false)]
    [InlineData("1.234.56", false)]
    [InlineData("12..5", false)]
    public void IsWellFormed_accepts_printed_amounts_only(string text, bool expected) =>
        Assert.Equal(expected, NumberText.IsWellFormed(text));

    [Theory]
    [InlineData("562,39", "562.39")]
    [InlineData("2.357.92", "2,357.92")]
    [InlineData("3.478,72", "3,478.72")]
    [InlineData("1,120,80", "1,120.80")]
    [InlineData("1,234", "1,234")]
    [InlineData("2080505", "2080505")]
    [InlineData("0,.00", "0,.00")]
    public void RepairSeparators_fixes_only_what_the_number_grammar_decides(string read, string expected) =>
        Assert.Equal(expected, NumberText.RepairSeparators(read));

    [Fact]
    public void Normalize_folds_full_width_separators_and_drops_spaces() =>
        Assert.Equal("1,234.5-", NumberText.Normalize("1，234． 5－"));

    [Theory]
    [InlineData("人.75", true)]
    [InlineData("8红.08", true)]
    [InlineData("8. 计", true)]
    [InlineData("10个", false)]
    [InlineData("附表15-10", false)]
    [InlineData("8计", false)]
    public void IsNumberWithStrayCharacter_never_takes_a_unit_for_noise(string text, bool expected) =>
        Assert.Equal(expected, NumberText.IsNumberWithStrayCharacter(text));

    [Theory]
    [InlineData("人", true)]
    [InlineData("8. 计", true)]
    [InlineData("二5", true)]
    [InlineData("部门预算支出", false)]
    [InlineData("", false)]
    public void MayBeMisreadNumber_picks_short_readings(string text, bool expected) =>
        Assert.Equal(expected, NumberText.MayBeMisreadNumber(text));

    [Theory]
    // Committed bw200 scan of seed 003 and development 1-bit scans: the majority said 3 where 5 is printed.
    [InlineData("2,453.00", new[] { "2,453.00", "2,453,.00", "2,455,.00", "2,455.00" }, "2,455.00")]
    [InlineData("39.27", new[] { "9.27", "39.27", "59.27", "59.27" }, "59.27")]
    [InlineData("3.00", new[] { "3.00", "5.00", "3.00" }, "5.00")]
    [InlineData("3,382.93", new[] { "3,582.93", "3,382.93" }, "3,582.93")] // only where the readings differ: the first 3 stays
    public void A_3_another_reading_sees_as_5_is_a_5_whose_top_bar_was_lost(string value, string[] readings, string expected) =>
        Assert.Equal(expected, NumberText.WithLostBarsRestored(value, readings));

    [Theory]
    [InlineData("5.00", new[] { "3.00" })]            // never 5 → 3: thresholding does not add a bar
    [InlineData("39.27", new[] { "59.28" })]          // differs elsewhere too: not a lost bar
    [InlineData("39.27", new[] { "59.2" })]           // other length
    [InlineData("39.27", new[] { "59..7" })]          // not a well-formed number
    public void Readings_that_differ_otherwise_leave_the_value(string value, string[] readings) =>
        Assert.Equal(value, NumberText.WithLostBarsRestored(value, readings));
}

public sealed class TextRepairTests
{
    [Theory]
    [InlineData("部门名称:深圳市", "部门名称：深圳市")]
    [InlineData("其中:面向中小企业", "其中：面向中小企业")]
    [InlineData("因公出国(境)费", "因公出国(境)费")]
    [InlineData("专项资金（经费)绩效目标", "专项资金（经费）绩效目标")]
    [InlineData("专项资金〈经费)绩效目标", "专项资金（经费）绩效目标")]
    [InlineData("1,234.56", "1,234.56")]
    [InlineData("(1,234.00)", "(1,234.00)")]
    [InlineData("12:30", "12:30")]
    public void FullWidthPunctuation_only_between_chinese_characters(string read, string expected) =>
        Assert.Equal(expected, TextRepair.FullWidthPunctuation(read));
}

public sealed class TextRepairWordsTests
{
    [Fact]
    public void A_colon_read_as_its_own_word_sees_the_chinese_before_it()
    {
        Assert.Equal(["其中", "：", "面向中小企业"], TextRepair.Repair(["其中", ":", "面向中小企业"]));
        Assert.Equal(["专项资金", "（经费）", "绩效目标"], TextRepair.Repair(["专项资金", "〈经费)", "绩效目标"]));
    }

    [Theory]
    [InlineData("1，事业收入", "1.事业收入")]
    [InlineData("3.，国有资本经营预算拨款", "3.国有资本经营预算拨款")]
    [InlineData("1，2，3", "1，2，3")]
    [InlineData("10个", "10个")]
    [InlineData("2，453.00", "2，453.00")]
    public void ItemNumber_comma_before_chinese_is_a_dot(string read, string expected) =>
        Assert.Equal(expected, TextRepair.ItemNumber(read));

    [Fact]
    public void ItemNumber_keeps_the_word_count()
    {
        var words = TextRepair.Repair(["1", "，", "一般公共预算拨款"]);
        Assert.Equal(3, words.Count);
        Assert.Equal("1.一般公共预算拨款", string.Concat(words));
    }
}

public sealed class PercentReadAsDigitsTests
{
    [Theory]
    [InlineData("900", "90%", true)]  // % read 0
    [InlineData("906", "90%", true)]  // % read 6
    [InlineData("9010", "90%", true)] // % read 01
    [InlineData("90", "90%", false)]  // the % dropped: not a reading of it
    [InlineData("9000", "90", false)] // no percentage to stand for
    [InlineData("95%", "90%", false)]
    [InlineData("9000", "90%", true)]
    [InlineData("90000", "90%", false)] // three extra digits: another number
    [InlineData("880", "90%", false)]
    public void IsPercentReadAsDigits_takes_only_the_percentage_digits_and_one_or_two_more(string reading, string percent, bool expected) =>
        Assert.Equal(expected, NumberText.IsPercentReadAsDigits(reading, percent));
}

/// <summary>A bound ≥90% on a black-and-white scan, whose % the digits-only reader reads as digits.</summary>
public sealed class PercentBoundTests
{
    [Fact]
    public void Bound_90_percent_read_900_by_every_digit_reading_of_the_1_bit_scan_stays_90_percent_and_flagged()
    {
        // Committed 1-bit scan (003…-bw200), 年度绩效目标表: ≥90% came out ≥900 and ≥906 — chi_sim read the bound
        // 之90%, the digit readers read the % as 0 or 6.
        var page = Synthetic.GridWithSpan();
        for (var i = 0; i < page.Pixels.Length; i++) page.Pixels[i] = (byte)(page.Pixels[i] < 128 ? 0 : 255);
        var result = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(new FixedReader("之90%", 95), new FixedReader("900", 95)));
        var text = string.Concat(result.Glyphs.Select(g => g.Text));
        Assert.Contains("≥90%", text);
        Assert.DoesNotContain("900", text);
        Assert.Contains(result.Diagnostics, d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("'≥90%'"));
    }
}

