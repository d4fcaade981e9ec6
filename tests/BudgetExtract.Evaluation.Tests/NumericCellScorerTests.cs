using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Geometry;

namespace BudgetExtract.Evaluation.Tests;

public sealed class NumericCellScorerTests
{
    private static PlacedCell Cell(string text, double x, int page = 1, bool header = false) => new(page, new Box(x, 100, x + 50, 120), text, header);

    [Fact]
    public void Numbers_are_exact_wrong_flagged_or_wrong_unflagged_by_position()
    {
        PlacedCell[] expected = [Cell("项目", 0), Cell("1,234.56", 50), Cell("491.82", 100), Cell("59.27", 150), Cell("2023", 200, header: true)];
        // Extracted boxes are a little off (deskew); text is what OCR read.
        PlacedCell[] extracted = [Cell("项目", 2), Cell("1,234.56", 52), Cell("191.82", 102), Cell("39.27", 152), Cell("2023", 202)];
        PageBox[] flags = [new(1, new Box(160, 105, 190, 115))];
        var score = NumericCellScorer.Score(expected, extracted, flags);
        Assert.Equal(3, score.Cells); // 项目 is text, 2023 is a header
        Assert.Equal(1, score.Exact);
        Assert.Equal(1, score.WrongFlagged);
        Assert.Equal(1, score.WrongUnflagged);
        Assert.Equal(0, score.CorrectFlagged);
        var miss = Assert.Single(score.Wrong, m => !m.Flagged);
        Assert.Equal(("491.82", "191.82"), (miss.Expected, miss.Read));
    }

    [Fact]
    public void A_number_with_nothing_extracted_over_it_is_wrong_and_a_flag_on_another_page_does_not_count()
    {
        PlacedCell[] expected = [Cell("12", 0, page: 2)];
        var score = NumericCellScorer.Score(expected, [Cell("12", 0, page: 1)], [new PageBox(1, new Box(0, 100, 50, 120))]);
        Assert.Equal(1, score.WrongUnflagged);
        Assert.Equal("", Assert.Single(score.Wrong).Read);
    }

    [Fact]
    public void Sum_adds_counts_and_keeps_every_miss()
    {
        var a = new NumericCellScore(10, 9, 1, 0, 2) { Wrong = [new NumericMiss(1, "5", "3", true)] };
        var b = new NumericCellScore(5, 4, 0, 1, 0) { Wrong = [new NumericMiss(2, "4", "1", false)] };
        var sum = NumericCellScore.Sum([a, b]);
        Assert.Equal((15, 13, 1, 1, 2), (sum.Cells, sum.Exact, sum.WrongFlagged, sum.WrongUnflagged, sum.CorrectFlagged));
        Assert.Equal(2, sum.Wrong.Count);
        Assert.Equal(13.0 / 15, sum.ExactShare);
    }
}
