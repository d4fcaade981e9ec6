using BudgetExtract.Contract;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Tests;

// Regressions found by the line-level expected files (corpus/expected-lines); figures copied by hand from the pages.
public class LineCorrectnessTests
{
    private static NormalizedDocument Normalize(params Table[] tables) => new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [.. tables], []));

    /// <summary>The table with the body cell at (<paramref name="row"/>, <paramref name="col"/>) spanning <paramref name="span"/> columns.</summary>
    private static Table WithSpan(Table table, int row, int col, int span) => table with
    {
        Cells = [.. table.Cells.Where(c => !(c.Row == row && c.Col > col && c.Col < col + span))
            .Select(c => c.Row == row && c.Col == col ? c with { ColSpan = span } : c)],
    };

    private static Table JiangsuSummary()
    {
        // Jiangsu 2018 收支预算总表 (page 3), shortened: the 支出 totals span 功能分类 and 支出用途 and are printed once, in the last column.
        var table = SeedTables.FromRows("收支预算总表", "万元", 3,
            "收入\t\t支出\t\t\t",
            "项目名称\t金额\t功能分类\t\t支出用途\t",
            "\t\t功能科目名称\t金额\t项目名称\t金额",
            "一、财政拨款\t24,458.43\t一、一般公共服务支出\t20,153.75\t一、基本支出\t10,403.11",
            "\t\t二、社会保障和就业支出\t1,289.52\t二、项目支出\t12,081.46",
            "\t\t三、住房保障支出\t3,015.16\t三、单位预留机动经费\t1,973.86",
            "当年收入小计\t24,458.43\t当年支出小计\t\t\t24,458.43",
            "上年结转资金\t\t结转下年资金\t\t\t",
            "收入合计\t24,458.43\t支出合计\t\t\t24,458.43");
        for (var r = 6; r <= 8; r++) table = WithSpan(table, r, 2, 3);
        return table;
    }

    [Fact]
    public void Jiangsu_totals_spanning_both_expenditure_groups_give_one_named_line_each_and_reconcile()
    {
        var doc = Normalize(JiangsuSummary());
        var expenditure = doc.Lines.Where(l => l.Side == "expenditure").ToList();
        Assert.DoesNotContain(expenditure, l => l.Name is null);
        var subtotal = Assert.Single(expenditure, l => l.Name == "当年支出小计");
        Assert.Equal("支出用途/金额", subtotal.Column);
        Assert.Equal(244_584_300m, subtotal.Amount);
        var carry = Assert.Single(expenditure, l => l.Name == "结转下年资金");
        Assert.Null(carry.Amount);
        Assert.Equal(244_584_300m, Assert.Single(expenditure, l => l.Name == "支出合计").Amount);
        Assert.Empty(doc.Checks);
        Assert.True(doc.Summary.ChecksRun >= 3, $"checks run: {doc.Summary.ChecksRun}");
    }

    [Fact]
    public void Jiangsu_spanning_total_is_checked_against_the_function_group()
    {
        // 支出合计 printed 1.00 too high: the 功能分类 group (20,153.75 + 1,289.52 + 3,015.16) must report it.
        var table = SeedTables.WithCell(JiangsuSummary(), r => r[2] == "支出合计", 5, "24,459.43");
        var doc = Normalize(table);
        Assert.Contains(doc.Checks, c => c.Code == "total-mismatch" && c.Subject == "支出合计" && c.Column == "功能分类/金额" && c.Expected == 244_584_300m);
        Assert.Contains(doc.Checks, c => c.Code == "balance-mismatch");
    }

    [Fact]
    public void Numbered_name_after_qizhong_prefix_keeps_its_numbering_level()
    {
        // Guangzhou 2026 表8: "其中：（一）因公出国（境）支出" is the first of the （一）（二）（三） items.
        var table = SeedTables.FromRows("财政拨款安排的行政经费及“三公”经费预算表", "万元", 1,
            "项目\t合计",
            "“三公”经费\t19.86",
            "其中：（一）因公出国（境）支出\t5.00",
            "（二）公务用车购置及运行维护支出\t6.70",
            "1.公务用车购置费\t0.00",
            "2.公务用车运行维护费\t6.70",
            "（三）公务接待费支出\t8.16");
        var lines = Normalize(table).Lines;
        var abroad = Assert.Single(lines, l => l.Name == "因公出国（境）支出");
        Assert.Equal(1, abroad.Level);
        var car = Assert.Single(lines, l => l.Name == "公务用车运行维护费");
        Assert.Equal((2, "公务用车购置及运行维护支出"), (car.Level!.Value, car.Parent));
    }

    [Fact]
    public void Total_label_spanning_the_code_column_is_a_name_not_a_code()
    {
        // Suzhou 2026 公开07: the 合计 row spans 科目编码 | 科目名称.
        var table = SeedTables.FromRows("一般公共预算支出表", "万元", 1,
            "科目编码\t科目名称\t合计",
            "合计\t\t4,651.67",
            "201\t一般公共服务支出\t4,651.67");
        var total = Assert.Single(Normalize(WithSpan(table, 1, 0, 2)).Lines, l => l.Amount == 46_516_700m && l.Code is null);
        Assert.Equal("合计", total.Name);
    }

    [Fact]
    public void Total_label_spanning_the_unit_code_column_is_a_name()
    {
        // Wuxi 2026 交通运输局 公开02 收入总表: 合计 spans 单位代码 | 单位名称.
        var table = SeedTables.FromRows("收入总表", "万元", 1,
            "单位代码\t单位名称\t合计",
            "合计\t\t984,760.87",
            "313001\t无锡市交通运输局（本级）\t984,760.87");
        var lines = Normalize(WithSpan(table, 1, 0, 2)).Lines;
        Assert.Equal("合计", Assert.Single(lines, l => l.Code is null).Name);
        Assert.Equal("313001", Assert.Single(lines, l => l.Name == "无锡市交通运输局（本级）").Code);
    }

    [Fact]
    public void Numbered_items_after_a_total_belong_to_the_unnumbered_row_above_them()
    {
        // Shenzhen 2026 收支总表: "1.财政拨款结余、结转" belongs to 上年结余、结转, not to 三、单位资金 before 本年收入合计.
        var table = SeedTables.FromRows("收入总表", "万元", 1,
            "项目\t预算数",
            "一、财政拨款\t5,417.80",
            "三、单位资金\t0.00",
            "1.事业收入\t0.00",
            "本年收入合计\t5,417.80",
            "上年结余、结转\t0.00",
            "1.财政拨款结余、结转\t0.00",
            "收入总计\t5,417.80");
        var lines = Normalize(table).Lines;
        Assert.Equal("单位资金", Assert.Single(lines, l => l.Name == "事业收入").Parent);
        var carried = Assert.Single(lines, l => l.Name == "财政拨款结余、结转");
        Assert.Equal((2, "上年结余、结转"), (carried.Level!.Value, carried.Parent));
    }

    [Fact]
    public void List_restarting_at_one_under_a_row_numbered_one_is_nested_until_the_outer_list_continues()
    {
        // Changchun 2026 财政拨款收支总表 (预算表4), 支出 side: 一、本年支出 holds 一、…四、; 二、结转下年支出 continues the outer list.
        var table = SeedTables.FromRows("财政拨款支出表", "万元", 1,
            "项目\t本年预算",
            "一、本年支出\t1682.76",
            "一、一般公共服务支出\t1378.41",
            "二、社会保障和就业支出\t178.42",
            "三、卫生健康支出\t32.65",
            "四、住房保障支出\t93.27",
            "二、结转下年支出\t",
            "支出总计\t1682.76");
        var doc = Normalize(table);
        Assert.Equal((1, (string?)null), Level(doc, "本年支出"));
        Assert.Equal((2, "本年支出"), Level(doc, "住房保障支出"));
        Assert.Equal((1, (string?)null), Level(doc, "结转下年支出"));
        Assert.Empty(doc.Checks);
    }

    [Fact]
    public void List_restarting_at_one_after_a_later_number_stays_at_its_level()
    {
        var table = SeedTables.FromRows("收入总表", "万元", 1,
            "项目\t预算数",
            "一、财政拨款\t10",
            "二、其他收入\t5",
            "合计\t15",
            "一、财政拨款\t7",
            "二、其他收入\t1",
            "合计\t8");
        var levels = Normalize(table).Lines.Where(l => l.Name == "财政拨款").Select(l => l.Level).ToList();
        Assert.Equal([1, 1], levels);
    }

    [Theory]
    [InlineData("50,616.94", false)]
    [InlineData("48,362.82", false)]
    [InlineData("50,000.00", true)]
    public void Income_summary_total_may_include_the_carry_over(string printedTotal, bool fails)
    {
        // Fuzhou 2026 信访局: 部门收入总表 合计 50,616.94 = 收支总表 收入总计 (本年收入合计 48,362.82 + 上年结转 2,254.12).
        var summary = SeedTables.FromRows("部门收支总表", "万元", 2,
            "收入\t\t支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、一般公共预算拨款收入\t16,474.82\t一、一般公共服务支出\t50,616.94",
            "二、其他收入\t31,888.00\t\t",
            "本年收入合计\t48,362.82\t本年支出合计\t50,616.94",
            "上年结转\t2,254.12\t结转下年\t",
            "收入总计\t50,616.94\t支出总计\t50,616.94");
        var income = SeedTables.FromRows("部门收入总表", "万元", 1,
            "合计\t上年结转\t一般公共预算拨款收入\t其他收入",
            $"{printedTotal}\t2,254.12\t16,474.82\t31,888.00");
        var checks = Normalize(summary, income).Checks.Where(c => c.Code == "cross-table-mismatch").ToList();
        Assert.Equal(fails, checks.Count > 0);
    }

    [Fact]
    public void Table_without_its_unit_line_takes_the_unit_most_tables_print()
    {
        // Jiangsu 2018 政协 公开01表: its 单位：万元 line was not kept with the table; every other table prints 万元.
        var summary = SeedTables.FromRows("收支预算总表", null, 1, "项目\t金额", "一、财政拨款\t10,070.48");
        var income = SeedTables.FromRows("收入预算总表", "万元", 1, "项目\t金额", "一、财政拨款\t10,070.48");
        var spending = SeedTables.FromRows("支出预算总表", "万元", 1, "项目\t金额", "一、基本支出\t10,070.48");
        var lines = Normalize(summary, income, spending).Lines;
        Assert.All(lines, l => Assert.Equal(100_704_800m, l.Amount));
    }

    private static (int, string?) Level(NormalizedDocument doc, string name)
    {
        var line = Assert.Single(doc.Lines, l => l.Name == name);
        return (line.Level ?? 0, line.Parent);
    }
}
