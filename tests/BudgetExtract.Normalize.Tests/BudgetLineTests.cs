using BudgetExtract.Contract;

namespace BudgetExtract.Normalize.Tests;

// Expected figures are copied by hand from the seed text renderings (tests/…/Seeds).
public class BudgetLineTests
{
    private static readonly NormalizedDocument Shenzhen2023 = Normalize("000_7b0e8fb7a46aa85b.txt");
    private static readonly NormalizedDocument Shenzhen2021 = Normalize("002_78cf085746fe5453.txt");
    private static readonly NormalizedDocument Wuhan2024 = Normalize("003_d0b700a6485bd38b.txt");

    private static NormalizedDocument Normalize(string seed) => new BudgetDocumentNormalizer().Normalize(SeedTables.Input(seed));

    private static BudgetLineRecord Line(NormalizedDocument doc, string kind, Func<BudgetLineRecord, bool> match)
    {
        var table = doc.Kinds.IndexOf(kind);
        return Assert.Single(doc.Lines, l => l.Table == table && match(l));
    }

    [Fact]
    public void Coded_line_has_code_name_level_parent_unit_column_and_amount_in_yuan()
    {
        // 表 3 支出总表: |2080505|机关事业单位基本养老保险缴费支出|113|113|0|0|0|0, 单位：万元
        var line = Line(Shenzhen2023, "expenditure-summary", l => l.Code == "2080505" && l.Column == "基本支出");
        Assert.Equal("机关事业单位基本养老保险缴费支出", line.Name);
        Assert.Equal(3, line.Level);
        Assert.Equal("20805", line.Parent);
        Assert.Equal("function", line.Classification);
        Assert.Equal("深圳市中小企业服务局", line.Unit);
        Assert.Equal(1_130_000m, line.Amount);
        Assert.Equal("113", line.Text);
    }

    [Fact]
    public void Multi_level_header_gives_joined_column_label_and_continued_rows_keep_their_page()
    {
        // 表 3 continued: |2150899|其他支持中小企业发展和管理支出|74,007|0|74,007|592|0|0
        var line = Line(Shenzhen2023, "expenditure-summary", l => l.Code == "2150899" && l.Column == "2023年政府采购项目/小计");
        Assert.Equal(5_920_000m, line.Amount);
        var first = Line(Shenzhen2023, "expenditure-summary", l => l.Code == "208" && l.Column == "支出总计");
        Assert.True(line.Page > first.Page);
    }

    [Fact]
    public void Every_amount_cell_of_a_table_is_one_line()
    {
        // 表 3: one unit row + 19 coded rows, 6 amount columns.
        var table = Shenzhen2023.Kinds.IndexOf("expenditure-summary");
        Assert.Equal(20 * 6, Shenzhen2023.Lines.Count(l => l.Table == table));
    }

    [Fact]
    public void Two_sided_table_gives_lines_for_each_side_with_numbered_levels()
    {
        // 表 1 收支总表: "1. 一般公共预算拨款|130,496|行政事业单位养老支出|169"
        var income = Line(Shenzhen2023, "income-expenditure-summary", l => l.Side == "income" && l.Name == "一般公共预算拨款");
        Assert.Equal(1_304_960_000m, income.Amount);
        Assert.Equal(2, income.Level);
        Assert.Equal("政府预算拨款", income.Parent);
        Assert.Equal("2023年预算数", income.Column);

        var spending = Line(Shenzhen2023, "income-expenditure-summary", l => l.Side == "expenditure" && l.Name == "住房保障支出");
        Assert.Equal(3_850_000m, spending.Amount);
        Assert.Equal(1, spending.Level);

        var total = Line(Shenzhen2023, "income-expenditure-summary", l => l.Side == "expenditure" && l.Name == "支出总计");
        Assert.Equal(1_317_280_000m, total.Amount);
    }

