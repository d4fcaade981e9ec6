using System.Collections.Immutable;
using BudgetExtract.Normalize.Lines;

namespace BudgetExtract.Normalize.Tests;

// Modelled on 深圳 2026 收支总表 (支出: function names without codes, levels shown by indentation only) and
// 江苏 2019 收支预算总表 (centered 当年收入小计 / 上年结转资金).
public class IndentLevelsTests
{
    private static LedgerRow Row(string name, int? level = null, bool numbered = false, RowRole role = RowRole.Subject) =>
        new(0, "expenditure", null, null, name, level, null, null, role, numbered, []);

    private static TextIndent Flush(double left) => new(left, false);

    [Fact]
    public void Indented_names_take_levels_below_the_numbered_row_above()
    {
        ImmutableArray<LedgerRow> rows =
        [
            Row("一般公共服务支出", 1, numbered: true), Row("统计信息事务"), Row("行政运行"), Row("统计管理"),
            Row("教育支出", 1, numbered: true), Row("进修及培训"), Row("培训支出"),
            Row("本年支出合计", role: RowRole.Total),
        ];
        TextIndent?[] indents = [Flush(3), Flush(9), Flush(15), Flush(15.5), Flush(3), Flush(9), Flush(15), new TextIndent(60, true)];
        var result = IndentLevels.Assign(rows, indents);
        Assert.Equal((2, "一般公共服务支出"), (result[1].Level!.Value, result[1].Parent));
        Assert.Equal((3, "统计信息事务"), (result[3].Level!.Value, result[3].Parent));
        Assert.Equal((3, "进修及培训"), (result[6].Level!.Value, result[6].Parent));
        Assert.Null(result[7].Level);
    }

    [Fact]
    public void Centered_names_lined_up_with_a_numbered_row_by_chance_get_no_level()
    {
        ImmutableArray<LedgerRow> rows =
        [
            Row("财政拨款", 1, numbered: true), Row("一般公共预算", 2, numbered: true), Row("其他资金", 1, numbered: true),
            Row("当年收入小计"), Row("上年结转资金"),
        ];
        TextIndent?[] indents = [Flush(3), Flush(12), Flush(3), new TextIndent(12.5, true), new TextIndent(12, true)];
        var result = IndentLevels.Assign(rows, indents);
        Assert.Null(result[3].Level);
        Assert.Null(result[4].Level);
    }

    [Fact]
    public void Ragged_left_edges_are_not_read_as_indentation()
    {
        ImmutableArray<LedgerRow> rows = [Row("甲"), Row("乙"), Row("丙"), Row("丁"), Row("戊"), Row("己")];
        TextIndent?[] indents = [Flush(3), Flush(8), Flush(14), Flush(21), Flush(30), Flush(41)];
        Assert.All(IndentLevels.Assign(rows, indents), r => Assert.Null(r.Level));
    }

    [Fact]
    public void Without_known_positions_levels_are_unchanged()
    {
        ImmutableArray<LedgerRow> rows = [Row("一般公共服务支出", 1, numbered: true), Row("统计信息事务")];
        Assert.Null(IndentLevels.Assign(rows, [null, null])[1].Level);
    }
}
