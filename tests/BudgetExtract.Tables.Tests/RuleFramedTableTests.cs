namespace BudgetExtract.Tables.Tests;

/// <summary>Tables printed with horizontal rules only (above, under the header, below), as the unruled seed renderings are.</summary>
public sealed class RuleFramedTableTests
{
    /// <summary>An indicator form: text cells only, no amount anywhere, between a top and a bottom rule.</summary>
    private static FakePage TextForm(int number = 1)
    {
        var page = new FakePage(number).Text("项目支出绩效目标表", 200, 60, 16);
        page.HLine(50, 500, 90);
        page.Text("一级指标", 55, 110).Text("二级指标", 160, 110).Text("三级指标", 270, 110).Text("指标值", 420, 110);
        page.HLine(50, 500, 118);
        string[][] rows =
        [
            ["产出指标", "数量指标", "培训场次", "按计划完成"],
            ["", "质量指标", "培训合格率", "达到要求"],
            ["效益指标", "社会效益指标", "服务对象覆盖面", "持续提升"],
            ["满意度指标", "服务对象满意度", "参训人员满意度", "较高"],
        ];
        var y = 138.0;
        foreach (var row in rows)
        {
            if (row[0].Length > 0) page.Text(row[0], 55, y);
            page.Text(row[1], 160, y).Text(row[2], 270, y).Text(row[3], 420, y);
            y += 20;
        }
        page.HLine(50, 500, y - 8);
        return page;
    }

