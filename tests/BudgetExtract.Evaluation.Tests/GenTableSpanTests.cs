using BudgetExtract.CorpusGen.Render;
using BudgetExtract.CorpusGen.Seeds;

namespace BudgetExtract.Evaluation.Tests;

public sealed class GenTableSpanTests
{
    private static GenCell Cell(GenTable t, string text) => t.Cells.Single(c => c.Text == text);

    [Fact]
    public void IndicatorLabels_SpanDownOverTheirGroup_AndStopAtTheNextGroup()
    {
        string[][] rows =
        [
            ["一级指标", "二级指标", "三级指标", "目标值"],
            ["产出指标", "数量指标", "举办活动", "≥500场"],
            ["", "", "服务企业", "≥90家"],
            ["", "质量指标", "满意率", "≥90%"],
            ["效益指标", "社会效益", "带动就业", "提升"],
        ];
        var table = GenTable.From(new SeedTable(null, "绩效目标表", null, [], [], rows, [], [], IsForm: true));
        Assert.Equal((1, 3), (Cell(table, "产出指标").Row, Cell(table, "产出指标").RowSpan));
        Assert.Equal(2, Cell(table, "数量指标").RowSpan);
        Assert.Equal(1, Cell(table, "质量指标").RowSpan);
        Assert.Equal(1, Cell(table, "效益指标").RowSpan);
        Assert.All(table.Cells, c => Assert.Equal(1, c.ColSpan));
    }

    [Fact]
    public void MultiLevelHeader_SpansAcrossThenDown()
    {
        string[][] header =
        [
            ["预算单位", "支出总计", "2023 年政府采购项目", "", ""],
            ["", "", "小计", "其中：面向中小企业", "其中：面向小型、微型企业"],
        ];
        string[][] body = [["深圳市中小企业服务局", "131,728", "592", "", "0"]];
        var table = GenTable.From(new SeedTable("表 3", "支出总表", "万元", [], header, body, [], [], IsForm: false));
        Assert.Equal((2, 1), (Cell(table, "预算单位").RowSpan, Cell(table, "预算单位").ColSpan));
        Assert.Equal((1, 3), (Cell(table, "2023 年政府采购项目").RowSpan, Cell(table, "2023 年政府采购项目").ColSpan));
        // Body cells never span, even next to an empty cell.
        Assert.Equal(1, Cell(table, "592").ColSpan);
        Assert.Equal(1 + 1 + 1 + 3 + 5, table.Cells.Count);
    }
}
