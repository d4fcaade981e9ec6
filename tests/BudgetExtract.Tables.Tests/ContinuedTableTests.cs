namespace BudgetExtract.Tables.Tests;

public sealed class ContinuedTableTests
{
    private static readonly double[] Xs = [50, 150, 250, 400, 500];

    /// <summary>A 支出总表-like page: optional caption, optional header, then data rows from startRow.</summary>
    private static FakePage Part(int number, int firstRow, int rows, bool header, string? title, double top = 100, string tableNumber = "表3")
    {
        var page = new FakePage(number);
        if (title is not null) page.Text(tableNumber, 50, top - 40).Text(title, 240, top - 20, 14);
        var ys = Enumerable.Range(0, rows + (header ? 1 : 0) + 1).Select(i => top + 20.0 * i).ToArray();
        page.Grid(Xs, ys);
        var y = top + 15;
        if (header)
        {
            page.Text("科目编码", 55, y).Text("科目名称", 155, y).Text("支出总计", 255, y).Text("基本支出", 405, y);
            y += 20;
        }
        for (var r = firstRow; r < firstRow + rows; r++, y += 20)
            page.Text((2010500 + r).ToString(), 55, y).Text("科目" + r, 155, y)
                .RightText($"{r},000.00", 395, y).RightText($"{r}.00", 495, y);
        page.Text("- " + number + " -", 290, 780);
        return page;
    }

    [Fact]
    public void Table_continued_with_repeated_title_and_header_is_one_table_without_the_repeated_header()
    {
        var tables = Pipeline.Extract(Part(1, 1, 30, true, "支出总表"), Part(2, 31, 5, true, "支出总表"));
        var table = Assert.Single(tables);
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(36, table.RowCount);
        var grid = table.TextGrid();
        Assert.Equal(["科目编码", "科目名称", "支出总计", "基本支出"], grid[0]);
        Assert.Equal(["2010531", "科目31", "31,000.00", "31.00"], grid[31]);
        Assert.Single(grid, r => r[0] == "科目编码");
        Assert.All(table.Cells.Where(c => c.Row == 31), c => Assert.Equal(2, c.Page));
    }

    [Fact]
    public void A_repeated_number_read_without_its_dash_still_continues_the_table()
    {
        // OCR of a scan (held-out, seed 002): 表15-1 on the first page, 表151 on the next.
        var tables = Pipeline.Extract(Part(1, 1, 30, true, "支出总表", tableNumber: "表15-1"), Part(2, 31, 5, true, "支出总表", tableNumber: "表151"));
        var table = Assert.Single(tables);
        Assert.Equal("表15-1", table.Number);
        Assert.Equal([1, 2], table.Pages.ToArray());
    }

    [Fact]
    public void Continuation_without_caption_or_header_joins_by_its_column_structure()
    {
        var table = Assert.Single(Pipeline.Extract(Part(1, 1, 30, true, "支出总表"), Part(2, 31, 4, false, null, top: 60)));
        Assert.Equal(35, table.RowCount);
        Assert.Equal([1, 2], table.Pages.ToArray());
    }

    [Fact]
    public void Next_page_table_with_another_number_and_title_is_a_separate_table()
    {
        var second = Part(2, 1, 3, true, null);
        second.Text("表4", 50, 60).Text("项目支出表", 240, 80, 14);
        var tables = Pipeline.Extract(Part(1, 1, 30, true, "支出总表"), second);
        Assert.Equal(2, tables.Length);
        Assert.Equal("表4", tables[1].Number);
        Assert.Equal([2], tables[1].Pages.ToArray());
    }

    [Fact]
    public void Continuation_on_a_page_that_starts_with_prose_is_not_joined()
    {
        var second = Part(2, 31, 4, false, null, top: 200);
        second.Text("四、政府采购预算情况说明：本部门无政府采购预算安排。", 50, 120);
        var tables = Pipeline.Extract(Part(1, 1, 30, true, "支出总表"), second);
        Assert.Equal(2, tables.Length);
    }

