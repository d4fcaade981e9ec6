using System.Text.Json.Nodes;
using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;
using BudgetExtract.ScanGen;

namespace BudgetExtract.Ocr.Tests;

public sealed class OcrLexiconTests
{
    private static readonly OcrLexicon Small = new(["数量指标", "质量指标", "基本支出", "其他支出", "科目名称", "序号", "指标值", "机关事业单位基本养老保险缴费支出"]);

    [Fact]
    public void A_misread_character_of_a_term_is_corrected_to_the_term()
    {
        // 003 bw200 scan: every 数量指标 of 年度绩效目标表 came out 数黄指标 / 数基指标 / 数世指标.
        Assert.Equal(new LexiconCorrection("数量指标", 1), Small.Correct("数黄指标", [97, 87, 99, 100]));
    }

    [Fact]
    public void A_long_term_accepts_up_to_a_quarter_of_its_characters_changed()
    {
        Assert.Equal("机关事业单位基本养老保险缴费支出", Small.Correct("机关事尼单位基本养老供险缴澡支出")?.Term);
        Assert.Equal(4, Small.Correct("机关事尼单位基本养攻供险缴澡支出")?.Changed); // 4 of 16: the limit
        Assert.Null(Small.Correct("机关事尼单位基本养攻供险缴澡文出"));             // 5 of 16: too far
    }

    [Fact]
    public void Two_terms_equally_near_is_ambiguous_and_left_alone()
    {
        // 其本支出 is one character from 基本支出 and from 其他支出.
        Assert.Null(Small.Correct("其本支出"));
    }

    [Theory]
    [InlineData("数量指标")] // already a term
    [InlineData("数黄1标")]  // digits are for the number readers
    [InlineData("表号")]     // two characters are too easily another word (序号 is a term, 表号 is printed)
    [InlineData("要标值")]   // three too: 目标值 was printed (1-bit scan of 000 p19), 指标值 is the term
    [InlineData("数黄 指标")] // whitespace: not one word group
    public void Texts_that_are_terms_have_digits_or_are_too_short_are_not_corrected(string text) =>
        Assert.Null(Small.Correct(text));

    [Fact]
    public void A_numbered_name_is_matched_by_its_name_and_keeps_its_own_number()
    {
        var lexicon = new OcrLexicon(["一、社会保障和就业支出", "三、公共安全支出"]);
        Assert.True(lexicon.Contains("四、社会保障和就业支出"));
        Assert.Equal("二、公共安全支出", lexicon.Correct("二、公共安仝支出")?.Term);
        Assert.Equal("公共安全支出", lexicon.Correct("公共安仝支出")?.Term);
        // The item number itself is never corrected, though 三、公共安全支出 is one character away.
        Assert.Null(lexicon.Correct("二、公共安全支出"));
    }

    [Fact]
    public void A_character_read_confidently_is_never_changed()
    {
        Assert.Null(Small.Correct("科日名称", [99, 97, 99, 98]));
        Assert.Equal("科目名称", Small.Correct("科日名称", [99, 80, 99, 98])?.Term);
    }

    [Fact]
    public void On_black_and_white_pages_real_budget_text_overrules_the_confidence_of_a_character_written_beside_its_neighbours_nowhere()
    {
        // Development 1-bit scans: 数量指标 read 数虽指标 three times with 97–99 (数虽 and 虽指 occur in no real budget text,
        // 数量 and 量指 hundreds of times); 基本文出 keeps its sure 文, since 本文 is written in real budget text.
        Func<char, char, int> pairs = StrokeContext.Default.PairCount;
        Assert.Null(Small.Correct("数虽指标", [99, 98, 99, 99]));
        Assert.Equal("数量指标", Small.Correct("数虽指标", [99, 98, 99, 99], pairs)?.Term);
        Assert.Null(Small.Correct("基本文出", [99, 99, 99.9f, 99], pairs));
        Assert.Equal("基本支出", Small.Correct("基本文出", [99, 99, 90, 99], pairs)?.Term); // unsure: corrected as before
    }

