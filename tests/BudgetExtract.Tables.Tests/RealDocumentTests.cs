using BudgetExtract.Layout;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Testing;

namespace BudgetExtract.Tables.Tests;

/// <summary>Regression cases on real published PDFs, expected grids checked by hand against the rendered pages.</summary>
public sealed class RealDocumentTests
{
    private static async Task<IReadOnlyList<Model.Table>> ExtractAsync(string name) => await ExtractPathAsync(RepoPaths.Corpus("real", name));

    /// <summary>A page of another producer's rendering kept under Fixtures/.</summary>
    private static async Task<IReadOnlyList<Model.Table>> ExtractFixtureAsync(string name) =>
        await ExtractPathAsync(Path.Combine(RepoPaths.Root, "tests", "BudgetExtract.Tables.Tests", "Fixtures", name));

    private static async Task<IReadOnlyList<Model.Table>> ExtractPathAsync(string path)
    {
        var content = await new MuPdfEngine().ReadAsync(path);
        return new GridTableExtractor().Extract(new DocumentLayoutAnalyzer().Analyze(content.Pages));
    }

    [Fact]
    public async Task Seed_003_unruled_fiscal_summary_continued_with_one_full_row_keeps_four_columns()
    {
        // Regression (our unruled rendering of seed 003, 财政拨款收支总表 p7-8): page 8 repeats the headings (收入 | 支出
        // centred over 项目 | 预算数 | 项目 | 预算数) above one-cell lines and one full row; with the headings as the page's
        // column evidence the table got two empty columns and none of its rows matched.
        var tables = await ExtractPathAsync(RepoPaths.Corpus("seeds", "003_d0b700a6485bd38b-unruled.pdf"));

        var table = tables.Single(t => t.Title == "财政拨款收支总表");
        Assert.Equal([7, 8], table.Pages.ToArray());
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["收入总计", "3,582.93", "支出总计", "3,582.93"], table.Grid()[^1].ToArray());
    }

    [Fact]
    public async Task English_text_table_rows_go_on_in_lower_case_when_rows_stand_no_further_apart_than_lines()
    {
        // Regression, English held-out set p4 (Chromium, no rules, 1 px cell padding): every column of table 6 wraps, and
        // its rows stand 1.5 pt further apart than wrapped lines, so each wrapped line was a row of its own
        // (satisfaction with online | service good or very good | | reported in the).
        var tables = await ExtractFixtureAsync("english-text-table-chromium.pdf");

        var table = tables.Single(t => t.Number == "Table 6");
        Assert.Equal(5, table.Grid().Length);
        Assert.Equal(["Improve customer satisfaction with online services", "Share of users rating the service good or very good", "85%",
                      "Not met: 81% reported in the annual survey"], table.Grid()[2].ToArray());
        // firm is drawn with the ﬁ ligature glyph.
        Assert.Equal(["Cut administrative burden", "Hours spent on reporting per firm and year", "≤ 40 hours", "Partly met"],
            table.Grid()[4].ToArray());
    }

    [Fact]
    public async Task Booktabs_rules_drawn_cell_by_cell_frame_a_lone_last_row_under_its_repeated_header()
    {
        // Regression, English held-out set with booktabs rules (Chromium), p4: the last row of a long table goes on alone
        // under its repeated header, between rules Chromium draws one cell at a time. No piece was long enough to be a
        // table's rule, so the two lines made no table and the row was lost.
        var tables = await ExtractFixtureAsync("english-booktabs-last-row-chromium.pdf");

        var part = tables.Single(t => t.Grid().Any(r => r[0] == "074"));
        Assert.Equal(["074", "Programme line item 74", "10,508", "88,969", "-10.4"], part.Grid()[^1].ToArray());
    }

    [Fact]
    public async Task Values_set_at_the_foot_of_a_wrapped_english_label_join_the_label_s_first_line()
    {
        // Regression, English held-out set p1 (Chromium, cells aligned to their foot): the label's first line
        // (Agriculture, forestry) was a row of its own, and its last line (and fishing) held the row's values.
        var tables = await ExtractFixtureAsync("english-values-at-label-foot-chromium.pdf");

        var grid = tables.Single(t => t.Number == "Table 2").Grid();
        Assert.Contains(grid, r => r.SequenceEqual(["Agriculture, forestry and fishing", "1,131", "600", "531", "924", "140", "784"]));
        Assert.Contains(grid, r => r.SequenceEqual(["Public administration and defence; compulsory social security", "365", "170", "195", "961", "376", "585"]));
        Assert.Contains(grid, r => r.SequenceEqual(["Private sector", "", "", "", "", "", ""]));
        // Table 1 on the same page: its unit line stands between title and table.
        var receipts = tables.Single(t => t.Number == "Table 1");
        Assert.Equal(("Federal receipts by source, 2019–2023", "billions of dollars"), (receipts.Title, receipts.Unit));
    }

    [Fact]
    public async Task A_pie_chart_s_labels_over_its_figure_caption_are_no_table()
    {
        // Regression, 北京市退役军人事务局 2026 p6 (a page of the real PDF): 3.55% / 96.45% / 基本支出 项目支出 around a pie,
        // over 图 2：基本支出和项目支出情况, came out as a three-row table.
        Assert.Empty(await ExtractFixtureAsync("beijing-veterans-2026-p6-pie-chart.pdf"));
    }

    [Fact]
    public async Task Income_and_expenditure_headings_set_off_centre_over_their_columns_start_at_the_first()
    {
        // Regression, Chromium rendering of seed 000 without rules, p2 (收支总表): 收入 stands over 项目 | 预算数 but a third
        // of its width off their centre, and was put in the 预算数 column ( | 收入 | 支出 | ).
        var tables = await ExtractFixtureAsync("seed000-income-expenditure-chromium.pdf");
        var headings = tables.SelectMany(t => t.Grid().Where(r => r.Contains("收入") && r.Contains("支出")).Take(1)).ToList();
        Assert.Equal(2, headings.Count);
        Assert.All(headings, r => Assert.Equal(["收入", "", "支出", ""], r.ToArray()));
    }

    [Fact]
    public async Task A_paragraph_line_left_short_by_chinese_line_breaking_rules_goes_on_in_the_same_cell()
    {
        // Regression, Chromium A4 rendering of seed 001 without rules, p2: a closing mark may not start a line, so
        // 选。 and 动， moved down whole and left the lines above a character short of the column's end (业企业家评 /
        // 选。); each such line had started a row of its own, cutting both paragraph cells in three.
        var tables = await ExtractFixtureAsync("seed001-kinsoku-paragraph-chromium.pdf");

        var paragraph = "促进民营经济和全市重点企业健康发展。召开上海市民营经济发展战略咨询委员会会议，举办重点民企一市长面对面系列座谈会，"
                        + "组织民营企业“走出去”和“引进来”活动，开展民营企业企业家高级研修培训，开展优秀民营企业和民营企业企业家评选。";
        var rows = tables.Single().Grid().Where(r => r.Any(c => c.Contains("评选"))).ToList();
        Assert.Equal(2, Assert.Single(rows).Count(c => c == paragraph));
    }

    [Fact]
    public async Task Text_carried_over_in_a_last_column_the_next_page_leaves_empty_does_not_stop_the_table_going_on()
    {
        // Regression, Chromium A4 rendering of seed 001 without rules, pp. 2-3: the 偏差原因分析 cell's last words (构性 /
        // 矛盾) open page 3 right of the part, whose last column is empty there; taken for a paragraph above the part,
        // they made the page's indicator rows a table of their own.
        var tables = await ExtractFixtureAsync("seed001-carried-over-last-column-chromium.pdf");

        var table = tables.Single(t => t.Grid().Any(r => r[0] == "产出指标"));
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(table.Grid(), r => r.Take(7).SequenceEqual(["满意度指标", "服务对象满意度指标", "中小企业满意度", ">90(%)", "93.00(%)", "5.00", "5.00"]));
        // The carried words end the cell they were cut from; the table's first row, printed again over page 3, does not.
        Assert.Contains(table.Grid(), r => r[2] == "中小企业就业岗位创造情况" && r[7] == "需进一步解决就业难和招工难结构性矛盾");
        Assert.DoesNotContain(table.Grid().SelectMany(r => r), c => c.Contains("评价") && c != "财政项目支出绩效自我评价");
    }

    [Fact]
    public async Task A_form_section_under_text_carried_over_the_page_goes_on_with_the_form()
    {
        // Regression, Chromium A4 rendering of seed 002 without rules, pp. 38-39: page 38 ends with 项目测算标准 and its long
        // text (two columns); page 39 opens with that text's last two lines, then the form's next sections (five
        // columns). The part was a table of its own, and the carried lines were lost.
        var tables = await ExtractFixtureAsync("seed002-form-section-after-carried-text-chromium.pdf");

        var form = tables.Single(t => t.Grid().Any(r => r[0] == "项目测算标准"));
        Assert.Equal([1, 2], form.Pages.ToArray());
        Assert.EndsWith("用于局网站及公众号服务等;公益服务工作141.2万元,用于中小企业公益服务。", form.Grid().Single(r => r[0] == "项目测算标准")[1]);
        Assert.Contains(form.Grid(), r => r[0] == "一级指标" && r[3] == "指标值");
    }

    [Fact]
    public async Task Indicator_rows_of_texts_at_the_top_of_a_page_go_on_with_the_table_they_continue()
    {
        // Regression, Chromium A4 11 pt rendering of seed 004 without rules, pp. 25-26: page 26 holds the form's last
        // indicator rows, mostly texts (稳步拓展, 不低于上年) with three amounts among ten rows, under its first row printed
        // again. With so few amounts and its columns started by few rows, the page was taken for no table: lost whole.
        var tables = await ExtractFixtureAsync("seed004-indicator-rows-going-on-chromium.pdf");

        var table = Assert.Single(tables);
        Assert.Equal([1, 2], table.Pages.ToArray());
        Assert.Contains(table.Grid(), r => r.SequenceEqual(["", "质量指标", "重点救助对象政策范围内个人自负费用年度限额内住院救助比例", "≥70%"]));
        Assert.Contains(table.Grid(), r => r.SequenceEqual(["满意度指标", "服务对象满意度", "困难群众满意度", "≥95%"]));
        Assert.Single(table.Grid(), r => r[0] == "项目名称");
    }

    [Fact]
    public async Task A_one_row_table_under_headings_stacked_a_character_per_line_is_a_table_with_its_stacked_label()
    {
        // Regression, Chromium A4 11 pt rendering of seed 000 without rules, p5 (its caption is on the page before): a
        // header of 15 narrow columns, 财 / 政 / 专 / 户 … stacked a character per line, over one row of values whose label
        // 上级下达资金 is stacked too. With two value lines among 22 lines the block was taken for prose: no table.
        var tables = await ExtractFixtureAsync("seed000-stacked-headings-chromium.pdf");

        var table = Assert.Single(tables);
        Assert.Equal(["上级下达资金", "4,895", "4,320", "4,320", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "575"], table.Grid()[^1].ToArray());
        Assert.Contains(table.Grid(), r => r.Contains("财政专户管理资金") && r.Contains("单位资金"));
    }

    [Fact]
    public async Task Shenzhen_2026_statistics_income_expenditure_summary_is_one_table_over_pages_16_and_17()
    {
        var tables = await ExtractAsync("shenzhen-statistics-2026.pdf");
        var table = tables.Single(t => t.Number == "表1");
        Assert.Equal("收支总表", table.Title);
        Assert.Equal("万元", table.Unit);
        Assert.Equal([16, 17], table.Pages.ToArray());
        Assert.Equal(2, table.HeaderRowCount);
        string[][] expected =
        [
            ["收入", "", "支出", ""],
            ["项目", "2026年预算数", "项目", "2026年预算数"],
            ["一、财政拨款", "5,417.80", "一、一般公共服务支出", "3,478.72"],
            ["1.一般公共预算拨款", "5,417.80", "统计信息事务", "3,478.72"],
            ["2.政府性基金预算拨款", "0.00", "行政运行", "2,357.92"],
            ["3.国有资本经营预算拨款", "0.00", "专项统计业务", "701.80"],
            ["二、财政专户管理资金", "0.00", "统计管理", "359.77"],
            ["三、单位资金", "0.00", "专项普查活动", "59.23"],
            ["1.事业收入", "0.00", "二、教育支出", "193.00"],
            ["2.事业单位经营收入", "0.00", "进修及培训", "193.00"],
            ["3.上级补助收入", "0.00", "培训支出", "193.00"],
            ["4.附属单位上缴收入", "0.00", "三、社会保障和就业支出", "562.39"],
            ["5.其他收入", "0.00", "行政事业单位养老支出", "562.39"],
            ["", "", "行政单位离退休", "252.07"],
            ["", "", "机关事业单位基本养老保险缴费支出", "211.92"],
            ["", "", "机关事业单位职业年金缴费支出", "98.40"],
            ["", "", "四、卫生健康支出", "86.28"],
            ["", "", "行政事业单位医疗", "86.28"],
            ["", "", "行政单位医疗", "86.28"],
            ["", "", "五、住房保障支出", "1,097.40"],
            ["", "", "住房改革支出", "1,097.40"],
            ["", "", "住房公积金", "214.68"],
            ["", "", "购房补贴", "882.72"],
            ["本年收入合计", "5,417.80", "本年支出合计", "5,417.80"],
            ["上年结余、结转", "0.00", "结转下年", "0.00"],
            ["1.财政拨款结余、结转", "0.00", "", ""],
            ["2.非财政拨款结余、结转", "0.00", "", ""],
            ["收入总计", "5,417.80", "支出总计", "5,417.80"],
        ];
        Assert.Equal(expected, table.TextGrid());
    }

    [Fact]
    public async Task Shenzhen_2026_statistics_has_the_eleven_numbered_tables_each_in_one_piece()
    {
        var tables = await ExtractAsync("shenzhen-statistics-2026.pdf");
        var numbered = tables.Where(t => t.Number is not null).Select(t => t.Number).ToArray();
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"表{i}").ToArray(), numbered);
        var expenditure = tables.Single(t => t.Number == "表3");
        Assert.Equal([19, 20, 21], expenditure.Pages.ToArray());
        Assert.Equal(["", "2080505", "机关事业单位基本养老保险缴费支出", "211.92", "211.92", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"],
            expenditure.TextGrid().Single(r => r[1] == "2080505"));
    }

    [Fact]
    public async Task Seed_001_unruled_indicator_headings_opening_page_2_stay_a_row_of_their_own()
    {
        // Our rendering of seed 001 without rules (财政项目支出绩效自我评价): page 1 ends with the 年度总体目标 texts across
        // the form, page 2 opens the indicator section with its headings; they were joined to those texts as the rest
        // of a cut row.
        var content = await new MuPdfEngine().ReadAsync(RepoPaths.Corpus("seeds", "001_bcdd9000e326aa50-unruled.pdf"));
        var table = new GridTableExtractor().Extract(new DocumentLayoutAnalyzer().Analyze(content.Pages)).First(t => t.Pages.Contains(2));
        var grid = table.TextGrid();
        Assert.Contains(grid, r => r.Where(c => c.Length > 0).SequenceEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]));
        Assert.DoesNotContain(grid, r => r.Any(c => c.Contains("一级指标") && c.Contains("评选")));
    }
}
