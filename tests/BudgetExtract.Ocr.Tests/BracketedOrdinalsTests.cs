using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class BracketedOrdinalsTests
{
    /// <summary>Cells of one grid column, one under the other, 40 px high between rulings 3 px thick.</summary>
    private static List<OrdinalHeadings.Cell> Column(params string[] texts) =>
        [.. texts.Select((t, i) => new OrdinalHeadings.Cell(new PixelBox(1202, 300 + 43 * i, 1900, 340 + 43 * i), t))];

    [Fact]
    public void Misread_item_numbers_down_a_column_take_their_place_in_its_numbering()
    {
        // Regression (g12dev g6, a 150 dpi 4-bit scan of seed 003's 财政拨款收支总表, session 14): the 支出功能分类 items' numerals
        // were misread — （二） as （一）, （九） as (瞩), （十二） as (十--) — and the lexicon cannot choose between numerals.
        var cells = Column("（一）一般公共服务支出", "（一）公共安全支出", "（二）教育支出", "（四）科学技术支出", "（五）文化旅游体育与传媒支出",
            "（六）社会保障和就业支出", "（七）卫生健康支出", "〈《八)节能环保支出", "(瞩)城乡社区支出", "（十）农林水支出", "（十一）交通运输支出",
            "(十--)资源勘探工业信息等支出", "(十壮)商业服务业等支出", "（十四）金融支出");
        var corrected = BracketedOrdinals.Correct(cells);
        Assert.Equal(new Dictionary<int, string>
        {
            [1] = "（二）公共安全支出", [2] = "（三）教育支出", [7] = "（八）节能环保支出", [8] = "（九）城乡社区支出", [11] = "（十二）资源勘探工业信息等支出",
            [12] = "（十三）商业服务业等支出",
        }, corrected);
    }

    [Fact]
    public void A_document_printing_ascii_brackets_keeps_them()
    {
        var corrected = BracketedOrdinals.Correct(Column("(一)基本支出", "(一)项目支出", "(三)事业单位经营支出", "(四)上缴上级支出", "(五)对附属单位补助支出"));
        Assert.Equal(new Dictionary<int, string> { [1] = "(二)项目支出" }, corrected);
    }

    [Fact]
    public void A_numbering_that_restarts_or_that_few_numerals_agree_on_is_left_as_read()
    {
        Assert.Empty(BracketedOrdinals.Correct(Column("（一）工资福利支出", "（三）商品和服务支出", "（一）对个人和家庭的补助", "（四）其他")));
        // Two agreeing numerals say nothing about the items past them.
        Assert.Empty(BracketedOrdinals.Correct(Column("（一）一般公共预算拨款", "（二）政府性基金预算拨款", "（五）国有资本经营预算拨款")));
        Assert.Empty(BracketedOrdinals.Correct(Column("（三）一般公共预算拨款", "（一）政府性基金预算拨款", "（二）国有资本经营预算拨款")));
    }

    [Fact]
    public void Two_agreeing_numerals_renumber_the_item_between_them()
    {
        // Regression (g12dev g6, 150 dpi 4-bit ruled scan of seed 003's 财政拨款收支总表): the 上年结转 items under 二、 were read
        // （一） （一） （三）; three agreeing numerals were required, so the run of three was never corrected.
        var corrected = BracketedOrdinals.Correct(Column("（一）一般公共预算拨款", "（一）政府性基金预算拨款", "（三）国有资本经营预算拨款"));
        Assert.Equal(new Dictionary<int, string> { [1] = "（二）政府性基金预算拨款" }, corrected);
    }
}