    [Fact]
    public void A_text_only_form_between_rules_is_one_table_with_every_row()
    {
        var table = Assert.Single(Pipeline.Extract(TextForm()));
        Assert.Equal("项目支出绩效目标表", table.Title);
        Assert.Equal(
            [
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "培训场次", "按计划完成"],
                ["", "质量指标", "培训合格率", "达到要求"],
                ["效益指标", "社会效益指标", "服务对象覆盖面", "持续提升"],
                ["满意度指标", "服务对象满意度", "参训人员满意度", "较高"],
            ],
            table.TextGrid());
    }

    [Fact]
    public void Prose_between_two_rules_of_different_widths_is_not_a_table()
    {
        var page = new FakePage(1)
            .HLine(50, 500, 90).Text("本部门主要职责是负责全市工业和信息化发展规划的拟订", 55, 110)
            .Text("以及组织实施相关政策措施。", 55, 126).HLine(50, 300, 140);
        Assert.Empty(Pipeline.Extract(page));
    }

    [Fact]
    public void A_continued_page_holding_one_row_between_rules_joins_the_table()
    {
        // Regression (seed 002 unruled, 收支总表 p4): a continuation page with a single, sparse row was taken for prose.
        var first = new FakePage(1).Text("表1", 50, 40).Text("收支总表", 250, 60, 14).Text("单位：万元", 440, 80);
        first.HLine(50, 500, 90);
        first.Text("项目", 55, 110).Text("预算数", 200, 110).Text("项目", 270, 110).Text("预算数", 450, 110);
        first.HLine(50, 500, 118);
        var y = 138.0;
        foreach (var (a, b, c, d) in new[] { ("财政拨款", "1,200", "一般公共服务支出", "800"), ("事业收入", "300", "教育支出", "700") })
        {
            first.Text(a, 55, y).RightText(b, 240, y).Text(c, 270, y).RightText(d, 495, y);
            y += 20;
        }
        first.HLine(50, 500, y - 8);
        var second = new FakePage(2).Text("续表", 50, 60);
        second.HLine(50, 500, 70).Text("其他支出", 270, 90).RightText("0", 495, 90).HLine(50, 500, 100);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Equal(["", "", "其他支出", "0"], table.TextGrid()[^1]);
    }

    [Fact]
    public void Header_cells_over_columns_left_blank_on_the_page_keep_their_own_columns()
    {
        // Regression (seed 000 unruled, 国有资本经营预算支出表): 科目编码 and 科目名称 head columns no row fills.
        var page = new FakePage(1).Text("表11", 50, 40).Text("国有资本经营预算支出表", 200, 60, 14);
        page.HLine(50, 520, 90);
        page.Text("预算单位", 60, 110).Text("科目编码", 170, 110).Text("科目名称", 240, 110)
            .Text("支出总计", 320, 110).Text("基本支出", 390, 110).Text("项目支出", 460, 110);
        page.HLine(50, 520, 118);
        page.Text("市工业和信息化局", 55, 138).RightText("0", 360, 138).RightText("0", 430, 138).RightText("0", 500, 138);
        page.Text("市中小企业服务局", 55, 158).RightText("0", 360, 158).RightText("0", 430, 158).RightText("0", 500, 158);
        page.HLine(50, 520, 166);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(
            [
                ["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"],
                ["市工业和信息化局", "", "", "0", "0", "0"],
                ["市中小企业服务局", "", "", "0", "0", "0"],
            ],
            table.TextGrid());
    }

    [Fact]
    public void Header_cells_right_of_every_filled_column_keep_their_own_columns()
    {
        // Regression (seed 003 unruled, 支出总表): 事业单位经营支出, 上缴上级支出 and 对附属单位补助支出 head columns
        // right of the last one any row fills; they were joined into one header cell with 项目支出.
        var page = new FakePage(1).Text("支出总表", 230, 60, 14);
        page.HLine(50, 560, 90);
        page.Text("科目名称", 55, 110).Text("合计", 170, 110).Text("项目支出", 215, 110)
            .Text("事业单位经营支出", 262, 110).Text("上缴上级支出", 348, 110).Text("对附属单位补助支出", 414, 110);
        page.HLine(50, 560, 118);
        page.Text("社会保障和就业支出", 55, 138).RightText("67.58", 195, 138).RightText("67.58", 250, 138);
        page.Text("卫生健康支出", 55, 158).RightText("122.46", 195, 158).RightText("122.46", 250, 158);
        page.HLine(50, 560, 166);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(
            [
                ["科目名称", "合计", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"],
                ["社会保障和就业支出", "67.58", "67.58", "", "", ""],
                ["卫生健康支出", "122.46", "122.46", "", "", ""],
            ],
            table.TextGrid());
    }

    [Fact]
    public void A_period_line_first_under_the_top_rule_is_the_tables_first_row()
    {
        // Regression (seed 002 unruled, 表14-2 单位整体支出绩效目标表 p27): (2021年度) printed inside the frame was
        // taken for a caption between two tables, and the page, mostly text, had no table at all.
        var page = new FakePage(1).Text("表14-2", 50, 40).Text("单位整体支出绩效目标表", 200, 60, 16);
        page.HLine(50, 500, 90).Text("(2021年度)", 55, 104);
        page.Text("单位名称", 55, 124).Text("深圳市中小企业服务局", 200, 124);
        page.Text("任务名称", 55, 144).Text("主要内容", 200, 144);
        page.Text("基本支出", 55, 164).Text("保障单位基本运转", 200, 164);
        page.Text("预算准备金", 55, 184).Text("应对临时性工作任务", 200, 184);
        page.HLine(50, 500, 192);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal("单位整体支出绩效目标表", table.Title);
        Assert.Equal(
            [
                ["(2021年度)", ""],
                ["单位名称", "深圳市中小企业服务局"],
                ["任务名称", "主要内容"],
                ["基本支出", "保障单位基本运转"],
                ["预算准备金", "应对临时性工作任务"],
            ],
            table.TextGrid());
    }

    [Fact]
    public void A_wrapped_cells_last_line_in_brackets_does_not_cut_the_frame()
    {
        // Regression (seed 002 unruled, 表14-2 p28): （%）, the last line of a wrapped 三级指标 cell, was taken for a
        // period line between two tables, and the page, mostly text, had no table at all.
        var page = new FakePage(1).Text("绩效目标表", 230, 60, 16);
        page.HLine(50, 500, 90).Text("二级指标", 55, 110).Text("三级指标", 200, 110).Text("指标值", 420, 110);
        page.Text("数量指标", 55, 130).Text("补贴培训机构数", 200, 130).Text("按计划完成", 420, 130);
        page.Text("质量指标", 55, 150).Text("补助资金发放及时率", 200, 150).Text("及时", 420, 150);
        page.Text("（%）", 200, 161);
        page.Text("时效指标", 55, 180).Text("补助标准符合率", 200, 180).Text("符合", 420, 180);
        page.HLine(50, 500, 188);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(4, table.TextGrid().Length);
        Assert.Equal(["时效指标", "补助标准符合率", "符合"], table.TextGrid()[^1]);
    }

    [Fact]
    public void A_label_centred_below_rows_continued_from_the_previous_page_starts_where_its_span_does()
    {
        // Regression (seed 004 unruled, p4): the page opens with three rows still under the previous page's
        // 数量指标; the next 数量指标 is centred on the six rows after them. It was put on the first row of the page.
        var page = new FakePage(1);
        page.HLine(50, 500, 90);
        page.Text("一级指标", 55, 110).Text("二级指标", 160, 110).Text("三级指标", 270, 110).Text("目标值", 420, 110);
        page.HLine(50, 500, 118);
        string[] third = ["采购社区健身器材", "完成年度考核工作", "采购多媒体设备", "教师招聘工作", "学前三年毛入园率", "大班额数量", "教师培训次数", "校舍改造数量", "聘用保安人数"];
        for (var i = 0; i < third.Length; i++) page.Text(third[i], 270, 138 + 20 * i).Text("达标", 420, 138 + 20 * i);
        page.Text("产出指标", 55, 248);   // centred on rows 3..8 (baselines 198..298)
        page.Text("数量指标", 160, 228);  // centred on rows 3..6
        page.Text("质量指标", 160, 288);  // centred on rows 7..8
        page.HLine(50, 500, 306);

        var table = Assert.Single(Pipeline.Extract(page));
        var grid = table.TextGrid();
        Assert.Equal(["", "", "采购多媒体设备", "达标"], grid[3]);
        Assert.Equal(["产出指标", "数量指标", "教师招聘工作", "达标"], grid[4]);
        Assert.Equal(6, table.Cells.Single(c => c.Text == "产出指标").RowSpan);
        Assert.Equal(4, table.Cells.Single(c => c.Text == "数量指标").RowSpan);
        Assert.Equal(["", "质量指标", "校舍改造数量", "达标"], grid[8]);
    }

    [Fact]
    public void Two_amounts_one_above_the_other_never_join_into_one_cell()
    {
        // Regression (seed 004 unruled, 专项资金绩效目标表 p13): a wrapped label (项目资金（万 / 元）) linked the rows
        // 其中：财政拨款 5,212 and 上年结转 0, and the right-aligned 5,212 passed for a wrapped value: "5,2120".
        var page = new FakePage(1).Text("专项资金绩效目标表", 200, 60, 16);
        page.HLine(50, 500, 90);
        page.Text("项目名称", 55, 110).Text("科技专项", 160, 110);
        page.Text("年度资金总额", 160, 130).RightText("5,212", 330, 130);
        page.Text("项目资金（万", 55, 148).Text("其中：财政拨款", 160, 148).RightText("5,212", 330, 148);
        page.Text("元）", 55, 160).Text("上年结转", 160, 166).RightText("0", 330, 166);
        page.Text("其他资金", 160, 184).RightText("0", 330, 184);
        page.Text("年度绩效目标", 55, 204).Text("推动科技创新体制不断完善，区域创新体系加速构建", 160, 204);
        page.Text("为科技创新发展奠定坚实基础", 160, 216);
        page.HLine(50, 500, 224);

        var table = Assert.Single(Pipeline.Extract(page));
        var amounts = table.Cells.Where(c => c.Col > 0 && c.Text.Any(char.IsAsciiDigit)).Select(c => c.Text).ToList();
        Assert.Equal(["5,212", "5,212", "0", "0"], amounts);
    }

    [Fact]
    public void A_line_of_labels_centred_between_two_wrapped_rows_does_not_join_them()
    {
        // Regression (seed 004 unruled, p15): 效益指标 and 社会效益指标, centred on two rows whose 三级指标 cells
        // wrap, print as one line between them; the two rows became one ("≥90%≥90%").
        var page = new FakePage(1);
        page.HLine(50, 500, 90);
        page.Text("一级指标", 55, 110).Text("二级指标", 130, 110).Text("三级指标", 230, 110).Text("指标值", 420, 110);
        page.HLine(50, 500, 118);
        (string First, string Second)[] third = [("提高了广大教师教育", "教学水平"), ("增强东湖区教育的影", "响力"), ("教师对各项培训的满", "意度")];
        for (var i = 0; i < third.Length; i++)
        {
            var y = 136 + 34 * i;
            page.Text(third[i].First, 230, y).Text(third[i].Second, 230, y + 12).Text("≥90%", 420, y + 6);
        }
        page.Text("效益指标", 55, 159).Text("社会效益指标", 130, 159);   // centred on the first two rows (127..182)
        page.Text("满意度指标", 55, 210).Text("服务对象满意度", 130, 210); // on the third row's middle line
        page.HLine(50, 500, 218);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(
            [
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["效益指标", "社会效益指标", "提高了广大教师教育教学水平", "≥90%"],
                ["", "", "增强东湖区教育的影响力", "≥90%"],
                ["满意度指标", "服务对象满意度", "教师对各项培训的满意度", "≥90%"],
            ],
            table.TextGrid());
        Assert.Equal(2, table.Cells.Single(c => c.Text == "社会效益指标").RowSpan);
    }

    [Fact]
    public void A_heading_over_a_blank_column_does_not_join_the_wider_heading_of_a_narrow_column_beside_it()
    {
        // Regression (seed 002 unruled, 表8 政府性基金预算支出表): 支出总计 is wider than the "-" under it and reached
        // into the blank 科目名称 column: one header cell "科目名称支出总计".
        var page = new FakePage(1).Text("表8", 50, 118, 12).Text("政府性基金预算支出表", 222.6, 140, 16);
        page.Text("单位名称：深圳市工业和信息化局", 50, 160, 11).Text("单位：万元", 495.3, 160, 11);
        page.HLine(140, 460, 170);
        page.Text("预算单位", 168.6, 186, 9.5).Text("科目编码", 236.4, 186, 9.5).Text("科目名称", 280.4, 186, 9.5)
            .Text("支出总计", 324.4, 186, 9.5).Text("基本支出", 368.4, 186, 9.5).Text("项目支出", 412.4, 186, 9.5);
        page.HLine(140, 460, 191);
        var y = 206.0;
        foreach (var unit in new[] { "市工业和信息化局", "市中小企业服务局", "市工业展览馆" })
        {
            page.Text(unit, 144.9, y, 9.5).RightText("-", 360.9, y, 9.5).RightText("-", 404.9, y, 9.5).RightText("-", 448.9, y, 9.5);
            y += 20;
        }
        page.HLine(140, 460, y - 12);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(
            [
                ["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"],
                ["市工业和信息化局", "", "", "-", "-", "-"],
                ["市中小企业服务局", "", "", "-", "-", "-"],
                ["市工业展览馆", "", "", "-", "-", "-"],
            ],
            table.TextGrid());
    }

    [Fact]
    public void Key_value_rows_spanning_columns_do_not_hide_the_indicator_columns_below()
    {
        // Regression (seed 002 unruled, 项目支出绩效目标申报表): values of the form's key rows cross the gutter
        // between 二级指标 and 三级指标; the indicator rows' aligned cells still make it a column edge.
        var page = new FakePage(1).Text("一级项目支出绩效目标申报表", 160, 60, 16);
        page.HLine(50, 520, 90);
        var y = 110.0;
        foreach (var (key, value) in new[] { ("项目名称", "待支付以前年度采购项目尾款"), ("主管部门", "深圳市工业和信息化局办公室"), ("年度目标", "支付上年度运维采购项目尾款") })
        {
            page.Text(key, 55, y).Text(value, 130, y);
            y += 20;
        }
        page.Text("一级指标", 55, y).Text("二级指标", 130, y).Text("三级指标", 230, y).Text("指标值", 420, y);
        y += 20;
        foreach (var (l1, l2, l3, v) in new[] { ("产出指标", "数量指标", "支付项目数", "1个"), ("", "质量指标", "项目完成质量", "100%"), ("", "时效指标", "年内完成支付", "年内"), ("效益指标", "社会效益", "项目正常使用", "正常") })
        {
            if (l1.Length > 0) page.Text(l1, 55, y);
            page.Text(l2, 130, y).Text(l3, 230, y).Text(v, 420, y);
            y += 20;
        }
        page.HLine(50, 520, y - 8);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(4, table.ColumnCount);
        var grid = table.TextGrid();
        Assert.Equal(["项目名称", "待支付以前年度采购项目尾款", "", ""], grid[0]);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], grid[3]);
        Assert.Equal(["", "时效指标", "年内完成支付", "年内"], grid[6]);
    }

    [Fact]
    public void An_enumerator_printed_apart_from_its_text_stays_in_the_same_cell()
    {
        var page = new FakePage(1).Text("收入预算表", 230, 60, 14);
        page.HLine(50, 500, 90).Text("项目", 55, 110).Text("预算数", 440, 110).HLine(50, 500, 118);
        page.Text("一、", 55, 138).Text("财政拨款收入", 85, 138).RightText("1,200", 495, 138);
        page.Text("1.", 55, 158).Text("一般公共预算拨款", 85, 158).RightText("1,000", 495, 158);
        page.Text("2.", 55, 178).Text("政府性基金预算拨款", 85, 178).RightText("200", 495, 178);
        page.HLine(50, 500, 186);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(["1. 一般公共预算拨款", "1,000"], table.TextGrid()[2]);
    }

    [Fact]
    public void Labels_centred_on_their_rows_start_at_the_top_of_their_span()
    {
        // Regression (seed 004 unruled): 产出指标 and 质量指标 print in the middle of the rows they span, so
        // their lines float between rows; they belong at the top-left of the span, with a row span.
        var page = new FakePage(1).Text("部门整体支出绩效目标表", 180, 60, 16);
        page.HLine(50, 500, 90);
        page.Text("一级指标", 55, 110).Text("二级指标", 160, 110).Text("三级指标", 270, 110).Text("目标值", 420, 110);
        page.HLine(50, 500, 118);
        string[] third = ["培训场次", "覆盖人数", "合格率", "完成时限"];
        for (var i = 0; i < third.Length; i++) page.Text(third[i], 270, 138 + 20 * i).Text("达标", 420, 138 + 20 * i);
        page.Text("产出指标", 55, 168);        // centred on the four rows (138..198)
        page.Text("数量指标", 160, 148);       // centred on the first two
        page.Text("质量指标", 160, 188);       // centred on the last two
        page.HLine(50, 500, 206);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(
            [
                ["一级指标", "二级指标", "三级指标", "目标值"],
                ["产出指标", "数量指标", "培训场次", "达标"],
                ["", "", "覆盖人数", "达标"],
                ["", "质量指标", "合格率", "达标"],
                ["", "", "完成时限", "达标"],
            ],
            table.TextGrid());
        Assert.Equal(4, table.Cells.Single(c => c.Text == "产出指标").RowSpan);
        Assert.Equal(2, table.Cells.Single(c => c.Text == "质量指标").RowSpan);
    }

    [Fact]
    public void Targets_printed_left_and_numbers_printed_right_share_one_column()
    {
        // Regression (seed 004 unruled): 目标值 holds words left-aligned (20个, 持续提升) and numbers right-aligned (100%).
        var page = new FakePage(1).Text("绩效目标表", 230, 60, 16);
        page.HLine(50, 500, 90).Text("三级指标", 55, 110).Text("目标值", 330, 110).HLine(50, 500, 118);
        page.Text("评审项目数", 55, 138).Text("20个", 330, 138);
        page.Text("评审合格率", 55, 158).RightText("100%", 495, 158);
        page.Text("营商环境测评", 55, 178).Text("持续提升", 330, 178);
        page.Text("资金发放及时率", 55, 198).RightText("100%", 495, 198);
        page.HLine(50, 500, 206);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["评审合格率", "100%"], table.TextGrid()[2]);
    }

    [Fact]
    public void Targets_column_cut_by_a_narrow_gap_between_left_words_and_right_percentages_stays_one_column()
    {
        // Regression (seed 002 unruled p33, 单位整体支出绩效目标表): 1次 left-aligned ends just where the right-aligned
        // 100% start, so a gap shows between them; ≥95%, left-aligned too, runs across it. It is one column.
        var page = new FakePage(1).Text("绩效目标表", 230, 60, 16);
        page.HLine(50, 500, 90);
        string[] targets = ["1项", "1个", "1次", "100%", "100%", "100%", "100%", "≥95%", "100%", "100%", "≥95%", "100%"];
        for (var i = 0; i < targets.Length; i++)
        {
            var y = 110 + 20 * i;
            page.Text("指标" + (i + 1), 55, y);
            if (targets[i] == "100%") page.RightText(targets[i], 370, y);
            else page.Text(targets[i], 330, y);
        }
        page.HLine(50, 500, 350);

        var table = Assert.Single(Pipeline.Extract(page));
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["指标8", "≥95%"], table.TextGrid()[7]);
        Assert.Equal(["指标9", "100%"], table.TextGrid()[8]);
    }

    [Fact]
    public void Column_of_second_level_labels_filled_on_two_rows_only_is_still_a_column()
    {
        // Regression (seed 002 unruled p32): on a page where only the heading 二级指标 and one label 数量指标 fill
        // that column (the labels span many rows), it was no column; 二级指标 ran into 三级指标 and 数量指标 into
        // the indicator beside it.
        var page = new FakePage(1).Text("单位整体支出绩效目标表", 180, 60, 16);
        page.HLine(50, 520, 90);
        page.Text("预算准备金", 55, 110).Text("主要用于临时增加工作所", 120, 110).RightText("100,000", 330, 110).RightText("100,000", 420, 110).Text("-", 440, 110);
        page.Text("金额合计", 55, 130).RightText("19,574,950", 330, 130).RightText("19,574,950", 420, 130).Text("-", 440, 130);
        page.Text("一级指标", 120, 150).Text("二级指标", 240, 150).Text("三级指标", 335, 150).Text("目标值", 430, 150);
        for (var i = 0; i < 24; i++) page.Text("服务指标" + (i + 1), 335, 170 + 20 * i).Text("1次", 430, 170 + 20 * i);
        page.Text("年度绩效指标", 55, 170).Text("产出指标", 120, 170).Text("数量指标", 240, 170);
        page.HLine(50, 520, 650);

        var grid = Assert.Single(Pipeline.Extract(page)).TextGrid();
        var heading = grid.Single(r => r.Contains("一级指标"));
        Assert.Contains("二级指标", heading);
        Assert.Contains("三级指标", heading);
        var first = grid.Single(r => r.Contains("服务指标1"));
        Assert.Equal(["年度绩效指标", "产出指标", "数量指标", "服务指标1", "1次"], first.Where(t => t.Length > 0).ToArray());
    }

    [Fact]
    public void Text_starting_inside_the_gap_between_two_amounts_of_another_section_is_its_own_cell()
    {
        // Regression (seed 003 unruled p18, 整体支出绩效目标表): the project rows' gap between 2300 and 2300 became a
        // gutter whose middle fell inside 计划数据 of the indicator rows below, so ≥500场计划数据 was one cell.
        var page = new FakePage(1).Text("整体支出绩效目标表", 200, 60, 16);
        page.HLine(50, 520, 90);
        page.Text("项目支出情况", 55, 110).Text("服务项目", 120, 110).RightText("2300", 330, 110).RightText("2300", 420, 110).Text("服务", 430, 110);
        for (var i = 0; i < 6; i++)
            page.Text("开展政策调查研究组织开展中小企", 120, 130 + 16 * i).Text("组织完成课题研究举办政策活动", 310, 130 + 16 * i);
        string[] indicators = ["举办服务活动", "服务企业", "服务站数量", "服务专员数量"];
        string[] values = ["≥500场", "≥12000家", "500家", "1000人"];
        for (var i = 0; i < indicators.Length; i++)
            page.Text(indicators[i], 160, 240 + 20 * i).Text(values[i], 280, 240 + 20 * i).Text("计划数据", 340, 240 + 20 * i);
        page.HLine(50, 520, 320);

        var grid = Assert.Single(Pipeline.Extract(page)).TextGrid();
        var row = grid.Single(r => r.Contains("举办服务活动"));
        Assert.Contains("≥500场", row);
        Assert.Contains("计划数据", row);
    }

    [Fact]
    public void Labels_inside_a_gutter_beside_cells_of_both_neighbouring_columns_are_a_column_of_their_own()
    {
        // Regression (seed 002 rendered by LibreOffice, p27): only one data row fills 一级指标 (产出指标), so the
        // alignment left a single gutter from the label column to 二级指标; its edge put 一级指标 with 二级指标.
        var page = new FakePage(1);
        page.HLine(50, 520, 90);
        page.Text("年度", 55, 110).Text("绩效", 55, 122).Text("一级指标", 85, 122).Text("二级指标", 155, 122)
            .Text("三级指标", 240, 122).Text("目标值", 430, 122).Text("指标", 55, 134);
        page.HLine(50, 520, 142);
        page.Text("产出指标", 85, 165).Text("数量指标", 155, 165).Text("监测出勤车次", 240, 165).Text("≥150次", 430, 165);
        for (var i = 0; i < 10; i++) page.Text("监测站点抽查次数" + (i + 1), 240, 185 + 20 * i).Text("≥48次", 430, 185 + 20 * i);
        page.Text("质量指标", 155, 265).Text("宣传", 55, 345).Text("内容", 55, 365);
        page.HLine(50, 520, 380);

        var grid = Assert.Single(Pipeline.Extract(page)).TextGrid();
        var heading = grid.Single(r => r.Contains("三级指标"));
        Assert.Equal(["年度绩效指标", "一级指标", "二级指标", "三级指标", "目标值"], heading.Where(t => t.Length > 0).ToArray());
        Assert.Equal(["产出指标", "数量指标", "监测出勤车次", "≥150次"], grid.Single(r => r.Contains("监测出勤车次")).Where(t => t.Length > 0).ToArray());
    }

    [Fact]
    public void An_amount_and_the_text_of_the_next_column_more_than_a_space_apart_stay_separate_cells()
    {
        // Regression (seed 003 unruled p18, 项目支出情况): 2300 right-aligned ends half an em before 中小企业服务 of
        // 项目主要支出方向; the paragraphs of another section cross that gap, so no alignment proved it a gutter.
        var page = new FakePage(1).Text("整体支出绩效目标表", 200, 60, 16);
        page.HLine(50, 520, 90);
        page.Text("项目名称", 120, 110).Text("项目总预算", 230, 110).Text("项目支出方向", 340, 110);
        page.Text("项目支出情况", 55, 130).Text("服务项目", 120, 130).RightText("2300", 330, 130).Text("中小企业服务", 340, 130);
        page.Text("保障项目", 120, 150).RightText("155", 330, 150).Text("运行保障支出", 340, 150);
        for (var i = 0; i < 8; i++)
            page.Text("开展政策调查研究组织开展中小企", 120, 170 + 16 * i).Text("组织完成课题研究举办政策活动", 310, 170 + 16 * i);
        page.HLine(50, 520, 310);

        var grid = Assert.Single(Pipeline.Extract(page)).TextGrid();
        Assert.Contains("2300", grid.Single(r => r.Contains("服务项目")));
        Assert.Contains("中小企业服务", grid.Single(r => r.Contains("服务项目")));
    }

    [Fact]
    public void Values_side_by_side_under_a_wide_text_column_of_another_section_stay_separate_cells()
    {
        // Regression (seed 001 unruled, 财政项目支出绩效自我评价): the budget section's amounts sit under the
        // span of the indicator section's wide text column; "36.00 34.77 10.00" was one cell.
        var page = new FakePage(1).Text("财政项目支出绩效自我评价", 180, 60, 16);
        page.HLine(50, 520, 90);
        page.Text("年初预算数", 160, 110).Text("全年预算数", 260, 110).Text("执行数", 360, 110).Text("得分", 460, 110);
        page.Text("年度资金总额", 55, 130).RightText("36.00", 300, 130).RightText("34.77", 400, 130).RightText("10.00", 500, 130);
        page.Text("其中：财政拨款", 55, 150).RightText("36.00", 300, 150).RightText("34.77", 400, 150).RightText("10.00", 500, 150);
        for (var i = 0; i < 8; i++)
            page.Text("绩效指标" + (i + 1), 55, 170 + 20 * i).Text("中小企业营业收入总值提高情况及其说明与本年度相关指标的完成情况", 160, 170 + 20 * i).RightText("20.00", 500, 170 + 20 * i);
        page.HLine(50, 520, 328);

        var table = Assert.Single(Pipeline.Extract(page));
        var row = table.TextGrid().Single(r => r[0] == "年度资金总额");
        Assert.Equal(3, row.Count(t => t is "36.00" or "34.77" or "10.00"));
    }

    [Fact]
    public void A_page_saying_continued_over_rules_as_wide_as_the_table_continues_it_and_keeps_its_own_columns()
    {
        var first = new FakePage(1).Text("项目支出绩效自评表", 200, 60, 16);
        first.HLine(50, 520, 90).Text("项目名称", 55, 110).Text("重点中小企业工作", 160, 110)
            .Text("年度资金总额", 55, 130).RightText("36.00", 300, 130).RightText("34.77", 400, 130).HLine(50, 520, 138);
        // A continuation page of another section of the form: other columns, same rules, 续表 above.
        var second = new FakePage(2).Text("续表", 50, 60);
        second.HLine(50, 520, 70).Text("一级指标", 55, 90).Text("二级指标", 200, 90).Text("三级指标", 330, 90).Text("指标值", 440, 90)
            .Text("产出指标", 55, 110).Text("数量指标", 200, 110).Text("服务企业数", 330, 110).Text("大于90家", 440, 110).HLine(50, 520, 118);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
        // Each section keeps its own columns in the whole table: none of its cells joined with a neighbour.
        var cells = table.Cells.Select(c => c.Text).ToHashSet();
        Assert.Superset(new HashSet<string> { "年度资金总额", "36.00", "34.77", "一级指标", "二级指标", "三级指标", "产出指标", "数量指标", "服务企业数" }, cells);
    }

    [Fact]
    public void A_framed_part_at_the_top_of_the_next_page_continues_the_table_even_with_other_columns()
    {
        // As seed 003 unruled, 整体支出绩效目标表 p20 (enforced there by the corpus floor, 8/8 in one piece): no 续表,
        // another section of the form with other columns, rules as wide as the table's.
        var first = new FakePage(1).Text("整体支出绩效目标表", 200, 60, 16);
        first.HLine(50, 520, 90).Text("部门名称", 55, 110).Text("武汉市中小企业发展促进中心", 160, 110)
            .Text("年度资金总额", 55, 130).RightText("36.00", 300, 130).RightText("34.77", 400, 130).HLine(50, 520, 138);
        var second = new FakePage(2);
        second.HLine(50, 520, 70).Text("一级指标", 55, 90).Text("二级指标", 200, 90).Text("三级指标", 330, 90).Text("指标值", 440, 90)
            .Text("产出指标", 55, 110).Text("数量指标", 200, 110).Text("服务企业数", 330, 110).Text("大于90家", 440, 110).HLine(50, 520, 118);

        var table = Assert.Single(Pipeline.Extract(first, second));
        Assert.Equal([1, 2], table.Pages.ToArray());
    }
}
