using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;
using BudgetExtract.ScanGen;

namespace BudgetExtract.Ocr.Tests;

public sealed class StrokeContextTests
{
    [Theory]
    // Development 1-bit 190 dpi scan of seed 002 p44-45 and the committed bw200 scan: 目 read 日, 计 read 让, 年 read 华, 设 read 没.
    [InlineData("项日概况", "项目概况")]
    [InlineData("让划数据", "计划数据")]
    [InlineData("华度日标", "年度目标")]
    [InlineData("服务体系建没", "服务体系建设")]
    [InlineData("年度上作计划", "年度工作计划")]
    // Three more development scans (seeds 004, 002, 000): 尾 read 尼, 平 read 半, 专 read 女, 量 read 其.
    [InlineData("项目尼款支付", "项目尾款支付")]
    [InlineData("公共服务示范半台", "公共服务示范平台")]
    [InlineData("能力女题培训", "能力专题培训")]
    [InlineData("奖励数其", "奖励数量")]
    [InlineData("部门整体文出绩效目标表", "部门整体支出绩效目标表")] // title of development scan e4

    public void A_character_that_lost_thin_strokes_is_put_back_when_real_budget_text_says_so(string read, string printed) =>
        Assert.Equal(printed, StrokeContext.Default.Correct(read));

    [Theory]
    [InlineData("日常公用经费")] // 日常 is budget text
    [InlineData("上年结转")]     // so is 上年
    [InlineData("大型会议")]
    [InlineData("计划数据")]     // nothing lost
    [InlineData("妇女儿童")]     // 女 of real text
    [InlineData("其他支出")]     // 其 of real text
    [InlineData("发文单位")]     // 文 of real text
    public void Characters_their_neighbours_allow_are_left(string text) =>
        Assert.Null(StrokeContext.Default.Correct(text));

    [Theory]
    [InlineData("8月1日前")]   // a date
    [InlineData("1500万用于")] // a unit (real text: 09万用于 would become 09专用于 without the digit rule)
    public void A_character_next_to_a_digit_is_never_changed(string text) =>
        Assert.Null(StrokeContext.Default.Correct(text));

    [Fact]
    public void With_one_chinese_neighbour_the_read_pair_must_never_occur_in_real_text()
    {
        var context = new StrokeContext([new("项目", 100), new("项日", 1), new("目标", 100)]);
        Assert.Null(context.Correct("项日"));            // 项日 seen once: left
        Assert.Equal("目标", context.Correct("日标"));     // 日标 never seen
        Assert.Null(new StrokeContext([new("目标", 9)]).Correct("日标")); // too little evidence for 目标
    }

    [Fact]
    public void Both_neighbours_must_favour_the_printed_character()
    {
        // 项目 is far more common than 项日, but 日常 is common and 目常 is not: the right side vetoes.
        var context = new StrokeContext([new("项目", 1000), new("日常", 30)]);
        Assert.Null(context.Correct("项日常"));
    }

    [Fact]
    public void A_neighbour_neither_pair_occurs_with_says_nothing()
    {
        // Development scan of seed 002 p44: 项日申报依据 — neither 日申 nor 目申 occurs in real text, 项目 thousands of times.
        var context = new StrokeContext([new("项目", 1000)]);
        Assert.Equal("项目申", context.Correct("项日申"));
    }

    [Fact]
    public void The_corrector_changes_characters_in_place_across_words_so_word_boxes_stay()
    {
        var box = new PixelBox(0, 0, 10, 10);
        OcrWord[] words = [new("年度", box, 90, box), new("日标", new PixelBox(10, 0, 20, 10), 80, box)];
        var corrected = StrokeContextCorrector.Correct(StrokeContext.Default, words);
        Assert.NotNull(corrected);
        Assert.Equal(["年度", "目标"], corrected.Select(w => w.Text));
        Assert.Equal(words[1].Box, corrected[1].Box);
    }

    [Fact]
    public void The_builder_counts_every_adjacent_chinese_pair_with_spaces_removed()
    {
        var pairs = BigramBuilder.Build(["2025 年度 项目 支出", "项目预算", "财政拨款"]);
        Assert.Contains("项目\t2", pairs);
        Assert.Contains("目支\t1", pairs);
        Assert.Contains("财政\t1", pairs); // no stroke character: the character vote looks it up (session 10)
        Assert.DoesNotContain(pairs, p => p.StartsWith("5年", StringComparison.Ordinal));  // digits are not counted
    }

    /// <summary>One ruled cell with a line of ink, on a white page (black-and-white) or a paper-gray one.</summary>
    private static GrayImage Cell(byte paper)
    {
        var image = new GrayImage(1200, 900);
        for (var y = 0; y < 900; y++)
        for (var x = 0; x < 1200; x++)
            image[x, y] = paper;
        foreach (var y in new[] { 100, 300 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 302);
        for (var y = 180; y < 210; y++)
        for (var x = 200; x < 500; x++)
            image[x, y] = 0;
        return image;
    }

    private static OcrPage Recognize(GrayImage image) => new PageRecognizer(new OcrOptions { CacheDirectory = null })
        .Recognize(image, 288, new ReaderPair(new FixedReader("项日概况", 90), new FixedReader("0", 90)));

    [Fact]
    public void A_black_and_white_page_gets_its_lost_strokes_back_and_reports_the_correction()
    {
        var image = Cell(255);
        Assert.True(image.LooksBilevel());
        var page = Recognize(image);
        Assert.Equal("项目概况", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.Contains(page.Diagnostics, d => d.Code == LexiconDiagnostic.Code && d.Message.Contains("'项日概况', corrected to '项目概况'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gray_page_keeps_its_reading() =>
        // Gray scans keep thin strokes; their readings are left as they were.
        Assert.Equal("项日概况", string.Concat(Recognize(Cell(225)).Glyphs.Select(g => g.Text)));
}