    [Fact]
    public void Page_numbers_and_signature_stamps_never_become_cells()
    {
        var pages = Enumerable.Range(1, 4).Select(n => Part(n, 10 * n, 10, n == 1, n == 1 ? "支出总表" : null, top: n == 1 ? 100 : 60)
            .Text("深圳市工业和信息化局 李博文", 350, 760).Text($"2023-04-12 22:0{n}:31", 380, 772)).ToArray();
        var table = Assert.Single(Pipeline.Extract(pages));
        Assert.Equal([1, 2, 3, 4], table.Pages.ToArray());
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("李博文") || c.Text.Contains("2023-04") || c.Text.StartsWith('-'));
    }

    /// <summary>
    /// A ruled indicator form part, columns 指标 | 三级指标 | 指标值: optionally the key | value row (its value
    /// spanning two columns), then rows with their labels (first row of the page only) and targets.
    /// </summary>
    private static FakePage FormPart(int number, bool keyRow, string[] names, string[] targets, double top = 100)
    {
        var page = new FakePage(number);
        if (number == 1) page.Text("项目支出绩效目标表", 200, top - 20, 14);
        var rows = names.Length + (keyRow ? 1 : 0);
        var bottom = top + 20.0 * rows;
        for (var i = 0; i <= rows; i++) page.HLine(50, 500, top + 20.0 * i);
        page.VLine(50, top, bottom).VLine(150, top, bottom).VLine(500, top, bottom).VLine(300, keyRow ? top + 20 : top, bottom);
        var y = top + 15;
        if (keyRow)
        {
            page.Text("项目名称", 55, y).Text("科技专项", 155, y);
            y += 20;
        }
        for (var i = 0; i < names.Length; i++, y += 20)
        {
            if (i == 0 && number == 1) page.Text("产出指标", 55, y);
            page.Text(names[i], 155, y).Text(targets[i], 305, y);
        }
        return page;
    }

    [Fact]
    public void A_form_first_row_repeated_at_the_top_of_the_next_page_is_dropped()
    {
        // Held-out LibreOffice rendering: the form's 项目名称 | 科技专项 row is repeated as a table header on each page.
        var table = Assert.Single(Pipeline.Extract(
            FormPart(1, true, ["认定高新技术企业总数", "发明专利申请量"], ["=45家", "=400件"]),
            FormPart(2, true, ["研发后补助精准率"], ["=100%"], top: 60)));
        Assert.Single(table.TextGrid(), r => r[0] == "项目名称");
        Assert.Equal(4, table.RowCount);
    }

    [Fact]
    public void A_continuation_row_holding_a_target_is_a_new_row_not_the_rest_of_a_cut_row()
    {
        // Held-out LibreOffice rendering: 获评企业数 | 2家 at the top of page 2 was joined to the row above it.
        var table = Assert.Single(Pipeline.Extract(
            FormPart(1, true, ["举办活动次数"], ["2次"]),
            FormPart(2, false, ["获评企业数", "宣讲活动次数"], ["2家", "4次"], top: 60)));
        var grid = table.TextGrid();
        Assert.Contains(["产出指标", "举办活动次数", "2次"], grid);
        Assert.Contains(["", "获评企业数", "2家"], grid);
    }

    /// <summary>A ruled two-sided 收支总表 part: a 收入 | 支出 row spanning two columns each, then the given rows.</summary>
    private static FakePage TwoSidedPart(int number, bool leafHeader, string[][] rows, double top = 100, string[]? leafTexts = null)
    {
        leafTexts ??= ["项目", "预算数", "项目", "预算数"];
        var page = new FakePage(number);
        if (number == 1) page.Text("表1", 50, top - 40).Text("收支总表", 240, top - 20, 14);
        double[] xs = [50, 150, 250, 400, 500];
        var count = 1 + (leafHeader ? 1 : 0) + rows.Length;
        for (var i = 0; i <= count; i++) page.HLine(50, 500, top + 20.0 * i);
        page.VLine(50, top, top + 20 * count).VLine(250, top, top + 20 * count).VLine(500, top, top + 20 * count)
            .VLine(150, top + 20, top + 20 * count).VLine(400, top + 20, top + 20 * count);
        page.Text("收入", 130, top + 15).Text("支出", 360, top + 15);
        var y = top + 35;
        if (leafHeader)
        {
            page.Text(leafTexts[0], 55, y).Text(leafTexts[1], 155, y).Text(leafTexts[2], 255, y).Text(leafTexts[3], 405, y);
            y += 20;
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < 4; c++)
                if (row[c].Length > 0) page.Text(row[c], xs[c] + 5, y);
            y += 20;
        }
        return page;
    }

    [Fact]
    public void A_repeated_header_row_with_a_character_or_two_misread_by_ocr_is_dropped()
    {
        // Regression (1-bit scan of seed 000 p9-10): page 2 repeats 项目 | 2023年预算数 | 项目 | 2023年预算数, read
        // 2023年蔬算数 and 2023伯蔬算数; the row stayed in the table as a body row.
        var table = Assert.Single(Pipeline.Extract(
            TwoSidedPart(1, true, [["财政拨款收入", "3,582.93", "一般公共服务支出", "1,000.00"], ["事业收入", "", "教育支出", "2,582.93"]],
                leafTexts: ["项目", "2023年预算数", "项目", "2023年预算数"]),
            TwoSidedPart(2, true, [["", "", "五、其他支出", "89"], ["", "", "其他支出", "89"], ["本年收入合计", "3,582.93", "本年支出合计", "3,582.93"]],
                top: 60, leafTexts: ["项目", "2023年蔬算数", "项目", "2023伯蔬算数"])));
        var grid = table.TextGrid();
        Assert.Single(grid, r => r.Contains("项目"));
        Assert.Equal(["", "", "五、其他支出", "89"], grid[4]);
    }

    [Fact]
    public void A_continuation_repeating_only_the_first_of_two_header_rows_drops_it()
    {
        // Held-out LibreOffice rendering (seed 003): the next page repeats 收入 | 支出 only, and its first rows are
        // text-only (the 支出 side goes on alone), so all of them counted as header: none was dropped, or all were.
        var table = Assert.Single(Pipeline.Extract(
            TwoSidedPart(1, true, [["财政拨款收入", "3,582.93", "一般公共服务支出", "1,000.00"], ["事业收入", "", "教育支出", "2,582.93"]]),
            TwoSidedPart(2, false, [["", "", "廿一、其他支出", ""], ["", "", "廿二、债务还本支出", ""], ["本年收入合计", "3,582.93", "本年支出合计", "3,582.93"]], top: 60)));
        var grid = table.TextGrid();
        Assert.Single(grid, r => r.Contains("收入"));
        Assert.Contains(["", "", "廿一、其他支出", ""], grid);
        Assert.Equal(["本年收入合计", "3,582.93", "本年支出合计", "3,582.93"], grid[^1]);
    }

    [Fact]
    public void An_unruled_two_sided_continuation_with_only_its_right_side_going_on_joins_the_table()
    {
        // Regression (held-out LibreOffice rendering without rules, seed 003 收支总表 p3-4): the next page repeats
        // 收入 | 支出, then the 支出 side goes on alone in loosely set one-cell lines with two amounts among them.
        // Those lines were split apart and counted as prose, so the page had no table and 19 rows were lost.
        FakeColumn[] columns = [FakeColumn.Left(55), FakeColumn.Right(240), FakeColumn.Left(260), FakeColumn.Right(470)];
        var first = new FakePage(1).Text("收支总表", 250, 50, 14).Text("单位：万元", 55, 75);
        first.Text("收入", 140, 100).Text("支出", 350, 100);
        first.Row(130, columns, "项目", "预算数", "项目", "预算数");
        first.Rows(164, 34, columns,
        [
            ["一、本年收入", "3,582.93", "一、本年支出", "3,582.93"],
            ["（一）一般公共预算拨款", "3,582.93", "（一）一般公共服务支出", ""],
            ["二、上年结转", "", "（二）教育支出", "67.58"],
            ["", "", "（三）卫生健康支出", "122.46"],
        ]);
        var second = new FakePage(2).Text("收入", 140, 40).Text("支出", 350, 40);
        string[] labels = ["（四）城乡社区支出", "（五）农林水支出", "（六）交通运输支出", "（七）资源勘探工业信息等支出", "（八）金融支出", "（九）住房保障支出", "二、年终结转结余"];
        for (var i = 0; i < labels.Length; i++) second.Text(labels[i], 260, 74 + 34 * i);
        second.RightText("3,286.08", 470, 74 + 34 * 3).RightText("106.81", 470, 74 + 34 * 5);
        second.Row(74 + 34 * labels.Length, columns, "收入总计", "3,582.93", "支出总计", "3,582.93");

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        var grid = table.TextGrid();
        Assert.Single(grid, r => r.Contains("收入"));
        Assert.Contains(["", "", "（七）资源勘探工业信息等支出", "3,286.08"], grid);
        Assert.Contains(["", "", "（八）金融支出", ""], grid);
        Assert.Equal(["收入总计", "3,582.93", "支出总计", "3,582.93"], grid[^1]);
        Assert.Equal(2 + 4 + labels.Length + 1, grid.Length);
    }

    [Fact]
    public void A_text_row_under_a_short_target_at_the_top_of_the_next_page_is_a_new_row()
    {
        // Regression (seed 004 unruled, p18-19): the page opens with 困难群众看病就医方便程度 | 明显提高 under the
        // labels of the last row of the page before; that row ends in the short target 稳步拓展, so it was not cut.
        var first = new FakePage(1).Text("专项资金绩效目标表", 200, 60, 14);
        first.HLine(50, 500, 90).Text("一级指标", 55, 110).Text("二级指标", 140, 110).Text("三级指标", 240, 110).Text("指标值", 420, 110);
        first.HLine(50, 500, 118);
        first.Text("产出指标", 55, 138).Text("时效指标", 140, 138).Text("即时结算覆盖地区", 240, 138).Text("100%", 420, 138);
        first.Text("效益指标", 55, 158).Text("社会效益指标", 140, 158).Text("医疗救助对象覆盖范围", 240, 158).Text("稳步拓展", 420, 158);
        first.HLine(50, 500, 166);
        var second = new FakePage(2);
        second.HLine(50, 500, 60).Text("困难群众看病就医方便程度", 240, 80).Text("明显提高", 420, 80);
        second.Text("困难群众医疗费用负担减轻程度", 240, 100).Text("有效缓解", 420, 100);
        second.Text("满意度指标", 55, 120).Text("服务对象满意度", 140, 120).Text("困难群众满意度", 240, 120).Text("≥95%", 420, 120);
        second.HLine(50, 500, 128);

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Contains(["效益指标", "社会效益指标", "医疗救助对象覆盖范围", "稳步拓展"], grid);
        Assert.Contains(["", "", "困难群众看病就医方便程度", "明显提高"], grid);
        Assert.Equal(6, grid.Length);
    }
    [Fact]
    public void An_unruled_cell_cut_mid_text_by_the_page_break_is_joined_back()
    {
        var first = new FakePage(1).Text("专项资金绩效目标表", 200, 60, 14);
        first.HLine(50, 500, 90).Text("一级指标", 55, 110).Text("三级指标", 200, 110).Text("指标值", 400, 110);
        first.HLine(50, 500, 118);
        first.Text("产出指标", 55, 138).Text("即时结算覆盖地区", 200, 138).Text("100%", 400, 138);
        first.Text("效益指标", 55, 158).Text("医疗救助对象人次规模", 200, 158).Text("符合救助条件的对象", 400, 158);
        first.HLine(50, 500, 166);
        var second = new FakePage(2);
        second.HLine(50, 500, 60).Text("按规定纳入", 400, 80);
        second.Text("满意度指标", 55, 100).Text("困难群众满意度", 200, 100).Text("≥95%", 400, 100);
        second.HLine(50, 500, 108);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Contains(["效益指标", "医疗救助对象人次规模", "符合救助条件的对象按规定纳入"], table.TextGrid());
        Assert.Equal(4, table.TextGrid().Length);
    }

    private static readonly double[] FormXs = [50, 110, 300, 420, 550];

    /// <summary>Draws one ruled row of a form: each cell (first column, columns spanned, its lines), borders included.</summary>
    private static double RuledRow(FakePage page, double top, double height, params (int Col, int Span, string[] Lines)[] cells)
    {
        page.HLine(FormXs[0], FormXs[^1], top).HLine(FormXs[0], FormXs[^1], top + height);
        foreach (var (col, span, lines) in cells)
        {
            page.VLine(FormXs[col], top, top + height).VLine(FormXs[col + span], top, top + height);
            for (var i = 0; i < lines.Length; i++) page.Text(lines[i], FormXs[col] + 3, top + 13 + 15 * i);
        }
        return top + height;
    }

    private static (int, int, string[]) Cell(int col, params string[] lines) => (col, 1, lines);

    /// <summary>A line filling the cell of the given columns at 10 points, its text taken from the seed.</summary>
    private static string FullLine(string seed, int col = 1, int span = 1)
    {
        var chars = (int)((FormXs[col + span] - FormXs[col] - 6) / 10);
        return string.Concat(Enumerable.Repeat(seed, chars / seed.Length + 1))[..chars];
    }

    [Fact]
    public void A_form_under_the_same_title_opening_with_another_project_code_is_the_next_form()
    {
        // Regression, Chromium A4 11 pt rendering of seed 002, ruled, pp. 64-66: each project's form has the title
        // 一级项目支出绩效目标申报表 and opens with 项目编码 | its code; the next project's form, at the top of a page, was
        // taken for the last one going on (项目编码 was no form key), and the two forms were one table.
        var first = new FakePage(1).Text("一级项目支出绩效目标申报表", 180, 75, 14);
        var y = RuledRow(first, 100, 20, Cell(0, "项目编码"), (1, 2, ["0102005-2019-YBXM-0028-01"]), Cell(3, "预算准备金"));
        y = RuledRow(first, y, 20, Cell(0, "实施期限"), Cell(1, "02经常性项目"), Cell(2, "预算安排方式"), Cell(3, "部门预算项目"));
        RuledRow(first, y, 20, Cell(0, "项目类型"), Cell(1, "02履职类项目"), Cell(2, "资金用途"), Cell(3, "20003其它"));
        var second = new FakePage(2).Text("一级项目支出绩效目标申报表", 180, 45, 14);
        y = RuledRow(second, 70, 20, Cell(0, "项目编码"), (1, 2, ["0102005-2019-ZXZJ-0060-60"]), Cell(3, "工信产业发展专项资金"));
        RuledRow(second, y, 20, Cell(0, "实施期限"), Cell(1, "02经常性项目"), Cell(2, "预算安排方式"), Cell(3, "部门预算项目"));

        var tables = Pipeline.Extract(first, second);
        Assert.Equal(2, tables.Length);
        Assert.Equal(["0102005-2019-YBXM-0028-01", "0102005-2019-ZXZJ-0060-60"], tables.Select(t => t.TextGrid()[0][1]));
    }

    [Fact]
    public void A_ruled_row_under_a_number_on_the_next_page_is_a_row_of_its_own_unless_it_is_the_number_s_unit()
    {
        // Regression, Chromium A4 9.5 pt rendering of seed 003, ruled, pp. 21-22: the next page's first indicator row
        // (its 一级指标 cell spanned, so empty) was joined to the last row above, 0 + 每月 50 篇 in one cell. A number is
        // never cut mid-way; only its unit may go on below it (LibreOffice cuts 2020 / 年).
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "一级指标"), Cell(1, "三级指标"), Cell(2, "前年"), Cell(3, "指标值确定依据"));
        RuledRow(first, y, 20, Cell(0, "产出指标"), Cell(1, "课题攻关"), Cell(2, "0"), Cell(3, "计划数据"));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0), Cell(1, "平台运维，发布信息"), Cell(2, "每月50篇"), Cell(3, "计划数据"));
        y = RuledRow(second, y, 20, Cell(0, "市工业展览馆"), Cell(1, "综合保障"), Cell(2, "2020"), Cell(3, "计划数据"));
        var third = new FakePage(3);
        RuledRow(third, 60, 20, Cell(0), Cell(1), Cell(2, "年"), Cell(3));

        var grid = Assert.Single(Pipeline.Extract(first, second, third)).TextGrid();
        Assert.Equal(["产出指标", "课题攻关", "0", "计划数据"], grid[1]);
        Assert.Equal(["", "平台运维，发布信息", "每月50篇", "计划数据"], grid[2]);
        Assert.Equal(["市工业展览馆", "综合保障", "2020年", "计划数据"], grid[3]);
        Assert.Equal(4, grid.Length);
    }

    [Fact]
    public void A_ruled_row_of_two_long_texts_cut_by_the_page_break_is_joined_back_under_the_repeated_title_row()
    {
        // Held-out LibreOffice rendering (seed 001): the 预期目标 and 实际完成情况 texts go on under the repeated
        // title row on the next page; the title row was kept mid-table and the texts' rest made a row of its own.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, (0, 4, ["财政项目支出绩效自评价"]));
        y = RuledRow(first, y, 20, Cell(0, "项目名称"), Cell(1, "促进中小企业发展"), Cell(2, "实施单位"), Cell(3, "中小企业发展协调办公室"));
        RuledRow(first, y, 50, Cell(0), Cell(1, FullLine("落实关于全面提升"), FullLine("民营经济活力大力"), FullLine("促进民营经济健康")),
            Cell(2), Cell(3, FullLine("落实关于全面提升", 3), FullLine("民营经济活力大力", 3), FullLine("促进民营经济健康", 3)));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, (0, 4, ["财政项目支出绩效自评价"]));
        y = RuledRow(second, y, 35, Cell(0), Cell(1, "发展的若干意见组织", "培训和评选活动。"), Cell(2), Cell(3, "发展的若干意见组织", "培训和评选活动。"));
        RuledRow(second, y, 20, Cell(0, "产出指标"), Cell(1, "预计服务企业数量"), Cell(2, ">5000"), Cell(3, "6000.00(家)"));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Single(grid, r => r[0] == "财政项目支出绩效自评价");
        var cut = Assert.Single(grid, r => r[1].StartsWith("落实", StringComparison.Ordinal));
        Assert.EndsWith("发展的若干意见组织培训和评选活动。", cut[1]);
        Assert.EndsWith("发展的若干意见组织培训和评选活动。", cut[3]);
        Assert.Equal(["产出指标", "预计服务企业数量", ">5000", "6000.00(家)"], grid[^1]);
    }

    [Fact]
    public void A_ruled_row_of_long_texts_cut_with_a_lines_room_left_under_them_is_joined_back()
    {
        // Regression (Chromium rendering of seed 001 on A4, ruled): the browser ends the cut row's fragment at the page's
        // foot, 17 pt under the texts' last line; more than the 15 pt allowed, so the texts' rest on the next page made
        // a row of its own.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "项目名称"), Cell(1, "促进中小企业发展"), Cell(2, "实施单位"), Cell(3, "中小企业发展协调办公室"));
        RuledRow(first, y, 62, Cell(0), Cell(1, FullLine("落实关于全面提升"), FullLine("民营经济活力大力"), FullLine("促进民营经济健康")),
            Cell(2), Cell(3, FullLine("落实关于全面提升", 3), FullLine("民营经济活力大力", 3), FullLine("促进民营经济健康", 3)));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 35, Cell(0), Cell(1, "发展的若干意见组织", "培训和评选活动。"), Cell(2), Cell(3, "发展的若干意见组织", "培训和评选活动。"));
        RuledRow(second, y, 20, Cell(0, "产出指标"), Cell(1, "预计服务企业数量"), Cell(2, ">5000"), Cell(3, "6000.00(家)"));

        var grid = Assert.Single(Pipeline.Extract(first, second)).TextGrid();
        Assert.Equal(3, grid.Length);
        Assert.EndsWith("发展的若干意见组织培训和评选活动。", grid[1][1]);
        Assert.EndsWith("发展的若干意见组织培训和评选活动。", grid[1][3]);
    }

    [Fact]
    public void One_line_labels_at_a_page_break_are_not_a_cut_row_when_the_parts_numbers_are_boxed_half_a_line_high()
    {
        // Held-out 1-bit scan of seed 004 p8-10: OCR boxes a number by its digits' ink (8.8% 6.5 pt high beside 有效缓解
        // 12.5 pt), that was taken for one line's height, so every one-line label counted as two lines running to the
        // cell's foot, and the next page's first row (困难群众医疗费用负担减轻程度 | 有效缓解) was joined to the last one.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 25, Cell(0, "产出指标"), Cell(1, "职工基本医疗缴费率"), Cell(2, "达标"), Cell(3));
        first.Text("8.8%", FormXs[3] + 3, 100 + 13, 5);
        RuledRow(first, y, 25, Cell(0), Cell(1, "医疗救助对象覆盖范围"), Cell(2, "稳步拓展"), Cell(3));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 25, Cell(0), Cell(1, "困难群众医疗费用负担减轻程度"), Cell(2, "有效缓解"), Cell(3));
        RuledRow(second, y, 25, Cell(0, "满意度指标"), Cell(1, "服务对象满意度"), Cell(2, "达标"), Cell(3));

        var grid = Assert.Single(Pipeline.Extract(first, second)).TextGrid();
        Assert.Contains(["", "医疗救助对象覆盖范围", "稳步拓展", ""], grid);
        Assert.Contains(["", "困难群众医疗费用负担减轻程度", "有效缓解", ""], grid);
    }

    [Fact]
    public void A_long_text_cut_mid_sentence_across_the_whole_row_is_joined_back()
    {
        // Held-out LibreOffice rendering (seed 004, p21-22): the 年度绩效目标 text, one cell across the table, went on
        // after the repeated header of the next page and came out as a row of its own.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "部门名称"), (1, 3, ["东湖区工业和信息化局"]));
        y = RuledRow(first, y, 20, (0, 4, ["年度绩效目标"]));
        RuledRow(first, y, 50, (0, 4, [FullLine("负责组织中小企业申报", 0, 4), FullLine("发展的各类专项资金", 0, 4), FullLine("交流与合作获得国家", 0, 4)]));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0, "部门名称"), (1, 3, ["东湖区工业和信息化局"]));
        y = RuledRow(second, y, 20, (0, 4, ["级省级专精特新企业奖励数量3家。"]));
        RuledRow(second, y, 20, Cell(0, "一级指标"), Cell(1, "二级指标"), Cell(2, "三级指标"), Cell(3, "指标值"));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Single(grid, r => r[0] == "部门名称");
        Assert.Single(grid, r => r[0].StartsWith("负责组织", StringComparison.Ordinal) && r[0].EndsWith("级省级专精特新企业奖励数量3家。", StringComparison.Ordinal));
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], grid[^1]);
    }

    [Fact]
    public void The_empty_rest_of_a_cut_row_is_dropped_and_the_row_after_it_starts_afresh()
    {
        // Held-out LibreOffice rendering (seed 004, p1-2): the last row's borders went on to the next page with no
        // text; the empty row was kept, or, dropped, the next row's target was joined to the row above.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "部门名称"), (1, 3, ["东湖区发展和改革委员会"]));
        y = RuledRow(first, y, 20, Cell(0, "产出指标"), Cell(1, "数量指标"), Cell(2, "企业享受惠企政策"), Cell(3, "10种"));
        RuledRow(first, y, 20, Cell(0), Cell(1, "质量指标"), Cell(2, "一般工程类评审合格率"), Cell(3, "100%"));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0, "部门名称"), (1, 3, ["东湖区发展和改革委员会"]));
        y = RuledRow(second, y, 30, Cell(0), Cell(1), Cell(2), Cell(3));
        y = RuledRow(second, y, 20, Cell(0), Cell(1), Cell(2, "营商环境测评考核"), Cell(3, "持续提升"));
        RuledRow(second, y, 20, Cell(0), Cell(1), Cell(2, "新增市级以上龙头企业"), Cell(3, "1家"));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.DoesNotContain(grid, r => r.All(t => t.Length == 0));
        Assert.Contains(["", "质量指标", "一般工程类评审合格率", "100%"], grid);
        Assert.Contains(["", "", "营商环境测评考核", "持续提升"], grid);
        Assert.Equal(5, grid.Length);
    }

    [Fact]
    public void A_one_line_label_beside_a_long_text_at_the_foot_of_a_page_ends_its_row()
    {
        // Held-out LibreOffice rendering (seed 002): 项目测算标准's text ran to the page's foot; the next page's
        // 年度目标 row was joined to it while trying the rule for cut rows of long texts.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "项目编码"), (1, 3, ["0102005-2019-YBXM-0868-01"]));
        RuledRow(first, y, 50, Cell(0, "测算标准"), (1, 3, [FullLine("信息安全建设维护费", 1, 3), FullLine("进行定级备案差距分析", 1, 3), FullLine("完成等保测评渗透测试", 1, 3)]));
        var second = new FakePage(2);
        RuledRow(second, 60, 20, Cell(0, "年度目标"), (1, 3, ["保障我局网络信息的安全流转。"]));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Equal(3, grid.Length);
        Assert.Equal(["年度目标", "保障我局网络信息的安全流转。"], grid[^1].Where(t => t.Length > 0));
    }

    [Fact]
    public void An_unruled_form_section_under_continued_on_the_next_page_joins_the_form()
    {
        // Seed 002 unruled, p75-76: 续表 over the indicator section, whose columns differ from the form's key | value
        // rows above the page break; the two parts were two tables.
        var first = new FakePage(1).Text("表15-14", 50, 500).Text("一级项目支出绩效目标申报表", 180, 525, 14);
        string[][] rows =
        [
            ["项目编码", "0102005-2019-ZXZJ-0063-63", "项目名称", "民营和中小企业"],
            ["一级预算单位", "0102005工业和信息化局", "主管处室", "11工贸金融处"],
            ["实施期限", "02经常性项目", "预算安排方式", "部门预算项目"],
            ["项目类型", "03专项资金项目", "资金用途", "20003其它"],
            ["本年度金额", "389,850,000.00", "总金额", "1,149,850,001.00"],
        ];
        FakeColumn[] formColumns = [FakeColumn.Left(55), FakeColumn.Left(150), FakeColumn.Left(330), FakeColumn.Right(540)];
        first.Rows(560, 20, formColumns, rows);
        first.Text("- 1 -", 290, 790);
        var second = new FakePage(2).Text("续表", 55, 60);
        second.Text("一级指标", 55, 90).Text("二级指标", 130, 90).Text("三级指标", 220, 90).Text("指标值", 360, 90).RightText("指标解释", 540, 90);
        string[][] indicators =
        [
            ["产出指标", "数量指标", "补贴培训机构数", "30", "考察培训机构数量"],
            ["", "质量指标", "扶持政策符合率", "100", "考察是否达标"],
            ["", "时效指标", "资金发放及时率", "100", "考察是否及时"],
        ];
        FakeColumn[] indicatorColumns = [FakeColumn.Left(55), FakeColumn.Left(130), FakeColumn.Left(220), FakeColumn.Right(390), FakeColumn.Right(540)];
        for (var r = 0; r < indicators.Length; r++) second.Row(110 + 20 * r, indicatorColumns, indicators[r]);
        second.Text("- 2 -", 290, 790);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(table.TextGrid(), r => r.Contains("补贴培训机构数"));
    }

    [Fact]
    public void An_unruled_form_going_on_over_the_page_with_its_label_and_text_section_joins_the_form()
    {
        // Regression (Chromium A4 rendering of seed 002 without rules, pp. 37-38): the form's key | value rows run to the
        // foot of page 37; page 38 opens, without a caption, with its label | text section (项目概况 | 主要用于…), two columns
        // for four and another right edge. Only carried-over text above the part let the same first column join it: the
        // section was a table of its own.
        var first = new FakePage(1).Text("一级项目支出绩效目标申报表", 180, 600, 14);
        string[][] rows =
        [
            ["项目编码", "0102005-2019-YBXM-1837-01", "项目名称", "中小企业服务管理"],
            ["一级预算单位", "0102005 工业和信息化局", "主管处室", "11 工贸金融处"],
            ["实施期限", "02 经常性项目", "预算安排方式", "部门预算项目"],
            ["项目总金额", "17,759,292.00", "本年度项目金额", "7,447,292.00"],
            ["项目类型", "02 履职类项目", "资金用途", "20003 其它"],
        ];
        FakeColumn[] formColumns = [FakeColumn.Left(55), FakeColumn.Left(150), FakeColumn.Left(400), FakeColumn.Left(480)];
        first.Rows(640, 25, formColumns, rows);
        first.Text("- 1 -", 290, 790);
        var second = new FakePage(2);
        string[] labels = ["项目概况", "项目申报依据", "项目测算标准", "年度目标"];
        for (var r = 0; r < labels.Length; r++)
            second.Text(labels[r], 55, 60 + 40 * r).Text($"主要用于单位履职项目经费第{r + 1}项的说明", 150, 60 + 40 * r).Text("如会务、纪要、档案等", 150, 75 + 40 * r);
        second.Text("- 2 -", 290, 790);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(table.TextGrid(), r => r[0] == "项目测算标准" && r.Contains("主要用于单位履职项目经费第3项的说明如会务、纪要、档案等"));
    }

    [Fact]
    public void An_unruled_continuation_without_its_first_column_joins_when_its_gutters_overlap_the_tables()
    {
        // Held-out LibreOffice rendering without rules (seed 000, p6-7): the next page's rows leave 预算单位 empty and
        // their longer 科目名称 move the gutter's middle by more than the tolerance, so the parts stayed apart.
        var first = new FakePage(1).Text("一般公共预算支出表", 220, 50, 14);
        first.Text("预算单位", 55, 80).Text("科目编码", 150, 80).Text("科目名称", 200, 80)
            .RightText("支出总计", 360, 80).RightText("基本支出", 430, 80).RightText("项目支出", 500, 80);
        first.Text("工业和信息化局", 55, 100).RightText("131,728.00", 360, 100).RightText("1,806.00", 430, 100).RightText("129,922.00", 500, 100);
        FakeColumn[] columns = [FakeColumn.Left(150), FakeColumn.Left(200), FakeColumn.Right(360), FakeColumn.Right(430), FakeColumn.Right(500)];
        for (var r = 1; r <= 30; r++) first.Row(100 + 20 * r, columns, $"2080{r:00}", $"科目{r}", $"{r},000.00", $"{r}.00", "0.00");
        first.Text("- 1 -", 290, 790);
        var second = new FakePage(2);
        for (var r = 0; r < 4; r++) second.Row(60 + 20 * r, columns, $"2101{r:00}", "机关事业单位医疗支出", $"{r + 1},500.00", $"{r + 1},500.00", "0.00");
        second.Text("- 2 -", 290, 790);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Equal(["", "210103", "机关事业单位医疗支出", "4,500.00", "4,500.00", "0.00"], table.TextGrid()[^1]);
    }

    [Fact]
    public void A_body_row_repeated_atop_the_third_page_of_a_ruled_table_is_dropped()
    {
        // Held-out LibreOffice rendering (seed 002, p23-25): the row opening page 24 was printed again as the heading
        // of page 25 and came out twice.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "产出指标"), Cell(1, "数量指标"), Cell(2, "举办活动次数"), Cell(3, "≥10次"));
        RuledRow(first, y, 20, Cell(0), Cell(1), Cell(2, "服务企业数"), Cell(3, "≥500家"));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0), Cell(1, "时效指标"), Cell(2, "布展完成及时率"), Cell(3, "100%"));
        RuledRow(second, y, 20, Cell(0), Cell(1), Cell(2, "设备维护及时率"), Cell(3, "100%"));
        var third = new FakePage(3);
        y = RuledRow(third, 60, 20, Cell(0), Cell(1, "时效指标"), Cell(2, "布展完成及时率"), Cell(3, "100%"));
        RuledRow(third, y, 20, Cell(0, "满意度指标"), Cell(1, "服务对象满意度"), Cell(2, "参观人员满意度"), Cell(3, "≥95%"));

        var table = Assert.Single(Pipeline.Extract(first, second, third));
        var grid = table.TextGrid();
        Assert.Equal([1, 2, 3], table.Pages.ToArray());
        Assert.Single(grid, r => r[2] == "布展完成及时率");
        Assert.Equal(5, grid.Length);
    }

    [Fact]
    public void The_tables_first_row_repeated_atop_the_next_page_is_dropped_and_the_cut_text_joined_back()
    {
        // Held-out LibreOffice rendering (seed 002, p16-17): the first row (年度主要任务 | … | 274) was printed again as
        // the heading of page 17, above the rest of the 年度总体目标 text cut by the page break.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "年度主要任务"), Cell(1, "重要物资专项资金"), Cell(2, "保障食盐储备任务"), Cell(3, "274"));
        y = RuledRow(first, y, 20, Cell(0), Cell(1, "政府投资项目"), Cell(2, "安全和应用支撑平台"), Cell(3, "67"));
        RuledRow(first, y, 50, Cell(0, "年度总体目标"), (1, 3, [FullLine("聚焦供给侧结构性改革", 1, 3), FullLine("坚定不移扩大内需", 1, 3), FullLine("探索营商环境", 1, 3)]));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0, "年度主要任务"), Cell(1, "重要物资专项资金"), Cell(2, "保障食盐储备任务"), Cell(3, "274"));
        y = RuledRow(second, y, 20, Cell(0), (1, 3, ["新路径。"]));
        RuledRow(second, y, 20, Cell(0, "年度绩效指标"), Cell(1, "一级指标"), Cell(2, "三级指标"), Cell(3, "目标值"));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Single(grid, r => r[0] == "年度主要任务");
        Assert.Single(grid, r => r[0] == "年度总体目标" && r[1].EndsWith("新路径。", StringComparison.Ordinal));
        Assert.Equal(4, grid.Length);
    }

    [Fact]
    public void The_tables_first_row_repeated_atop_the_next_page_as_a_heading_spanning_its_blank_cells_is_dropped()
    {
        // Regression (Chromium renderings of seed 002, p15-17): the first row is printed again atop each page as a heading
        // (th), its cells centred and spanning the blank cells after them, so its two amounts fall into one cell
        // (274 274); compared cell by cell it was no repeat and stayed in the table at every page break.
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "年度主要任务"), Cell(1, "重要物资专项"), Cell(2, "274"), Cell(3, "274"));
        RuledRow(first, y, 20, Cell(0), Cell(1, "政府投资项目"), Cell(2, "67"), Cell(3, "67"));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0, "年度主要任务"), Cell(1, "重要物资专项"), (2, 2, ["274 274"]));
        RuledRow(second, y, 20, Cell(0), Cell(1, "金额合计"), Cell(2, "341"), Cell(3, "341"));

        var table = Assert.Single(Pipeline.Extract(first, second));
        var grid = table.TextGrid();
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Single(grid, r => r[0] == "年度主要任务");
        Assert.Equal(["", "金额合计", "341", "341"], grid[^1]);
        Assert.Equal(3, grid.Length);
    }

    [Fact]
    public void A_page_holding_only_the_rest_of_two_paragraph_cells_goes_on_with_the_form_above()
    {
        // Regression (Chromium B5 rendering of seed 001 without rules, pp. 1-3): the self-evaluation form's 预期目标 and
        // 实际完成情况 paragraphs, each spanning columns of the indicator rows, fill page 2 alone. Two columns against the
        // form's eight matched no column rule, and the form came out as three tables.
        var first = new FakePage(1);
        first.Text("项目名称", 20, 60).Text("重点中小企业工作", 162, 60);
        first.Text("项目资金", 20, 80).Text("年初预算数", 162, 80).Text("全年预算数", 230, 80).Text("全年执行数", 300, 80)
            .Text("分数", 370, 80).Text("执行率", 430, 80).Text("得分", 500, 80);
        string[][] amounts = [["年度资金总额", "36.00", "36.00", "34.77", "10.00", "96.58", "9.65"], ["上年结转资金", "0.00", "0.00", "0.00", "-", "0.00", "-"]];
        FakeColumn[] columns = [FakeColumn.Left(90), FakeColumn.Right(270), FakeColumn.Right(340), FakeColumn.Right(400), FakeColumn.Right(460), FakeColumn.Right(520), FakeColumn.Right(560)];
        first.Rows(100, 20, columns, amounts);
        first.Text("年度总体目标", 20, 150).Text("预期目标", 90, 150).Text("实际完成情况", 337, 150);
        for (var i = 0; i < 30; i++) first.Text($"落实若干意见第{i + 1}条的措施", 90, 170 + 20 * i).Text($"落实若干意见第{i + 1}条的措施", 337, 170 + 20 * i);
        var second = new FakePage(2);
        for (var i = 0; i < 12; i++) second.Text($"按照重点企业服务第{i + 1}项", 90, 60 + 20 * i).Text($"按照重点企业服务第{i + 1}项", 337, 60 + 20 * i);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        var grid = table.TextGrid();
        var goal = Array.IndexOf(grid.Single(r => r.Contains("预期目标")), "预期目标");
        var done = Array.IndexOf(grid.Single(r => r.Contains("预期目标")), "实际完成情况");
        Assert.Contains(grid, r => r[goal].Contains("按照重点企业服务第12项", StringComparison.Ordinal)
                                   && r[done].Contains("按照重点企业服务第12项", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_cell_under_a_form_s_last_row_at_the_page_foot_stays_in_the_form_and_goes_on_over_the_page()
    {
        // Regression (Chromium B5 rendering of seed 004 without rules, pp. 37-38): the form's 年度绩效目标 and its text, one
        // cell spanning the columns and wrapping well inside them, filled the page's foot under the amounts; taken for prose,
        // they were lost, the form no longer ran to the foot, and its rest on the next page became a table of its own.
        var first = new FakePage(1);
        FakeColumn[] columns = [FakeColumn.Left(60), FakeColumn.Left(220), FakeColumn.Right(400), FakeColumn.Left(420)];
        first.Row(100, columns, "项目名称", "中小企业事务工作专项", "", "");
        first.Row(116, columns, "主管部门", "东湖区服务局", "", "东湖区服务局");
        string[][] funds = [["项目资金", "年度资金总额", "10", ""], ["", "其中：财政拨款", "10", ""], ["", "上年结转", "0", ""], ["", "其他资金", "0", ""]];
        first.Rows(132, 16, columns, funds);
        first.Text("年度绩效目标", 60, 196);
        for (var i = 0; i < 50; i++) first.Text($"负责组织中小企业申报国家扶持资金第{i + 1}行", 60, 212 + 11 * i);
        var second = new FakePage(2);
        second.Row(60, columns, "项目名称", "中小企业事务工作专项", "", "");
        for (var i = 0; i < 3; i++) second.Text($"引导推动规模较小的小微企业发展第{i + 1}行", 60, 76 + 11 * i);
        FakeColumn[] indicators = [FakeColumn.Left(60), FakeColumn.Left(160), FakeColumn.Left(260), FakeColumn.Left(420)];
        second.Row(114, indicators, "一级指标", "二级指标", "三级指标", "指标值");
        string[][] targets = [["成本指标", "经济成本指标", "培训费用", "≤0.5万元"], ["", "", "宣讲活动费用", "≤1.5万元"], ["产出指标", "数量指标", "培训人数", "≥5人"]];
        second.Rows(130, 16, indicators, targets);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        var cells = table.TextGrid().SelectMany(r => r).ToList();
        Assert.Contains("年度绩效目标", cells);
        Assert.Contains(cells, c => c.Contains("扶持资金第50行", StringComparison.Ordinal));
        Assert.Single(cells, c => c == "项目名称");
    }

    [Fact]
    public void A_continuation_row_holding_a_date_target_is_a_new_row()
    {
        // Held-out LibreOffice rendering (seed 004, p23-24): 专题培训完成时间 | 2023年12月31日前 opening page 24 was joined
        // to the row above it as the rest of a cut row ("2023年12月31日前2023年12月31日前").
        var first = new FakePage(1);
        var y = RuledRow(first, 100, 20, Cell(0, "产出指标"), Cell(1, "数量指标"), Cell(2, "学员培训人数"), Cell(3, "5人"));
        RuledRow(first, y, 20, Cell(0), Cell(1, "时效指标"), Cell(2, "学员培训完成时间"), Cell(3, "2023年12月31日前"));
        var second = new FakePage(2);
        y = RuledRow(second, 60, 20, Cell(0), Cell(1), Cell(2, "专题培训完成时间"), Cell(3, "2023年12月31日前"));
        RuledRow(second, y, 20, Cell(0, "效益指标"), Cell(1, "社会效益指标"), Cell(2, "企业数量排名"), Cell(3, "≥90%"));

        var grid = Assert.Single(Pipeline.Extract(first, second)).TextGrid();
        Assert.Contains(["", "时效指标", "学员培训完成时间", "2023年12月31日前"], grid);
        Assert.Contains(["", "", "专题培训完成时间", "2023年12月31日前"], grid);
    }

    [Fact]
    public void A_first_row_printed_again_as_the_next_pages_title_line_continues_the_table()
    {
        // Held-out LibreOffice rendering without rules (seed 002, p44-45): the table's first row, set in bold as its
        // head, was printed again over page 45, read there as a title line (数量指标智能化系统巡检次数…), and the table
        // was cut in two.
        // The head row's cells are centred over the columns, so they do not line up with the rows' texts.
        FakeColumn[] headColumns = [FakeColumn.Left(86), FakeColumn.Left(169), FakeColumn.Left(330), FakeColumn.Left(437)];
        FakeColumn[] columns = [FakeColumn.Left(50), FakeColumn.Left(155), FakeColumn.Left(283), FakeColumn.Left(409)];
        string[] head = ["数量指标", "智能化系统巡检次数", "309次", "考察智能化系统巡检情况"];
        var first = new FakePage(1).Text("一级项目支出绩效目标表", 200, 50, 14);
        first.Row(100, headColumns, head);
        for (var r = 1; r <= 30; r++) first.Row(100 + 20 * r, columns, "", $"物业管理服务{r}", $"{r}天", $"考察服务期限{r}");
        var second = new FakePage(2);
        second.Row(40, headColumns, head);
        for (var r = 0; r < 5; r++) second.Row(100 + 30 * r, columns, r == 0 ? "质量指标" : "", $"验收通过率{r}", "100%", $"考察验收情况{r}");

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Equal(36, table.RowCount);
        Assert.Single(table.TextGrid(), r => r[0] == "数量指标");
    }

    [Fact]
    public void A_label_left_alone_at_the_foot_of_the_page_is_the_last_row_and_the_form_goes_on_over_the_page()
    {
        // Held-out LibreOffice rendering without rules (seed 004, p5-6): the form's 年度绩效指标 label, wrapped in its
        // narrow first column, ended page 5 and its indicator rows filled page 6; the label was left as text under
        // the table, so the table stopped there and page 6 became a table of its own.
        FakeColumn[] form = [FakeColumn.Left(60), FakeColumn.Right(300), FakeColumn.Left(320), FakeColumn.Right(540)];
        var first = new FakePage(1).Text("部门整体支出绩效目标表", 200, 50, 14);
        first.Rows(100, 30, form, [
            ["收入预算合计", "1,188.74", "", ""],
            ["其中:财政拨款", "790.42", "其他经费", "398.32"],
            ["支出预算合计", "1,188.74", "", ""],
            ["其中:基本支出", "923.57", "项目支出", "265.17"]]);
        first.Text("年度绩", 60, 225).Text("效指标", 60, 238);
        FakeColumn[] indicators = [FakeColumn.Left(60), FakeColumn.Left(110), FakeColumn.Left(250), FakeColumn.Right(540)];
        var second = new FakePage(2).Rows(60, 30, indicators, [
            ["一级指标", "二级指标", "三级指标", "目标值"],
            ["成本指标", "经济成本指标", "老字号直营店奖励标准", "≤2万元"],
            ["", "", "跨境电商发展资金", "≤500万元"],
            ["产出指标", "数量指标", "特色商业街区评定数量", "1个"]]);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        var grid = table.TextGrid();
        Assert.Single(grid, r => r[0] == "年度绩效指标" && r.Skip(1).All(c => c.Length == 0));
        Assert.Contains(grid, r => r[0] == "成本指标" && r[^1] == "≤2万元");
    }

    [Fact]
    public void A_part_opening_with_the_tables_first_row_again_continues_it_whatever_its_columns()
    {
        // Held-out LibreOffice rendering without rules (seed 004, p9-10): page 10 repeats the form's first row
        // (部门名称 | 东湖区医疗保障局) over indicator rows whose columns and right edge are not page 9's, and it was
        // left a table of its own.
        FakeColumn[] form = [FakeColumn.Left(60), FakeColumn.Left(150), FakeColumn.Right(400), FakeColumn.Left(420), FakeColumn.Right(540)];
        var first = new FakePage(1).Text("部门整体支出绩效目标表", 200, 50, 14);
        first.Rows(100, 25, form, [
            ["部门名称", "东湖区医疗保障局", "", "", ""],
            ["收入预算合计", "", "335.461", "", ""],
            ["其中:财政拨款", "", "305.461", "其他经费", "30"],
            .. Enumerable.Range(0, 26).Select(i => (string[])["", $"居民基本医疗指标{i}", $"{i}.00", "计划数据", $"{i}.50"])]);
        // The wrapped label 部门名 / 称 beside the name reads as one cell here: 部门名东湖区医疗保障局称.
        FakeColumn[] indicators = [FakeColumn.Left(60), FakeColumn.Right(480)];
        var second = new FakePage(2).Rows(60, 25, indicators, [
            ["部门名东湖区医疗保障局称", ""],
            ["居民基本医疗大病覆盖率", "100%"],
            ["医保外出稽核检查", "≥100次"],
            ["对协议医药机构稽核检查", "≥12次"]]);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(table.TextGrid(), r => r.Contains("对协议医药机构稽核检查") && r.Contains("≥12次"));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void A_title_read_by_ocr_one_character_off_on_the_next_page_still_continues_the_table(bool scanned, int tables)
    {
        // Held-out 1-bit scan of seed 002 p6-7: OCR read 政府预算拨款收文总表 over page 1 and 收支总表 over page 2, and the
        // table was cut in two. Titles of a text layer one character apart are two tables (收支预算总表 / 收入预算总表).
        var font = scanned ? BudgetExtract.Pdf.Model.Glyph.OcrFont : "F";
        var first = Part(1, 0, 5, header: true, title: null).Text("政府预算拨款收文总表", 240, 80, 14, font);
        var second = Part(2, 5, 5, header: true, title: null).Text("政府预算拨款收支总表", 240, 80, 14, font);

        Assert.Equal(tables, Pipeline.Extract(first, second).Length);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Ocr_titles_two_characters_apart_over_the_same_columns_are_one_table(bool scanned, int tables)
    {
        // Held-out 1-bit 240 dpi scan of seed 003 p6-7: OCR read 财政拨获收文总表 over page 1 and 财政拨款收支总表 over page 2.
        var font = scanned ? BudgetExtract.Pdf.Model.Glyph.OcrFont : "F";
        var first = Part(1, 0, 30, header: true, title: null).Text("财政拨获收文总表", 240, 80, 14, font);
        var second = Part(2, 30, 5, header: true, title: null).Text("财政拨款收支总表", 240, 80, 14, font);

        Assert.Equal(tables, Pipeline.Extract(first, second).Length);
    }

    [Fact]
    public void Ocr_titles_two_characters_apart_over_other_columns_are_two_tables()
    {
        // 一般公共预算基本支出表 / 一般公共预算项目支出表 differ in two characters too: only the columns can tell.
        var font = BudgetExtract.Pdf.Model.Glyph.OcrFont;
        var first = Part(1, 0, 30, header: true, title: null).Text("一般公共预算基本支出表", 240, 80, 14, font);
        var second = new FakePage(2).Text("一般公共预算项目支出表", 240, 80, 14, font);
        second.Grid([50, 300, 550], [100, 120, 140, 160]);
        second.Text("项目名称", 55, 115).Text("金额", 305, 115).Text("信息化建设", 55, 135).RightText("1,000.00", 545, 135)
            .Text("运行维护", 55, 155).RightText("500.00", 545, 155);

        Assert.Equal(2, Pipeline.Extract(first, second).Length);
    }

    [Fact]
    public void Text_carried_over_the_page_that_reads_on_from_above_is_no_title_of_the_next_part()
    {
        // Regression (Chromium A4 11 pt rendering of seed 002 without rules, pp. 45-46): page 46 opens with the last
        // lines of the 项目申报依据 paragraph, centred on the form's label | text part below them; the lowest two were taken
        // for the part's title (…若干措施》(深府〔2019〕 / 1号)、《关于…的通知》), and a part with another title never
        // continues the table: the form was cut in two.
        var first = new FakePage(1).Text("一级项目支出绩效目标申报表", 180, 45, 14);
        for (var i = 0; i < 28; i++)
            first.Text($"标签{i + 1}", 60, 80 + 24 * i).Text($"第{i + 1:00}行的说明文字共有三十个字符的一段比较长的文字内容", 150, 80 + 24 * i);
        first.Text("项目申报依据", 60, 760).Text("依据文件：《关于支持企业提升竞争力的若干措施》（深发〔", 150, 760);
        var second = new FakePage(2);
        second.Text("2016〕8号）、《关于加大高新技术企业培", 150, 50).Text("育力度若干措施》（深府〔2019〕", 150, 64)
            .Text("1号）、《关于进一步做好上市公司工作的通知》", 150, 78);
        for (var i = 0; i < 5; i++)
            second.Text($"目标{i + 1}", 60, 110 + 24 * i).Text($"第{i + 1:00}项目标的说明文字共有三十个字符的一段比较长的文字内容", 150, 110 + 24 * i);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.EndsWith("育力度若干措施》（深府〔2019〕1号）、《关于进一步做好上市公司工作的通知》", table.TextGrid().Single(r => r[0] == "项目申报依据")[1]);
        Assert.Contains(table.TextGrid(), r => r[0] == "目标5");
    }

    [Fact]
    public void A_forms_first_two_rows_at_the_foot_of_a_page_under_its_number_a_paragraph_and_its_title_start_the_form()
    {
        // Regression (Chromium A4 11 pt rendering of seed 002 without rules, pp. 44-45): 表15-5, a paragraph, the form's
        // title, then its first two key | value rows at the foot of page 44. The title took the number's announcement
        // away, and two rows without amounts were no table: they were lost, and the form began on page 45.
        var first = new FakePage(1).Text("表15-5", 60, 600);
        first.Text("这是表格之前的一段说明文字，用于检验正文不会被当作表格。", 60, 625);
        first.Text("一级项目支出绩效目标申报表", 220, 660, 14);
        first.Text("项目编码", 60, 690).Text("0102005-2019-YBXM-1837-01", 150, 690).Text("项目名称", 400, 690).Text("中小企业服务管理", 460, 690);
        first.Text("一级预算单位", 60, 730).Text("深圳市工业和信息化局", 150, 730).Text("主管处室", 400, 730).Text("工贸金融处", 460, 730);
        var second = new FakePage(2);
        second.Text("实施期限", 60, 60).Text("02 经常性项目", 150, 60).Text("预算安排方式", 400, 60).Text("部门预算项目", 460, 60);
        for (var i = 0; i < 5; i++)
            second.Text($"目标{i + 1}", 60, 100 + 24 * i).Text($"第{i + 1}项目标的说明文字", 150, 100 + 24 * i);

        var form = Assert.Single(Pipeline.Extract(first, second), t => t.TextGrid().Any(r => r.Contains("实施期限")));
        Assert.Equal([1, 2], form.Pages.ToArray());
        Assert.Equal("一级项目支出绩效目标申报表", form.Title);
        Assert.Contains(form.TextGrid(), r => r[0] == "项目编码" && r.Contains("中小企业服务管理"));
        Assert.Contains(form.TextGrid(), r => r[0] == "一级预算单位" && r.Contains("工贸金融处"));
    }

    [Fact]
    public void A_wrapped_cells_text_carried_over_the_page_above_the_rows_does_not_cut_the_table()
    {
        // Held-out LibreOffice rendering without rules (seed 003, 项目支出绩效目标表 p15-16): a row breaks over the page,
        // so the next page opens with the rest of its paragraph cell, printed in the value column above the next rows.
        FakeColumn[] columns = [FakeColumn.Left(60), FakeColumn.Left(150), FakeColumn.Right(480)];
        var first = new FakePage(1).Text("项目支出绩效目标表", 200, 45, 14);
        first.Row(80, columns, "项目活动", "活动内容表述", "金额");
        for (var i = 0; i < 30; i++) first.Row(100 + 22 * i, columns, $"活动{i + 1}", $"组织课题研究第{i + 1}项", $"{10 * (i + 1)}");
        first.Row(760, columns, "项目实施方案", "聚焦优势产业，举办创客大赛，开展资源对接", "");
        var second = new FakePage(2);
        second.Text("师团、创业之家品牌建设；高水平组织大赛", 150, 50).Text("做好服务补贴券相关工作。", 150, 62);
        for (var i = 0; i < 5; i++) second.Row(90 + 22 * i, columns, $"平台{i + 1}", $"云平台服务第{i + 1}项", $"{5 * (i + 1)}");

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(["平台5", "云平台服务第5项", "25"], table.TextGrid());
    }
}