    [Fact]
    public void The_committed_lexicon_loads_and_holds_budget_vocabulary_but_no_digits()
    {
        var lexicon = OcrLexicon.Default;
        Assert.InRange(lexicon.Count, 300, 20_000);
        Assert.True(lexicon.Contains("数量指标"));
        Assert.True(lexicon.Contains("机关事业单位基本养老保险缴费支出"));
        Assert.False(lexicon.Contains("2080505"));
    }

    [Fact]
    public void The_corrector_replaces_characters_in_place_so_word_boxes_stay()
    {
        var box = new PixelBox(0, 0, 10, 10);
        IReadOnlyList<OcrWord> words = [new("数黄", box, 70, box, [99, 60]), new("指标", new PixelBox(10, 0, 20, 10), 99, box, [99, 99])];
        var corrected = LexiconCorrector.Correct(Small, words);
        Assert.NotNull(corrected);
        Assert.Equal(["数量", "指标"], corrected.Select(w => w.Text));
        Assert.Equal(words.Select(w => w.Box), corrected.Select(w => w.Box));
    }
}

public sealed class LexiconInPageRecognizerTests
{
    private static OcrPage Recognize(string text, float confidence, string digits = "0", bool useLexicon = true) =>
        new PageRecognizer(new OcrOptions { CacheDirectory = null, UseLexicon = useLexicon })
            .Recognize(Synthetic.GridWithSpan(), 288, new ReaderPair(new FixedReader(text, confidence), new FixedReader(digits, 90)));

