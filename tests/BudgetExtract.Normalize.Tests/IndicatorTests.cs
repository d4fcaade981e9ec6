using BudgetExtract.Contract;

namespace BudgetExtract.Normalize.Tests;

// Expected values are copied by hand from the seed text renderings.
public class IndicatorTests
{
    private static NormalizedDocument Normalize(string seed) => new BudgetDocumentNormalizer().Normalize(SeedTables.Input(seed));

    [Fact]
    public void Self_evaluation_rows_have_levels_target_actual_weight_score_note_and_project()
    {
        var doc = Normalize("001_bcdd9000e326aa50.txt");
        var first = doc.Indicators.Where(i => i.Table == 0).ToList();
        Assert.Equal(6, first.Count);

        // 产出指标	数量指标	服务重点经营企业数	>90(家)	300.00(家)	20.00	20.00
        var row = first[0];
        Assert.Equal("重点中小企业工作", row.Project);
        Assert.Equal(("产出指标", "数量指标", "服务重点经营企业数"), (row.Level1, row.Level2, row.Level3));
        Assert.Equal(new IndicatorTarget(">90(家)", ">", 90m, "家"), row.Target);
        Assert.Equal(300.00m, row.Actual!.Value);
        Assert.Equal((20.00m, 20.00m), (row.Weight!.Value, row.Score!.Value));

        // 	社会效益指标	中小企业就业岗位创造情况	>0.70(%)	0.50(%)	5.00	3.50	需进一步解决就业难和招工难结构性矛盾
        var missed = first[4];
        Assert.Equal("效益指标", missed.Level1); // spanned cell filled down
        Assert.Equal("社会效益指标", missed.Level2);
        Assert.Equal(3.50m, missed.Score);
        Assert.Equal("需进一步解决就业难和招工难结构性矛盾", missed.Note);

        var second = doc.Indicators.Where(i => i.Table == 1).ToList();
        Assert.Equal("促进中小企业发展", second[0].Project);
        // 满意度指标	服务对象满意度指标	中小企业满意度	90	达成指标	5.00	5.00
        Assert.Equal(new IndicatorTarget("达成指标", null, null, null), second[^1].Actual);
    }