    [Fact]
    public void Rows_under_a_budget_unit_row_belong_to_that_unit_and_blanks_are_null()
    {
        // 表7 (2021): "| 市无线电监测管理站 | | | 2,747 | …" then "| | 2150508 | 无线电及信息通信监管 | 2,134 | 965 | 1,169 |"
        var line = Line(Shenzhen2021, "general-budget-by-function", l => l.Code == "2150508" && l.Column == "项目支出");
        Assert.Equal("市无线电监测管理站", line.Unit);
        Assert.Equal(11_690_000m, line.Amount);

        // "| | 208 | 社会保障和就业支出 | 146 | 146 | |" and "| | 208 | 社会保障和就业支出 | 142,000 | - | 142,000 |" (本级, 206)
        var blank = Line(Shenzhen2021, "general-budget-by-function", l => l.Code == "208" && l.Unit == "市无线电监测管理站" && l.Column == "项目支出");
        Assert.Null(blank.Amount);
        var dash = Line(Shenzhen2021, "general-budget-by-function", l => l.Code == "206" && l.Column == "基本支出");
        Assert.Null(dash.Amount);
        Assert.Equal("-", dash.Text);
    }

    [Fact]
    public void Decimal_amounts_and_economic_codes_are_read()
    {
        // 表 5-1: 2150899|其他支持中小企业发展和管理支出|986.08|831.08|715.50|115.58|155.00
        var function = Line(Wuhan2024, "general-budget-by-function", l => l.Code == "2150899" && l.Column == "基本支出/人员经费");
        Assert.Equal(7_155_000m, function.Amount);

        // 表 6 一般公共预算基本支出表: 30201|办公费|5.00||5.00
        var economic = Line(Wuhan2024, "general-budget-basic-by-economic", l => l.Code == "30201" && l.Column.EndsWith("公用经费", StringComparison.Ordinal));
        Assert.Equal("economic", economic.Classification);
        Assert.Equal("302", economic.Parent);
        Assert.Equal(2, economic.Level);
        Assert.Equal(50_000m, economic.Amount);
    }

    [Fact]
    public void Performance_tables_and_prose_give_no_lines()
    {
        foreach (var doc in new[] { Shenzhen2023, Shenzhen2021, Wuhan2024 })
            foreach (var line in doc.Lines)
            {
                Assert.False(Kinds.TableKind.IsIndicatorKind(doc.Kinds[line.Table]));
                Assert.NotNull(doc.Kinds[line.Table]);
            }
    }
}

public class ProjectTableTests
{
    [Fact]
    public void Project_rows_take_their_unit_from_the_project_unit_column()
    {
        // 武汉 表10 项目支出表: 42010023301T000000100|中小企业及创业武汉系列服务|武汉市中小企业发展促进中心|2,300.00|2,300.00
        var doc = new BudgetDocumentNormalizer().Normalize(SeedTables.Input("003_d0b700a6485bd38b.txt"));
        var table = doc.Kinds.IndexOf("project-expenditure");
        var line = Assert.Single(doc.Lines, l => l.Table == table && l.Name == "中小企业及创业武汉系列服务" && l.Column == "合计");
        Assert.Equal("42010023301T000000100", line.Code);
        Assert.Null(line.Classification);
        Assert.Equal("武汉市中小企业发展促进中心", line.Unit);
        Assert.Equal(23_000_000m, line.Amount);
    }

    [Fact]
    public void Side_with_two_name_amount_groups_attaches_each_amount_to_its_own_group()
    {
        // Regression, Jiangsu 2018 收支预算总表: 支出 prints 功能分类 (name | amount) and 支出用途 (name | amount)
        // side by side; 项目支出's amount was given to 外交支出.
        var table = SeedTables.FromRows("收支预算总表", "万元", 3,
            "收入\t\t支出\t\t\t",
            "项目名称\t金额\t功能分类\t\t支出用途\t",
            "\t\t功能科目名称\t金额\t项目名称\t金额",
            "一、财政拨款\t24,458.43\t一、一般公共服务支出\t20,153.75\t一、基本支出\t10,403.11",
            "\t\t二、外交支出\t\t二、项目支出\t12,081.46");
        var lines = new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [table], [])).Lines
            .Where(l => l.Side == "expenditure" && l.Amount is not null).Select(l => (l.Name, l.Amount)).ToList();
        Assert.Contains(("一般公共服务支出", 201537500m), lines);
        Assert.Contains(("基本支出", 104031100m), lines);
        Assert.Contains(("项目支出", 120814600m), lines);
        Assert.DoesNotContain(lines, l => l.Name == "外交支出");
    }
}