    [Fact]
    public void A_corrected_cell_reads_the_term_and_says_so_in_an_ocr_lexicon_diagnostic()
    {
        var page = Recognize("数黄指标", 80);
        Assert.Contains("数量指标", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.DoesNotContain("数黄", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.Contains(page.Diagnostics, d => d.Code == LexiconDiagnostic.Code && d.Message.Contains("OCR read '数黄指标', corrected to '数量指标'"));
    }

    [Fact]
    public void Without_the_lexicon_the_reading_stays()
    {
        var page = Recognize("数黄指标", 80, useLexicon: false);
        Assert.Contains("数黄指标", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.DoesNotContain(page.Diagnostics, d => d.Code == LexiconDiagnostic.Code);
    }

    [Fact]
    public void A_bound_read_with_its_sign_as_a_chinese_character_keeps_the_sign()
    {
        // Regression (gray 250 dpi scan of 003 p30): ≥90% read 之90% by chi_sim and 290% by the digit readers, output 290%.
        var page = Recognize("之90%", 95, digits: "290%");
        var text = string.Concat(page.Glyphs.Select(g => g.Text));
        Assert.Contains("≥90%", text);
        Assert.DoesNotContain("290", text);
    }
}

public sealed class TextRepairDashTests
{
    [Theory]
    [InlineData("工信产业发展专项资金一一战略新兴领域", "工信产业发展专项资金——战略新兴领域")] // 002 gray200: 6 cells
    [InlineData("专项资金一一一战略", "专项资金———战略")]
    [InlineData("一般公共预算", "一般公共预算")]   // one 一 is a character
    [InlineData("一一对应", "一一对应")]           // nothing Chinese before: left alone
    public void Two_or_more_yi_between_chinese_characters_are_dashes(string read, string expected) =>
        Assert.Equal(expected, TextRepair.Dashes(read));

    [Fact]
    public void Dashes_are_repaired_across_the_words_of_a_reading()
    {
        Assert.Equal(["专项资金—", "—战略"], TextRepair.Repair(["专项资金一", "一战略"]));
    }
}

public sealed class ComparisonTests
{
    [Theory]
    [InlineData("之90%", '≥', "90%")]
    [InlineData("过 85%", '≥', "85%")]
    [InlineData("≥100%", '≥', "100%")]
    [InlineData("≤5", '≤', "5")]
    [InlineData("=100%", '=', "100%")]
    [InlineData(">85%", '>', "85%")]
    [InlineData("＜3", '<', "3")]
    [InlineData("-100%", '-', "100%")]
    public void A_sign_before_a_number_is_split_off(string read, char sign, string bound) =>
        Assert.Equal(((char?)sign, (string?)bound), NumberText.SplitComparison(read));

    [Theory]
    [InlineData("-100%", new string[0], "100%")]
    [InlineData("2100%", new[] { "-100%", "2100%" }, "100%")]
    [InlineData("2100%", new[] { "100%" }, "100%")]
    [InlineData("100%", new string[0], "100%")]
    // A 2 no other reading leaves out is a digit of the number: the = was not read at all.
    [InlineData("20%", new[] { "20%", "220%" }, "20%")]
    public void A_bound_whose_equals_sign_was_read_as_a_minus_a_2_or_nothing_is_the_number_after_it(string value, string[] readings, string bound) =>
        Assert.Equal(bound, NumberText.WithoutEqualsGlyph(value, readings));

    [Theory]
    [InlineData("-")]
    [InlineData("10O%")]
    [InlineData("--5")]
    public void A_reading_that_is_no_number_has_no_bound_after_an_equals_sign(string value) =>
        Assert.Null(NumberText.WithoutEqualsGlyph(value, []));

    [Theory]
    [InlineData("之后")]
    [InlineData("过去3年")]
    [InlineData("290%")]
    [InlineData("之")]
    public void Other_texts_have_no_bound(string read) =>
        Assert.Equal(((char?)null, (string?)null), NumberText.SplitComparison(read));

    [Theory]
    [InlineData("290%", "90%")]
    [InlineData("285%", "85%")]
    [InlineData("90%", "90%")]
    [InlineData("2", "2")]
    public void The_2_a_digit_reader_makes_of_the_sign_is_dropped(string reading, string expected) =>
        Assert.Equal(expected, NumberText.WithoutSignGlyph(reading));

    [Theory]
    [InlineData("-100%", '=', "100%")]
    [InlineData("275%", '=', "75%")]
    [InlineData("-100%", '≥', "-100%")]
    [InlineData("-", '=', "-")]
    public void The_minus_a_digit_reader_makes_of_an_equals_sign_is_dropped_for_that_sign_only(string reading, char sign, string expected) =>
        Assert.Equal(expected, NumberText.WithoutSignGlyph(reading, sign));
}

public sealed class LexiconBuilderTests
{
    private static (string City, JsonNode Document) Doc(string city, string[] cells, (string? Code, string Name)[]? lines = null) =>
        (city, new JsonObject
        {
            ["tables"] = new JsonArray(new JsonObject
            {
                ["header"] = new JsonArray(new JsonArray(cells.Take(1).Select(c => (JsonNode?)JsonValue.Create(c)).ToArray())),
                ["rows"] = new JsonArray(new JsonArray(cells.Skip(1).Select(c => (JsonNode?)JsonValue.Create(c)).ToArray())),
            }),
            ["lines"] = new JsonArray((lines ?? []).Select(l => (JsonNode?)new JsonObject { ["code"] = l.Code, ["name"] = l.Name }).ToArray()),
        });

    [Fact]
    public void Cell_texts_recurring_in_three_documents_of_two_cities_are_terms()
    {
        var terms = LexiconBuilder.Build(
        [
            Doc("a", ["科目名称", "数量指标", "本局自有项目", "1,234.00"]),
            Doc("a", ["科目名称", "数量指标", "本局自有项目", "1,234.00"]),
            Doc("a", ["科目 名称", "本局自有项目", "2024年预算"]),
            Doc("b", ["数量指标", "2024年预算"]),
        ], new LexiconOptions());
        // 科目名称 (whitespace removed) and 本局自有项目 are in 3 documents of city a only; 数量指标 in 3 of a and b.
        Assert.Equal(["数量指标"], terms);
    }

    [Fact]
    public void Classification_names_need_two_documents_and_texts_with_digits_are_never_terms()
    {
        var terms = LexiconBuilder.Build(
        [
            Doc("a", [], [("2080505", "机关事业单位基本养老保险缴费支出"), ("201", "一般公共服务支出"), (null, "上年结转")]),
            Doc("b", [], [("2080505", "机关事业单位基本养老保险缴费支出"), ("2010101", "第1项")]),
        ], new LexiconOptions());
        Assert.Equal(["机关事业单位基本养老保险缴费支出"], terms);
    }
}

public sealed class PageNumberRereadTests
{
    [Theory]
    [InlineData("- 朋 -", true)]  // - 41 - on a gray 180 dpi scan of 002 p41
    [InlineData("-组-", true)]
    [InlineData("- --", true)]
    [InlineData("- 40 -", false)] // read right: the layout knows it as a page number already
    [InlineData("一一", false)]   // too short: a dash cell
    [InlineData("一级项目支出", false)]
    public void Lines_shaped_like_a_page_number_without_digits_are_re_read(string line, bool expected) =>
        Assert.Equal(expected, PageRecognizer.PageNumberLike(line));

    [Theory]
    [InlineData("-41-", "41")]
    [InlineData("41", "41")]
    [InlineData("- 7 -", "7")]
    [InlineData("4.1", null)]
    [InlineData("--", null)]
    public void The_digit_reading_gives_the_page_number_only_when_it_is_digits(string reading, string? expected) =>
        Assert.Equal(expected, PageRecognizer.PageNumberDigits(reading));
}

public sealed class DashedPageNumberTests
{
    [Theory]
    [InlineData("-11-", "11")]
    [InlineData("- 40 -", "40")]
    [InlineData("—3—", "3")]
    [InlineData("- --", null)]   // no digits: re-read by the digit reader instead
    [InlineData("-1.5-", null)]
    [InlineData("11", null)]     // no dashes: a number
    public void A_line_read_as_digits_between_dashes_is_a_page_number(string line, string? expected) =>
        Assert.Equal(expected, PageRecognizer.DashedPageNumber(line));

    /// <summary>Page mode reads the whole page as one line <paramref name="pageText"/>; every line read (the digit readers) says "--".</summary>
    private sealed class PageLineReader(string pageText) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            var box = new PixelBox(0, 0, image.Width, image.Height);
            return [new OcrWord(mode == ReadMode.Page ? pageText : "--", box, 90, box)];
        }

        public void Dispose() { }
    }

    [Fact]
    public void A_page_number_read_right_by_the_page_is_kept_though_the_digit_readers_see_dashes()
    {
        // Regression (development 1-bit 240 dpi scan of seed 004 p11-12): - 11 - read -11- by the page, but the digit
        // readers of the spaced-out line said -- and outvoted it; "- --" stayed content under the table, which was then
        // not stitched to its continuation.
        var image = new GrayImage(1200, 900);
        for (var y = 0; y < 900; y++)
        for (var x = 0; x < 1200; x++)
            image[x, y] = 255;
        foreach (var (x0, x1, y0, y1) in new[] { (500, 520, 808, 812), (560, 566, 790, 830), (580, 586, 790, 830), (620, 640, 808, 812) })
            for (var y = y0; y < y1; y++)
            for (var x = x0; x < x1; x++)
                image[x, y] = 0;
        // The table above it (a page without a ruled grid is read chunk by chunk instead, session 12).
        foreach (var y in new[] { 100, 300 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 302);
        var reader = new PageLineReader("-11-");
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null }).Recognize(image, 288, new ReaderPair(reader, reader));
        Assert.Equal("-11-", string.Concat(page.Glyphs.Where(g => !g.IsWhitespace).Select(g => g.Text)));
    }
}
