using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Evaluation.Tests;

public sealed class TableScorerTests
{
    private static ScoredTable T(string[][] rows, int header = 0, string? number = null, params int[] pages) =>
        ScoredTable.Of(rows, header, number, null, pages.Length == 0 ? [1] : pages);

    [Fact]
    public void IdenticalTables_ScorePerfectly()
    {
        var table = T([["项目", "金额"], ["合计", "131,728"]], header: 1);
        var score = TableScorer.Score("doc", [table], [table]);
        Assert.Equal(1.0, score.RowRecall);
        Assert.Equal(1.0, score.RowPrecision);
        Assert.Equal(1.0, score.AdjacencyF1);
        Assert.Equal(4, score.AdjacenciesExpected);
    }

    [Fact]
    public void OneWrongCell_CostsItsRowAndItsTwoAdjacencies()
    {
        // Expected a→b (R), a→c (D), b→d (D), c→d (R); extracted has x for d: a→b and a→c survive.
        var expected = T([["a", "b"], ["c", "d"]]);
        var extracted = T([["a", "b"], ["c", "x"]]);
        var score = TableScorer.Score("doc", [expected], [extracted]);
        Assert.Equal(0.5, score.RowRecall);
        Assert.Equal(0.5, score.RowPrecision);
        Assert.Equal(2, score.AdjacenciesMatched);
        Assert.Equal(0.5, score.AdjacencyF1, 6);
    }

    [Fact]
    public void SpanTextAtWrongPosition_LosesTheRelationBelowIt()
    {
        // h spans three columns; its text belongs at the left. Relations: (h,a,D), (a,b,R), (b,c,R).
        var expected = T([["h", "", ""], ["a", "b", "c"]], header: 1);
        var extracted = T([["", "h", ""], ["a", "b", "c"]], header: 1);
        var score = TableScorer.Score("doc", [expected], [extracted]);
        Assert.Equal(3, score.AdjacenciesExpected);
        Assert.Equal(2, score.AdjacenciesMatched);
        Assert.Equal(2.0 / 3, score.AdjacencyF1, 6);
        Assert.Equal(0.5, score.RowRecall);
    }

    [Fact]
    public void AdjacencySkipsEmptyCells_ToTheNearestNonEmptyNeighbour()
    {
        var table = T([["a", "", "b"], ["", "", ""], ["c", "", ""]]);
        var relations = GridRelations.Adjacencies(table).ToHashSet();
        Assert.Equal([new Adjacency("a", "c", 'D'), new Adjacency("a", "b", 'R')], relations.OrderBy(r => r.Direction));
    }

    [Fact]
    public void WhitespaceDifferences_DoNotPreventAMatch()
    {
        var expected = T([["2023 年预算数", "其中：面向 中小企业"]]);
        var extracted = T([["2023年预算数", "其中：面向中小企业"]]);
        var score = TableScorer.Score("doc", [expected], [extracted]);
        Assert.Equal(1.0, score.RowRecall);
        Assert.Equal(1.0, score.AdjacencyF1);
    }

    [Fact]
    public void SpuriousTable_LowersPrecisionOnly()
    {
        var expected = T([["a", "1"], ["b", "2"]]);
        var spurious = T([["深圳市工业和信息化局", "李博文"], ["2023-04-12", "22:04:31"]]);
        var score = TableScorer.Score("doc", [expected], [expected, spurious]);
        Assert.Equal(1.0, score.RowRecall);
        Assert.Equal(0.5, score.RowPrecision);
        Assert.Equal(1.0, score.AdjacencyRecall);
        Assert.Equal(0.5, score.AdjacencyPrecision);
    }

    [Fact]
    public void TablesAreMatchedByNumberBeforeContent()
    {
        // Same content, different numbers: pairing by number decides which rows count.
        var e1 = T([["x", "1"]], number: "表 1");
        var e2 = T([["x", "1"], ["y", "2"]], number: "表 2");
        var x2 = T([["x", "1"], ["y", "2"]], number: "表2");
        var x1 = T([["x", "1"]], number: "表1");
        var pairs = TableMatcher.Match([e1, e2], [x2, x1]);
        Assert.Equal(1, pairs[0]);
        Assert.Equal(0, pairs[1]);
        Assert.Equal(1.0, TableScorer.Score("doc", [e1, e2], [x2, x1]).RowRecall);
    }

