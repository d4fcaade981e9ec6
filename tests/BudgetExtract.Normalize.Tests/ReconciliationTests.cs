using System.Collections.Immutable;
using BudgetExtract.Normalize.Checks;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Tests;

public class ReconciliationTests
{
    private static NormalizedDocument Normalize(ImmutableArray<Table> tables) =>
        new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", tables, []));

    [Theory]
    [InlineData("000_7b0e8fb7a46aa85b.txt")]
    [InlineData("002_78cf085746fe5453.txt")]
    [InlineData("003_d0b700a6485bd38b.txt")]
    public void Seed_documents_reconcile(string seed)
    {
        var result = new BudgetDocumentNormalizer().Normalize(SeedTables.Input(seed));
        Assert.Empty(result.Checks);
        Assert.True(result.Summary.ChecksRun > 50, $"only {result.Summary.ChecksRun} checks ran");
        Assert.Equal(1.0, result.Summary.PassRate);
    }

    [Fact]
    public void Misprinted_child_gives_a_sum_mismatch_with_expected_found_and_page()
    {
        var tables = SeedTables.Load("000_7b0e8fb7a46aa85b.txt");
        var index = tables.IndexOf(tables.First(t => t.Number == "表 7"));
        // |2080505|机关事业单位基本养老保险缴费支出|113|113|0 → 118 in 支出总计 (column 3)
        var misprinted = tables.SetItem(index, SeedTables.WithCell(tables[index], r => r[1] == "2080505", 3, "118"));

        var result = Normalize(misprinted);

        var check = Assert.Single(result.Checks);
        Assert.Equal(CheckCodes.SumMismatch, check.Code);
        Assert.Equal(index, check.Table);
        Assert.Equal("20805", check.Subject);
        Assert.Equal("支出总计", check.Column);
        Assert.Equal(1_740_000m, check.Expected);
        Assert.Equal(1_690_000m, check.Found);
        Assert.Equal(tables[index].Pages[0], check.Page);
        Assert.Equal(1, result.Summary.Tables.Single(t => t.Table == index).Failed);
        Assert.Equal(result.Summary.ClassifiedTables - 1, result.Summary.TablesPassing);
    }

    [Theory]
    [InlineData("3", "3", "3", true)]   // 9 vs 10: within 3 × 0.5 + 0.5 (尾数误差)
    [InlineData("3", "2", "2", false)]  // 7 vs 10
    public void Rounding_is_tolerated_up_to_half_a_unit_per_cell(string a, string b, string c, bool passes)
    {
        var table = SeedTables.FromRows("一般公共预算支出表", "万元", 1,
            "科目编码\t科目名称\t合计",
            "201\t一般公共服务支出\t10",
            $"20101\t人大事务\t{a}",
            $"20102\t政协事务\t{b}",
            $"20103\t政府办公厅（室）及相关机构事务\t{c}");
        var result = Normalize([table]);
        Assert.Equal(1, result.Summary.ChecksRun);
        Assert.Equal(passes, result.Checks.IsEmpty);
    }

    [Fact]
    public void Total_row_printed_first_is_the_sum_of_top_level_codes()
    {
        var table = SeedTables.FromRows("一般公共预算支出表", "万元", 1,
            "科目编码\t科目名称\t合计",
            "\t合计\t30",
            "201\t一般公共服务支出\t10",
            "20101\t人大事务\t10",
            "208\t社会保障和就业支出\t16",
            "20805\t行政事业单位养老支出\t16");
        var check = Assert.Single(Normalize([table]).Checks);
        Assert.Equal(CheckCodes.TotalMismatch, check.Code);
        Assert.Equal(260_000m, check.Expected);
        Assert.Equal(300_000m, check.Found);
    }

    [Fact]
    public void Income_total_must_equal_expenditure_total()
    {
        var table = SeedTables.FromRows("收支总表", "元", 2,
            "收入\t\t支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、一般公共预算拨款\t100\t一、一般公共服务支出\t90",
            "本年收入合计\t100\t本年支出合计\t90",
            "收入总计\t100\t支出总计\t90");
        var check = Assert.Single(Normalize([table]).Checks);
        Assert.Equal(CheckCodes.BalanceMismatch, check.Code);
        Assert.Equal(100m, check.Expected);
        Assert.Equal(90m, check.Found);
    }

    [Fact]
    public void Expenditure_total_must_match_across_tables()
    {
        var summary = SeedTables.FromRows("收支总表", "元", 2,
            "收入\t\t支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、一般公共预算拨款\t100\t一、一般公共服务支出\t100",
            "本年收入合计\t100\t本年支出合计\t100");
        var expenditure = SeedTables.FromRows("支出总表", "元", 1,
            "科目编码\t科目名称\t合计",
            "\t合计\t120",
            "201\t一般公共服务支出\t120");
        var check = Assert.Single(Normalize([summary, expenditure]).Checks);
        Assert.Equal(CheckCodes.CrossTableMismatch, check.Code);
        Assert.Equal(1, check.Table);
        Assert.Equal(100m, check.Expected);
        Assert.Equal(120m, check.Found);
    }
}

