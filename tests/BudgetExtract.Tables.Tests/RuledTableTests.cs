namespace BudgetExtract.Tables.Tests;

public sealed class RuledTableTests
{
    private static readonly double[] Xs = [50, 200, 300, 400, 500];

    /// <summary>收支总表-like: a header row whose first cell spans two columns, then data rows.</summary>
    private static FakePage SummaryPage(int number = 1)
    {
        var page = new FakePage(number)
            .Text("表1", 50, 60)
            .Text("收支总表", 260, 80, 14)
            .Text("部门名称：某某局", 50, 100).Text("单位：万元", 450, 100);
        double[] ys = [110, 130, 150, 170, 190];
        foreach (var y in ys) page.HLine(50, 500, y);
        // Row 0: "收入" spans columns 0-1, "支出" spans 2-3: no border at x=200 and x=400 in row 0.
        page.VLine(50, 110, 190).VLine(300, 110, 190).VLine(500, 110, 190)
            .VLine(200, 130, 190).VLine(400, 130, 190);
        page.Text("收入", 110, 125).Text("支出", 390, 125)
            .Text("项目", 60, 145).Text("预算数", 210, 145).Text("项目", 310, 145).Text("预算数", 410, 145)
            .Text("一、财政拨款", 60, 165).RightText("5,417.80", 295, 165).Text("一般公共服务支出", 310, 165).RightText("3,478.72", 495, 165)
            .Text("收入总计", 60, 185).RightText("5,417.80", 295, 185).Text("支出总计", 310, 185).RightText("5,417.80", 495, 185)
            .Text("注：本表金额单位转换时可能存在尾数误差。", 50, 205);
        return page;
    }

    [Theory]
    [InlineData("OCR", "其中：财政拨款", "省级、市级")]
    [InlineData("F", "其中： 财政拨款", "省级 、市级")]
    public void Ocr_words_meeting_at_a_full_width_mark_take_no_space(string font, string first, string second)
    {
        // Regression (1-bit scans e4, h4, k4, m4 …): OCR boxes 、 and ： by their ink, and the gap beside them made
        // 其中： 财政拨款 and 省级 、市级 where the documents print no space. A text layer's gap stays a space.
        var page = new FakePage(1);
        foreach (var y in new double[] { 110, 130, 150 }) page.HLine(50, 500, y);
        foreach (var x in new double[] { 50, 300, 500 }) page.VLine(x, 110, 150);
        page.Text("其中：", 60, 125, font: font).Text("财政拨款", 96, 125, font: font).RightText("5,417.80", 495, 125)
            .Text("省级", 60, 145, font: font).Text("、市级", 86, 145, font: font).RightText("3,478.72", 495, 145);
        var grid = Assert.Single(Pipeline.Extract(page)).TextGrid();
        Assert.Equal(first, grid[0][0]);
        Assert.Equal(second, grid[1][0]);
    }

    [Fact]
    public void Grid_with_a_missing_border_gives_a_spanning_header_cell_and_empty_covered_position()
    {
        var table = Assert.Single(Pipeline.Extract(SummaryPage()));
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(
            [
                ["收入", "", "支出", ""],
                ["项目", "预算数", "项目", "预算数"],
                ["一、财政拨款", "5,417.80", "一般公共服务支出", "3,478.72"],
                ["收入总计", "5,417.80", "支出总计", "5,417.80"],
            ],
            table.TextGrid());
        var spanning = table.Cells.Single(c => c.Text == "收入");
        Assert.Equal((0, 0, 1, 2, true), (spanning.Row, spanning.Col, spanning.RowSpan, spanning.ColSpan, spanning.Header));
        Assert.Equal(2, table.HeaderRowCount);
        Assert.Equal(1, spanning.Page);
        Assert.Equal(50, spanning.Box.X0, 1);
        Assert.Equal(300, spanning.Box.X1, 1);
    }