    [Fact]
    public void ContinuedTable_InOnePieceOnlyWhenOneTableCoversAllItsPages()
    {
        var expected = T([["科目", "金额"], ["208", "169"], ["210", "51"], ["215", "131,035"]], 1, "表 3", 5, 6);
        var whole = T([["科目", "金额"], ["208", "169"], ["210", "51"], ["215", "131,035"]], 1, "表 3", 5, 6);
        var first = T([["科目", "金额"], ["208", "169"], ["210", "51"]], 1, "表 3", 5);
        var second = T([["科目", "金额"], ["215", "131,035"]], 1, null, 6);

        var together = TableScorer.Score("doc", [expected], [whole]);
        Assert.Equal(1, together.ContinuedTables);
        Assert.Equal(1.0, together.OnePiece);

        var split = TableScorer.Score("doc", [expected], [first, second]);
        Assert.Equal(0.0, split.OnePiece);
        Assert.Equal(0.75, split.RowRecall);
        Assert.Equal(3.0 / 5, split.RowPrecision, 6);
    }

    [Fact]
    public void DocumentWithoutContinuedTables_CountsAsAllInOnePiece()
    {
        var table = T([["a", "1"]]);
        var score = TableScorer.Score("doc", [table], []);
        Assert.Equal(0, score.ContinuedTables);
        Assert.Equal(1.0, score.OnePiece);
        Assert.Equal(0.0, score.RowRecall);
        Assert.Equal(0.0, score.RowPrecision);
        Assert.Equal(0.0, score.AdjacencyF1);
    }

    [Fact]
    public void TotalsAreMicroAveraged()
    {
        var a = new DocumentScore("a", 10, 1, 1, 1, 10, 10, 10, 8, 8, 8, 0, 0);
        var b = new DocumentScore("b", 30, 1, 1, 1, 30, 30, 0, 24, 24, 0, 2, 1);
        var total = DocumentScore.Sum("total", [a, b]);
        Assert.Equal(0.25, total.RowRecall);
        Assert.Equal(0.25, total.AdjacencyF1, 6);
        Assert.Equal(0.5, total.OnePiece);
        Assert.Equal(20, total.PagesPerSecond);
    }

    [Fact]
    public void Partial_expectation_ignores_unmatched_extracted_tables_but_still_scores_the_matched_ones()
    {
        var expected = ScoredTable.Of([["科目", "金额"], ["行政运行", "1,113"]], headerRows: 1, title: "支出表");
        var wrong = ScoredTable.Of([["科目", "金额"], ["行政运行", "1,118"]], headerRows: 1, title: "支出表");
        var other = ScoredTable.Of([["项目", "说明"], ["甲", "乙"]], headerRows: 1, title: "其他表");
        var partial = TableScorer.Score("doc", [expected], [other, expected], partial: true);
        Assert.Equal(1.0, partial.RowPrecision);
        Assert.Equal(1.0, partial.AdjacencyF1);
        Assert.True(TableScorer.Score("doc", [expected], [other, expected]).RowPrecision < 1.0);
        Assert.Equal(0.5, TableScorer.Score("doc", [expected], [other, wrong], partial: true).RowRecall);
    }
}

public sealed class SpuriousTableTests
{
    [Fact]
    public void A_table_extracted_from_a_document_without_tables_is_a_false_positive()
    {
        // corpus/expected/quanzhou-commerce-2026-scan.json: prose pages, no tables.
        var spurious = ScoredTable.Of([["泉州市商务局", "2025年2月27日印发"]], 0, null, null, 2);
        var score = TableScorer.Score("prose", [], [spurious]);
        Assert.Equal(0.0, score.RowPrecision);
        Assert.Equal(0.0, score.AdjacencyF1);
        var clean = TableScorer.Score("prose", [], []);
        Assert.Equal(1.0, clean.AdjacencyF1);
    }
}
