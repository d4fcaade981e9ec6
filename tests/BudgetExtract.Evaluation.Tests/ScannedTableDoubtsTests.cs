using BudgetExtract.Extraction;
using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Evaluation.Tests;

public sealed class ScannedTableDoubtsTests
{
    private static TableCell Cell(int row, int col, string text, double x0, double y0, double x1, double y1, int colSpan = 1, int rowSpan = 1) =>
        new(row, col, rowSpan, colSpan, false, text, 1, new Box(x0, y0, x1, y1));

    private static Table TableOf(params TableCell[] cells) =>
        new(null, null, null, [1], cells.Max(c => c.Col + c.ColSpan), 0, cells.Max(c => c.Row + c.RowSpan), [.. cells], [], []);

    /// <summary>The texts of the numbers flagged on a scanned page 1.</summary>
    private static List<string> Flagged(Table table) =>
        [.. ScannedTableDoubts.Find(table, new HashSet<int> { 1 })
            .Select(d => LowConfidenceDiagnostic.TryGetBox(d, out _) ? d.Message.Split('\'')[1] : "?")];

    /// <summary>任务名称 | 总额 | 其中：财政拨款 | 其中：其他资金 over one row of amounts, the last two headings as given.</summary>
    private static Table Amounts(params TableCell[] headings) => TableOf(
    [
        Cell(0, 0, "任务名称", 0, 0, 100, 10), Cell(0, 1, "总额", 100, 0, 200, 10), .. headings,
        Cell(1, 0, "综合管理", 0, 20, 100, 30), Cell(1, 1, "224", 100, 20, 200, 30), Cell(1, 2, "224", 200, 20, 300, 30), Cell(1, 3, "0", 300, 20, 400, 30),
    ]);

    [Fact]
    public void Two_columns_of_amounts_under_one_heading_are_flagged()
    {
        // Regression (g12dev g7, session 13): 其中：财政拨款 and 其中：其他资金 rebuilt as one heading over two columns of amounts;
        // the amounts stood a column off their printed place, read right and unflagged.
        var table = Amounts(Cell(0, 2, "其中：财政拨款其中：其他资金", 200, 0, 400, 10, colSpan: 2));
        Assert.Equal(["224", "0"], Flagged(table));
    }

    [Fact]
    public void Columns_of_amounts_each_under_a_heading_of_its_own_are_not_flagged()
    {
        var table = Amounts(Cell(0, 2, "其中：财政拨款", 200, 0, 300, 10), Cell(0, 3, "其中：其他资金", 300, 0, 400, 10));
        Assert.Empty(Flagged(table));
    }

    [Fact]
    public void A_group_heading_over_columns_that_each_have_a_heading_below_it_is_no_doubt()
    {
        var table = TableOf(
            Cell(0, 0, "项目", 0, 0, 100, 30, rowSpan: 2), Cell(0, 1, "预算金额（万元）", 100, 0, 300, 10, colSpan: 2),
            Cell(1, 1, "总额", 100, 20, 200, 30), Cell(1, 2, "财政拨款", 200, 20, 300, 30),
            Cell(2, 0, "综合管理", 0, 40, 100, 50), Cell(2, 1, "224", 100, 40, 200, 50), Cell(2, 2, "224", 200, 40, 300, 50));
        Assert.Empty(Flagged(table));
    }

    [Fact]
    public void A_section_heading_across_a_forms_key_and_amount_pairs_is_no_column_heading()
    {
        // Regression (1-bit dev7 e4, session 13): 当年预算情况（万元） across a form over 其中：财政拨款 | 172.54 | 其他经费 | 0
        // flagged both amounts, which stand where printed; a form's amounts have their key beside them, not above.
        var table = TableOf(
            Cell(0, 0, "当年预算情况（万元）", 0, 0, 400, 10, colSpan: 4),
            Cell(1, 0, "其中：财政拨款", 0, 20, 100, 30), Cell(1, 1, "172.54", 100, 20, 200, 30),
            Cell(1, 2, "其他经费", 200, 20, 300, 30), Cell(1, 3, "0", 300, 20, 400, 30));
        Assert.Empty(Flagged(table));
    }

    [Fact]
    public void Amounts_in_a_row_that_reaches_over_the_rows_below_it_are_flagged()
    {
        // Regression (g12dev g7, session 13): a row rebuilt with a box reaching down over three rows of amounts; the
        // bench, as a reader would, paired those amounts with the tall row's cells.
        var table = TableOf(
            Cell(0, 0, "上级下达资金", 0, 0, 100, 90), Cell(0, 1, "4,895", 100, 0, 200, 90),
            Cell(1, 0, "政府投资项目", 0, 20, 100, 30), Cell(1, 1, "657.03", 100, 20, 200, 30),
            Cell(2, 0, "金额合计", 0, 100, 100, 110), Cell(2, 1, "131,728.43", 100, 100, 200, 110));
        Assert.Equal(["4,895", "657.03"], Flagged(table));
    }

    [Fact]
    public void Pages_with_a_text_layer_get_no_flags()
    {
        var table = Amounts(Cell(0, 2, "其中：财政拨款其中：其他资金", 200, 0, 400, 10, colSpan: 2));
        Assert.Empty(ScannedTableDoubts.Find(table, new HashSet<int>()));
    }
}
