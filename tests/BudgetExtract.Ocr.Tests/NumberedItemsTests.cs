using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class NumberedItemsTests
{
    /// <summary>Cells of one grid column, one under the other, 40 px high between rulings 3 px thick.</summary>
    private static List<OrdinalHeadings.Cell> Column(params string[] texts) =>
        [.. texts.Select((t, i) => new OrdinalHeadings.Cell(new PixelBox(200, 300 + 43 * i, 900, 340 + 43 * i), t))];

    [Fact]
    public void Items_of_a_column_numbered_with_a_dot_that_lost_it_or_read_their_1_as_a_letter_are_repaired()
    {
        // Regression (g12dev g2, a 200 dpi 4-bit scan of seed 002's 收支总表): 1.一般公共预算拨款 read I一般公共预算拨款, and
        // 1.事业收入, 3.上级补助收入, 5.其他收入 read without their dot, so the cells matched no printed text.
        var cells = Column("一、政府预算拨款", "I一般公共预算拨款", "2.政府性基金预算拨款", "3.国有资本经营预算拨款", "二、财政专户管理资金",
            "三、单位资金", "1事业收入", "2.事业单位经营收入", "3上级补助收入", "车附属单位上缴收入", "5其他收入", "本年收入合计");
        var corrected = NumberedItems.Correct(cells);
        Assert.Equal(new Dictionary<int, string>
        {
            [1] = "1.一般公共预算拨款", [6] = "1.事业收入", [8] = "3.上级补助收入", [10] = "5.其他收入",
        }, corrected);
    }

    [Fact]
    public void A_column_without_two_items_agreeing_on_a_separator_is_left_as_read()
    {
        // One item with a dot is no evidence of the column's style; nor are items that mix 1. and 1、.
        Assert.Empty(NumberedItems.Correct(Column("1.事业收入", "2事业单位经营收入", "3上级补助收入")));
        Assert.Empty(NumberedItems.Correct(Column("1.事业收入", "2、事业单位经营收入", "3.上级补助收入", "4附属单位上缴收入")));
        // A letter is a 1 only right above an item numbered 2.
        Assert.Empty(NumberedItems.Correct(Column("I类项目", "3.政府性基金预算拨款", "4.国有资本经营预算拨款")));
    }
}