    [Fact]
    public void Number_title_unit_meta_and_notes_are_attached_and_never_rows()
    {
        var table = Assert.Single(Pipeline.Extract(SummaryPage()));
        Assert.Equal("表1", table.Number);
        Assert.Equal("收支总表", table.Title);
        Assert.Equal("万元", table.Unit);
        Assert.Equal(["部门名称：某某局 单位：万元"], table.MetaLines.ToArray());
        Assert.Equal(["注：本表金额单位转换时可能存在尾数误差。"], table.Notes.ToArray());
        Assert.DoesNotContain(table.TextGrid().SelectMany(r => r), t => t.Contains("注") || t.Contains("单位"));
    }

    [Fact]
    public void An_english_table_number_title_and_note_are_attached()
    {
        // Public table-extraction test documents are English: "Table 3. Title" above, "Note:" below.
        var page = new FakePage(1).Text("Table 3. Positions by department", 50, 80);
        foreach (var y in new double[] { 110, 130, 150, 170 }) page.HLine(50, 500, y);
        page.VLine(50, 110, 170).VLine(300, 110, 170).VLine(500, 110, 170);
        page.Text("Department", 60, 125).Text("Full-time", 310, 125)
            .Text("Police", 60, 145).RightText("1,045", 495, 145)
            .Text("Parks and Recreation", 60, 165).RightText("215", 495, 165)
            .Text("Note: Figures may not add due to rounding.", 50, 185);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal("Table 3", table.Number);
        Assert.Equal("Positions by department", table.Title);
        Assert.Equal(["Note: Figures may not add due to rounding."], table.Notes.ToArray());
        Assert.Equal(3, table.RowCount);
    }