public class RealLayoutTests
{
    private static NormalizedDocument Normalize(params Table[] tables) =>
        new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [.. tables], []));

    [Fact]
    public void Grand_total_after_the_year_total_adds_the_carry_rows_between()
    {
        // Layout of 广州市统计局 表4 (2026): the carry row is numbered like a subject ("二十七、结转下年").
        var table = SeedTables.FromRows("财政拨款收支总体情况表", "万元", 2,
            "收入\t\t支出\t",
            "项目\t预算\t项目\t预算",
            "一、一般公共预算\t9,433.72\t一、一般公共服务支出\t8,295.28",
            "二、政府性基金预算\t0.00\t二、社会保障和就业支出\t370.17",
            "\t\t三、卫生健康支出\t4.15",
            "\t\t四、住房保障支出\t764.12",
            "本年收入合计\t9,433.72\t本年支出合计\t9,433.72",
            "\t\t五、结转下年\t0.00",
            "收入总计\t9,433.72\t支出总计\t9,433.72");
        var result = Normalize(table);
        Assert.Empty(result.Checks);
        Assert.Equal(5, result.Summary.ChecksRun); // two 合计, two 总计, 收入总计 = 支出总计
    }

    [Fact]
    public void Sides_named_like_本年收入_and_本年支出_are_split()
    {
        var table = SeedTables.FromRows("财务收支预算总表", "元", 2,
            "本年收入\t\t本年支出\t",
            "项目\t预算数\t项目\t预算数",
            "一、财政拨款收入\t100\t一、社会保障和就业支出\t60",
            "二、事业收入\t20\t二、卫生健康支出\t60",
            "收入总计\t120\t支出总计\t120");
        var result = Normalize(table);
        Assert.Equal(["income", "expenditure"], result.Lines.Select(l => l.Side).Distinct());
        Assert.Equal(120m, result.Lines.Single(l => l.Side == "expenditure" && l.Name == "支出总计").Amount);
        Assert.Empty(result.Checks);
    }

    [Fact]
    public void Code_in_brackets_before_the_name_is_split_off()
    {
        // 广州: "[2010501]行政运行 | 6,453.03"
        var table = SeedTables.FromRows("一般公共预算支出情况表（按功能分类科目）", "万元", 1,
            "功能科目名称\t小计",
            "合计\t8,295.28",
            "[201]一般公共服务支出\t8,295.28",
            "[20105]统计信息事务\t8,295.28",
            "[2010501]行政运行\t6,453.03",
            "[2010505]专项统计业务\t1,842.25");
        var result = Normalize(table);
        var line = result.Lines.Single(l => l.Code == "2010501");
        Assert.Equal(("行政运行", 3, "20105"), (line.Name, line.Level, line.Parent));
        Assert.Equal(64_530_300m, line.Amount);
        Assert.Empty(result.Checks);
        Assert.Equal(3, result.Summary.ChecksRun); // 合计 = 201, 201 = 20105, 20105 = its two items
    }

    [Fact]
    public void Subtotal_column_is_the_sum_of_the_columns_beside_it()
    {
        // 三公 table shape (苏州/江苏): a nested group counts through its own 小计.
        var table = SeedTables.FromRows("一般公共预算“三公”经费支出表", "万元", 3,
            "合计	“三公”经费					",
            "	小计	因公出国（境）费	公务用车购置及运行维护费			公务接待费",
            "			小计	公务用车购置费	公务用车运行维护费	",
            "50.81	9.70	0.00	5.00	0.00	5.00	4.80");
        var result = Normalize(table);
        Assert.Equal(2, result.Summary.ChecksRun);
        var check = Assert.Single(result.Checks);
        Assert.Equal(Checks.CheckCodes.ColumnSumMismatch, check.Code);
        Assert.Equal("“三公”经费/小计", check.Column);
        Assert.Equal(98_000m, check.Expected);
        Assert.Equal(97_000m, check.Found);
    }

    [Fact]
    public void Subtotal_beside_a_其中_column_is_not_checked()
    {
        // 广州 表5: 小计 | 其中：基本支出 | 项目支出 — 其中 is a part, not an addend.
        var table = SeedTables.FromRows("一般公共预算支出情况表（按功能分类科目）", "万元", 2,
            "功能科目名称	一般公共预算支出		",
            "	小计	其中：基本支出	项目支出",
            "合计	9,433.72	8,401.67	1,032.05");
        Assert.Equal(0, Normalize(table).Summary.ChecksRun);
    }

    [Fact]
    public void Unit_in_a_column_header_overrides_the_table_unit()
    {
        // 深圳 重点项目 table: 项目名称 | 预算数（万元） | 绩效目标, no 单位 line.
        var table = SeedTables.FromRows(null, null, 1,
            "项目名称	预算数（万元）	绩效目标",
            "综合管理	224	做好局内财审和绩效管理。");
        var result = Normalize(table);
        Assert.Equal(Kinds.TableKind.PerformanceProjects, result.Kinds[0]);
        var line = Assert.Single(result.Lines);
        Assert.Equal(("综合管理", 2_240_000m), (line.Name, line.Amount));
    }
}
