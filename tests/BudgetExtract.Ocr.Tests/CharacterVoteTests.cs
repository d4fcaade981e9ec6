using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;

namespace BudgetExtract.Ocr.Tests;

public sealed class CharacterVoteTests
{
    private static string? Vote(string kept, params string[] others) =>
        CharacterVote.Vote(kept, [kept, .. others], StrokeContext.Default.PairCount);

    [Theory]
    // Readings of 1-bit development scans (docs/ocr.md, "Session 10"): the kept one, read twice, and the printed text
    // read once.
    [InlineData("绩效评价结果应几率", "绩效评价结果应用率")]
    [InlineData("年度资多总额", "年度资金总额")]
    [InlineData("项目采购方满总程度", "项目采购方满意程度")]
    [InlineData("优秀学员代表培训宠成时间", "优秀学员代表培训完成时间")]
    public void A_character_another_reading_saw_replaces_the_kept_one_when_real_budget_text_decides_clearly(string kept, string printed) =>
        Assert.Equal(printed, Vote(kept, printed, kept));

    [Fact]
    public void A_right_character_stays_when_the_other_reading_is_only_somewhat_more_common_in_budget_text()
    {
        // 由江 is frequent in Jiangsu's budgets and 汉市 rare in the real documents, but not ten times rarer with both
        // neighbours counted: 武汉市 stays (2 and 5 as the ratio changed it).
        Assert.Null(Vote("武汉市江岸区中一路特一号", "武汉由江岸区中一路特一号"));
    }

    [Fact]
    public void Digits_signs_and_punctuation_are_never_changed_nor_readings_of_another_length_compared()
    {
        Assert.Null(Vote("2023年12月31口前", "2022312231口前"));      // another length
        Assert.Null(Vote("≥1万元", "之1万元"));                        // the sign is not Chinese in the kept reading
        Assert.Null(Vote("2023年12月31日前", "2023年12月31口前"));     // 日前 is budget text: the kept character stays
        Assert.Null(Vote("项目资金(万元)", "项目资金（万元）"));       // punctuation width is not voted on
    }

    [Fact]
    public void Only_a_character_some_reading_saw_is_chosen()
    {
        // 执行素 read twice: no reading says 率, so the context does not put it in (the lexicon and the stroke context
        // are the ones that may change a character no reading saw).
        Assert.Null(Vote("执行素", "执行素"));
        Assert.Equal("执行率", Vote("执行素", "执行率"));
    }

    [Theory]
    // 解冬 and 资多 occur in no real budget text: the cell is read from the versions a settled majority skipped.
    [InlineData("指标解冬", true)]
    [InlineData("年度资多总额", true)]
    [InlineData("指标解释", false)]
    [InlineData("年度资金总额", false)]
    // A lone character or one beside digits and signs only says nothing.
    [InlineData("≥6次", false)]
    [InlineData("冬", false)]
    public void A_character_beside_its_neighbours_as_in_no_real_budget_text_makes_the_cell_worth_more_readings(string text, bool unseen) =>
        Assert.Equal(unseen, CharacterVote.HasUnseenCharacter(text, StrokeContext.Default.PairCount));

    [Fact]
    public void The_corrector_puts_the_voted_characters_into_the_kept_words_and_keeps_their_boxes()
    {
        var box = new PixelBox(0, 0, 40, 20);
        var box2 = new PixelBox(50, 0, 90, 20);
        IReadOnlyList<OcrWord> kept = [new("年度资多", box, 60, box), new("总额", box2, 90, box2)];
        IReadOnlyList<OcrWord> other = [new("年度资金总额", box, 70, box)];
        var voted = CharacterVoteCorrector.Correct(StrokeContext.Default, kept, [kept, other]);
        Assert.NotNull(voted);
        Assert.Equal(["年度资金", "总额"], voted.Select(w => w.Text));
        Assert.Equal(box2, voted[1].Box);
        Assert.Null(CharacterVoteCorrector.Correct(StrokeContext.Default, kept, [kept]));
    }
}