    [Fact]
    public void Cells_spanning_many_rows_keep_text_at_the_top_left()
    {
        // 一级指标 | 二级指标 | 三级指标 | 指标值, with 产出指标 spanning two rows.
        double[] xs = [50, 150, 250, 400, 500];
        double[] ys = [100, 120, 140, 160, 180];
        var page = new FakePage(1);
        foreach (var y in ys) page.HLine(50, 500, y);
        page.HLine(50, 150, 140); // drawn twice: harmless
        foreach (var x in xs.Skip(1)) page.VLine(x, 100, 180);
        page.VLine(50, 100, 180);
        // The border under 产出指标 is missing between row 1 and row 2 in column 0.
        var withGap = new FakePage(1);
        withGap.HLine(50, 500, 100).HLine(50, 500, 120).HLine(150, 500, 140).HLine(50, 500, 160).HLine(50, 500, 180);
        foreach (var x in xs) withGap.VLine(x, 100, 180);
        withGap.Text("一级指标", 55, 115).Text("二级指标", 155, 115).Text("三级指标", 255, 115).Text("指标值", 405, 115)
            .Text("产出指标", 55, 145).Text("数量指标", 155, 135).Text("举办活动", 255, 135).Text("≥500场", 405, 135)
            .Text("质量指标", 155, 155).Text("满意率", 255, 155).Text("≥90%", 405, 155)
            .Text("效益指标", 55, 175).Text("社会效益", 155, 175).Text("就业岗位", 255, 175).Text("提升", 405, 175);
        var table = Assert.Single(Pipeline.Extract(withGap));
        Assert.Equal(
            [
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "举办活动", "≥500场"],
                ["", "质量指标", "满意率", "≥90%"],
                ["效益指标", "社会效益", "就业岗位", "提升"],
            ],
            table.TextGrid());
        var output = table.Cells.Single(c => c.Text == "产出指标");
        Assert.Equal((1, 0, 2, 1), (output.Row, output.Col, output.RowSpan, output.ColSpan));
        Assert.Equal(1, table.HeaderRowCount);
    }

    [Fact]
    public void Wrapped_cell_lines_are_joined_without_separator_between_cjk_and_with_a_space_between_latin_words()
    {
        var page = new FakePage(1).Grid([50, 150, 300], [100, 120, 160]);
        page.Text("科目名称", 55, 115).Text("金额", 155, 115)
            .Text("机关事业单位基本", 55, 135).Text("养老保险缴费支出", 55, 150).RightText("113", 295, 135);
        var page2 = new FakePage(2).Grid([50, 150, 300], [100, 120, 160]);
        page2.Text("Item", 55, 115).Text("Amount", 155, 115)
            .Text("Office rent", 55, 135).Text("and utilities", 55, 150).RightText("1,200", 295, 135);
        Assert.Equal("机关事业单位基本养老保险缴费支出", Assert.Single(Pipeline.Extract(page)).TextGrid()[1][0]);
        Assert.Equal("Office rent and utilities", Assert.Single(Pipeline.Extract(page2)).TextGrid()[1][0]);
    }

    [Fact]
    public void Header_without_body_is_still_a_table()
    {
        var page = new FakePage(1)
            .Text("表10", 50, 60).Text("政府性基金预算支出表", 240, 80, 14)
            .Grid([50, 200, 350, 500], [100, 120, 140]);
        page.Text("科目编码", 55, 115).Text("科目名称", 205, 115).Text("支出总计", 355, 115)
            .Text("注：本表本年无发生额。", 50, 160);
        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal("政府性基金预算支出表", table.Title);
        Assert.Equal(["注：本表本年无发生额。"], table.Notes.ToArray());
        Assert.Equal(["科目编码", "科目名称", "支出总计"], table.TextGrid()[0]);
        Assert.Equal(1, table.HeaderRowCount);
    }

    [Fact]
    public void A_title_wrapped_over_two_lines_is_read_whole()
    {
        // Regression, 泉州市公安局 2026 p37: the title's first line was left above the table, the title read 目绩效目标表.
        var page = new FakePage(1)
            .Text("泉州市看守所（泉州市女子看守所）相关设施建设项", 91, 96, 18)
            .Text("目绩效目标表", 244, 128, 18)
            .Grid([50, 200, 350, 500], [150, 170, 190]);
        page.Text("项目名称", 55, 165).Text("看守所设施建设", 205, 165)
            .Text("资金总额", 55, 185).RightText("52.25", 495, 185);
        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal("泉州市看守所（泉州市女子看守所）相关设施建设项目绩效目标表", table.Title);
    }

    [Fact]
    public void A_title_wrapped_before_its_last_character_is_read_whole_though_set_off_centre()
    {
        // Regression, 江苏省人大办公厅 2017 p20: “三公”经费、会议费、培训费支出预算 / 表, the 表 centred 25 pt left of the
        // line above it; the title read 表.
        var page = new FakePage(1)
            .Text("“三公”经费、会议费、培训费支出预算", 88.8, 97, 26)
            .Text("表", 284.6, 127, 26)
            .Grid([50, 200, 350, 500], [150, 170, 190]);
        page.Text("合计", 55, 165).Text("因公出国", 205, 165).Text("公务接待", 355, 165)
            .RightText("12.50", 195, 185).RightText("3.00", 345, 185).RightText("9.50", 495, 185);
        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal("“三公”经费、会议费、培训费支出预算表", table.Title);
    }

    [Fact]
    public void A_frame_around_a_paragraph_is_not_a_table()
    {
        var page = new FakePage(1).Grid([50, 500], [100, 200]);
        page.Text("这是一段被方框围起来的说明文字，不是表格。", 60, 130);
        Assert.Empty(Pipeline.Extract(page));
    }

    [Fact]
    public void Prose_pages_have_no_tables()
    {
        var page = new FakePage(1);
        for (var i = 0; i < 20; i++) page.Text("二〇二六年部门预算收入二千三百万元比上年增加一百万元主要原因是人员增加。", 50, 100 + 20 * i);
        Assert.Empty(Pipeline.Extract(page));
    }
}
