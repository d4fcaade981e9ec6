using BudgetExtract.Layout.Text;

namespace BudgetExtract.Layout.Tests;

public sealed class BaselineBandLineBuilderTests
{
    private static readonly BaselineBandLineBuilder Builder = new();

    [Fact]
    public void Touching_cjk_glyphs_form_one_word()
    {
        var lines = Builder.Build(new FakePage().Text("一般公共预算支出表", 50, 100).Build());
        var word = Assert.Single(Assert.Single(lines).Words);
        Assert.Equal("一般公共预算支出表", word.Text);
    }

    [Fact]
    public void A_gap_wider_than_a_third_of_the_font_size_splits_cjk_text_into_words()
    {
        var page = new FakePage().Text("项目", 50, 100).Text("预算数", 90, 100).Build();
        var line = Assert.Single(Builder.Build(page));
        Assert.Equal(["项目", "预算数"], line.Words.Select(w => w.Text));
        Assert.Equal("项目 预算数", line.Text);
    }

    [Fact]
    public void A_latin_ligature_glyph_gives_its_letters()
    {
        // English held-out set (Chromium, DejaVu Serif): staff and firm are drawn with the ﬀ and ﬁ glyphs.
        var page = new FakePage().Text("staﬀ ﬁrm", 50, 100).Build();
        Assert.Equal(["staff", "firm"], Assert.Single(Builder.Build(page)).Words.Select(w => w.Text));
    }

    [Fact]
    public void Slight_letter_spacing_does_not_split_a_word()
    {
        var page = new FakePage().Text("社会保障和就业支出", 50, 100, letterSpacing: 1.5).Build();
        Assert.Equal("社会保障和就业支出", Assert.Single(Assert.Single(Builder.Build(page)).Words).Text);
    }

    [Fact]
    public void A_percentage_set_a_fifth_of_an_em_before_an_amount_is_its_own_word()
    {
        // Seed 003 unruled p17: 100% right-aligned under 占比 ends 1.9 pt before 1978.55 of 2022年 (9.5 pt type);
        // as one word "100%1978.55" the two columns and the 当年金额 beside them became one cell.
        var page = new FakePage().Text("100%", 50, 100).Text("1978.55", 72, 100).Build();
        var line = Assert.Single(Builder.Build(page));
        Assert.Equal(["100%", "1978.55"], line.Words.Select(w => w.Text));
    }

    [Fact]
    public void A_decimal_point_set_apart_from_its_decimals_stays_in_one_word()
    {
        var page = new FakePage().Text("1978.", 50, 100).Text("55", 76.6, 100).Build();
        Assert.Equal("1978.55", Assert.Single(Assert.Single(Builder.Build(page)).Words).Text);
    }

    [Fact]
    public void A_value_set_a_fifth_of_an_em_before_chinese_text_is_its_own_word_attached_to_the_next()
    {
        // Seed 002 unruled p43: 100% right-aligned in 指标值 ends 1.9 pt before 考察… of 指标解释 (9.5 pt type); as one
        // word the two columns could never be told apart.
        var page = new FakePage().Text("100%", 50, 100).Text("考察情况", 72, 100).Build();
        var line = Assert.Single(Builder.Build(page));
        Assert.Equal(["100%", "考察情况"], line.Words.Select(w => w.Text));
        Assert.True(line.Words[1].Attached);
        Assert.Equal("100%考察情况", line.Text);
    }

    [Fact]
    public void A_value_and_chinese_text_set_without_a_gap_stay_one_word()
    {
        var page = new FakePage().Text("2021年度", 50, 100).Build();
        Assert.Equal("2021年度", Assert.Single(Assert.Single(Builder.Build(page)).Words).Text);
    }

    [Fact]
    public void Space_glyphs_separate_words_and_are_not_kept()
    {
        var page = new FakePage().Text("2023 年", 50, 100).Build();
        Assert.Equal(["2023", "年"], Assert.Single(Builder.Build(page)).Words.Select(w => w.Text));
    }

    [Fact]
    public void Lines_come_top_to_bottom_and_glyphs_a_little_off_the_baseline_stay_on_their_line()
    {
        var page = new FakePage()
            .Text("第二行", 50, 140)
            .Text("第一行", 50, 100)
            .Text("同行", 200, 101.5)
            .Build();
        var lines = Builder.Build(page);
        Assert.Equal(["第一行 同行", "第二行"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Invisible_ocr_text_is_used_only_when_the_page_shows_no_visible_text()
    {
        var ocrOnly = new FakePage().Text("扫描页文字", 50, 100, invisible: true).Build();
        Assert.Equal("扫描页文字", Assert.Single(Builder.Build(ocrOnly)).Text);

        var mixed = new FakePage().Text("正文", 50, 100).Text("隐藏", 50, 200, invisible: true).Build();
        Assert.Equal("正文", Assert.Single(Builder.Build(mixed)).Text);
    }

    [Fact]
    public void A_raised_footnote_marker_after_a_label_joins_the_label_not_the_values_beside_it()
    {
        // An English table rendered by LibreOffice: the marker of "research grants¹" (8 pt, raised) fell in the band of the
        // row's values, set a little higher than the label, and read as a cell "1 30,100" of the next column.
        var page = new FakePage().Text("grants", 300, 177).Text("1", 330.2, 172.3, size: 8).Text("30,100", 388, 175.3).Build();
        var lines = Builder.Build(page);
        Assert.Equal(["grants1", "30,100"], lines.Select(l => l.Text));
        Assert.True(lines[0].Words[^1].Attached);
    }

    [Fact]
    public void A_footnotes_own_marker_opens_its_line_with_a_space()
    {
        // The same table's footnote, "¹ Includes NASA and NSF.": the raised marker stood alone in a band of its own.
        var page = new FakePage().Text("1", 56.8, 373.6, size: 8).Text("Includes", 63.3, 377.4).Build();
        var line = Assert.Single(Builder.Build(page));
        Assert.Equal("1 Includes", line.Text);
    }
}