    [Fact]
    public void Target_table_fills_spanned_levels_down_and_keeps_words_as_text()
    {
        var doc = Normalize("004_920f741a827def05.txt");
        var table = doc.Indicators.Min(i => i.Table);
        var rows = doc.Indicators.Where(i => i.Table == table).ToList();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Project));

        Assert.Equal(new IndicatorTarget("≤100%", "<=", 100m, "%"), rows[0].Target);
        var words = rows.Single(r => r.Level3 == "江西省营商环境测评考核");
        Assert.Equal(("产出指标", "质量指标"), (words.Level1, words.Level2));
        Assert.Equal(new IndicatorTarget("持续提升", null, null, null), words.Target);

        // Printed shifted ("评估评审项目按时完成率		100%"): read in order, levels filled down.
        var shifted = rows.Single(r => r.Level3 == "评估评审项目按时完成率");
        Assert.Equal(("产出指标", "时效指标"), (shifted.Level1, shifted.Level2));
        Assert.Equal(100m, shifted.Target!.Value);
    }

    [Fact]
    public void Overall_targets_in_a_budget_document_are_read_after_the_task_list()
    {
        var doc = Normalize("000_7b0e8fb7a46aa85b.txt");
        var rows = doc.Indicators.ToList();
        // |年度绩效指标|产出|数量|举办独角兽企业培育活动场数|≥ 10|
        Assert.Equal(("产出", "数量", "举办独角兽企业培育活动场数"), (rows[0].Level1, rows[0].Level2, rows[0].Level3));
        Assert.Equal(new IndicatorTarget("≥ 10", ">=", 10m, null), rows[0].Target);
        Assert.Equal(new IndicatorTarget("2023年12月31日", null, null, null), rows[2].Target);
        Assert.Equal(new IndicatorTarget("≤ 131728", "<=", 131728m, null), rows[3].Target);
    }

    [Fact]
    public void Per_year_columns_are_read_and_the_current_year_is_the_target()
    {
        var table = SeedTables.FromRows("项目支出绩效目标表", null, 1,
            "项目名称\t创业武汉\t\t\t\t",
            "一级指标\t二级指标\t三级指标\t指标值\t\t",
            "\t\t\t前年\t上年\t当年",
            "产出指标\t数量指标\t平台服务企业\t300 家\t350 家\t≥400 家",
            "\t\t服务补贴券运行管理\t5904 家\t5900 家\t6000 家");
        var result = new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [table], []));
        Assert.Equal(2, result.Indicators.Length);
        var row = result.Indicators[0];
        Assert.Equal("创业武汉", row.Project);
        Assert.Equal(new IndicatorTarget("≥400家", ">=", 400m, "家"), row.Target);
        Assert.Equal(new IndicatorTarget("300家", null, 300m, "家"), row.BeforeLastYear);
        Assert.Equal(new IndicatorTarget("350家", null, 350m, "家"), row.LastYear);
        Assert.Equal(("产出指标", "数量指标"), (result.Indicators[1].Level1, result.Indicators[1].Level2));
    }

    [Fact]
    public void Project_columns_named_in_the_header_left_of_the_levels_do_not_shift_the_row()
    {
        // Regression, 长春 2026 预算表11: 单位名称 | 项目名称 | 年度资金总额 | 年度绩效目标 precede 一级指标; the first row of each
        // project holds them and was read shifted (project cells as indicators, 产出指标 lost).
        var table = SeedTables.FromRows("长春市信访局2026年项目支出绩效目标表预算表", null, 1,
            "单位名称\t项目名称\t年度资金总额(万元)\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\t权重",
            "105001长春市信访局\t2026年信访专项经费\t30.00\t全年确保网络专线连接畅通\t产出指标\t数量指标\t专家评审\t>=2次\t40",
            "\t\t\t\t成本指标\t经济成本指标\t信访信息系统运维成本\t<=17万元\t20",
            "\t2026年驻京经费\t312.00\t支付驻京房租费\t产出指标\t数量指标\t驻京工作人员人数\t<=18人\t40");
        var result = new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [table], []));
        Assert.Equal(["专家评审", "信访信息系统运维成本", "驻京工作人员人数"], result.Indicators.Select(i => i.Level3));
        Assert.Equal(("产出指标", "数量指标"), (result.Indicators[2].Level1, result.Indicators[2].Level2));
        Assert.Equal(new IndicatorTarget("<=18人", "<=", 18m, "人"), result.Indicators[2].Target);
    }

    [Fact]
    public void A_department_level_word_in_the_level_columns_keeps_the_row_in_its_columns()
    {
        // Regression, 泉州市人民政府办公室 2026 p37: 一般性支出情况 is printed as 一级 and 二级 of the first row; read in order
        // it became the indicator and its target (一般性支出情况 | 一般性支出情况), and ≤100% was lost.
        var table = SeedTables.FromRows("部门整体支出绩效目标表", null, 0,
            "总体目标\t保障政府高效运行，提高行政效率。\t\t\t",
            "绩效目标指标\t一级指标\t二级指标\t三级指标\t目标值",
            "\t一般性支出情况\t一般性支出情况\t“三公”经费控制率\t≤100%",
            "\t\t\t“三公”经费违规使用次数\t≤0次",
            "\t成本指标\t经济成本指标\t预算执行率\t≥85%");
        var result = new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [table], []));
        Assert.Equal(["“三公”经费控制率", "“三公”经费违规使用次数", "预算执行率"], result.Indicators.Select(i => i.Level3));
        Assert.Equal(("一般性支出情况", "一般性支出情况"), (result.Indicators[1].Level1, result.Indicators[1].Level2));
        Assert.Equal(new IndicatorTarget("≤100%", "<=", 100m, "%"), result.Indicators[0].Target);
    }

    [Fact]
    public void A_label_printed_left_of_every_indicator_row_keeps_the_rows_in_their_columns()
    {
        // Regression, 福州 公安局交通警察局 2026 p23–35: 绩效目标指标 is printed in the first column of every row; the rows were
        // read in order, each indicator named 绩效目标指标 with its 一级指标 as target (78 wrong indicators in the document).
        var table = SeedTables.FromRows("车驾管所及办案经费项目绩效目标表", null, 0,
            "项目名称\t车驾管所及办案经费\t\t\t\t",
            "绩效目标指标\t一级指标\t二级指标\t三级指标\t\t指标值",
            "绩效目标指标\t成本指标\t经济成本指标\t项目支出费用\t\t≥1700万元",
            "绩效目标指标\t产出指标\t数量指标\t新车注册登记数\t\t≥10万辆");
        var result = new BudgetDocumentNormalizer().Normalize(new NormalizeInput("x.pdf", [table], []));
        Assert.Equal(["项目支出费用", "新车注册登记数"], result.Indicators.Select(i => i.Level3));
        Assert.Equal(("产出指标", "数量指标"), (result.Indicators[1].Level1, result.Indicators[1].Level2));
        Assert.Equal(new IndicatorTarget("≥10万辆", ">=", 10m, "万辆"), result.Indicators[1].Target);
    }
}
