using System.Collections.Immutable;
using BudgetExtract.Contract;
using BudgetExtract.Diagnostics;
using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Geometry;
using BudgetExtract.Tables.Model;
using BudgetExtract.Testing;

namespace BudgetExtract.Evaluation.Tests;

public sealed class LineScorerTests
{
    private const string File = """
        {"tables": [
          {"title": "收支总表", "page": 4, "side": "expenditure", "unit": "万元", "columns": ["预算数", "其中"],
           "rows": [
             {"name": "一般公共服务支出", "level": 1, "parent": null, "amounts": ["1,234.50", "-"]},
             {"code": "20101", "name": "人大事务", "amounts": ["12", null]}
           ]},
          {"title": "项目绩效目标表", "page": 9, "columns": [], "rows": [],
           "indicators": [{"level1": "产出指标", "level2": "数量指标", "level3": "培训人次", "target": "≥500 人次", "op": ">=", "value": "500", "unit": "人次"}]}
        ]}
        """;

    private static ImmutableArray<ExpectedLineTable> Expected()
    {
        using var dir = new TempDir();
        var path = dir.Combine("doc.json");
        System.IO.File.WriteAllText(path, File);
        return ExpectedLinesFile.Load(path);
    }

    private static Table Table(string title, params int[] pages) =>
        new(null, title, "万元", [.. pages], 2, 1, 2, [new TableCell(0, 0, 1, 1, true, "项目", pages[0], new Box(0, 0, 1, 1))], [], []);

    private static readonly Table[] Tables = [Table("封面", 1), Table("收支总表", 4, 5), Table("项目绩效目标表", 9)];

    private static BudgetLineRecord Line(string? code, string? name, string column, decimal? amount, int? level = null, string side = "expenditure") =>
        new(1, "function", code, name, level, null, null, column, amount, amount?.ToString() ?? "-", 4, side);

    private static readonly BudgetLineRecord[] RightLines =
    [
        Line(null, "一般公共服务支出", "预算数", 12_345_000m, level: 1),
        Line(null, "一般公共服务支出", "其中", null, level: 1),
        Line("20101", "人大事务", "预算数", 120_000m),
    ];

    private static readonly IndicatorRecord RightIndicator =
        new(2, "p", "产出指标", "数量指标", "培训人次", new IndicatorTarget("≥500人次", ">=", 500m, "人次"), null, null, null, null, 9);

    [Fact]
    public void LinesAndIndicatorsAsExpected_ScoreOne()
    {
        var score = LineScorer.Score("doc", Expected(), Tables, RightLines, [RightIndicator]);
        Assert.Equal((3, 3, 3), (score.LinesExpected, score.LinesExtracted, score.LinesRight));
        Assert.Equal((1, 1, 1), (score.IndicatorsExpected, score.IndicatorsExtracted, score.IndicatorsRight));
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void AmountOffByOneYuan_IsWrongInRecallAndPrecision()
    {
        BudgetLineRecord[] lines = [RightLines[0] with { Amount = 12_345_001m }, RightLines[1], RightLines[2]];
        var score = LineScorer.Score("doc", Expected(), Tables, lines, []);
        Assert.Equal(2, score.LinesRight);
        Assert.Equal(2.0 / 3, score.LineRecall, 6);
        Assert.Equal(2.0 / 3, score.LinePrecision, 6);
        Assert.Contains(score.Misses, m => m.Contains("wrong", StringComparison.Ordinal) && m.Contains("12345001", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongLevel_IsWrongWhereTheExpectedRowGivesOne()
    {
        BudgetLineRecord[] lines = [RightLines[0] with { Level = 2 }, RightLines[1], RightLines[2] with { Level = 7 }];
        var score = LineScorer.Score("doc", Expected(), Tables, lines, []);
        Assert.Equal(2, score.LinesRight); // 人大事务 gives no level: its level is not checked
    }

    [Fact]
    public void LineFromAnotherSideOrTable_IsNotCounted_ExtraLineInTheTableCostsPrecision()
    {
        BudgetLineRecord[] lines = [.. RightLines, Line(null, "收入总计", "预算数", 1m, side: "income"), Line(null, "注：无", "预算数", null)];
        var score = LineScorer.Score("doc", Expected(), Tables, lines, []);
        Assert.Equal((3, 4, 3), (score.LinesExpected, score.LinesExtracted, score.LinesRight));
        Assert.Contains(score.Misses, m => m.Contains("extra", StringComparison.Ordinal) && m.Contains("注：无", StringComparison.Ordinal));
    }

    [Fact]
    public void TableNotExtracted_LosesAllItsLines()
    {
        var score = LineScorer.Score("doc", Expected(), [Table("封面", 1)], RightLines, [RightIndicator]);
        Assert.Equal((3, 0, 0), (score.LinesExpected, score.LinesExtracted, score.LinesRight));
        Assert.Equal(0, score.IndicatorRecall);
        Assert.Contains("收支总表 p4 expenditure: no such table extracted", score.Misses);
    }

    [Fact]
    public void IndicatorWithAnotherComparator_IsWrong()
    {
        var wrong = RightIndicator with { Target = new IndicatorTarget("≥500人次", ">", 500m, "人次") };
        var score = LineScorer.Score("doc", Expected(), Tables, RightLines, [wrong]);
        Assert.Equal((1, 1, 0), (score.IndicatorsExpected, score.IndicatorsExtracted, score.IndicatorsRight));
    }

    [Fact]
    public void RowWithTooFewAmounts_IsACleanErrorNamingTheFile()
    {
        using var dir = new TempDir();
        var path = dir.Combine("bad.json");
        System.IO.File.WriteAllText(path, """{"tables":[{"title":"t","page":1,"columns":["a","b"],"rows":[{"name":"x","amounts":["1"]}]}]}""");
        var e = Assert.Throws<InputException>(() => ExpectedLinesFile.Load(path));
        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("has 1 amounts for 2 columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineFloors_NameTheDocumentBelowThem()
    {
        var floors = new Floors(null, new Dictionary<string, Floor> { ["doc"] = new(LineRecall: 0.99, IndicatorPrecision: 0.5) });
        var score = new LineScore("doc", 10, 10, 9, 2, 2, 2, []);
        var v = Assert.Single(floors.Check([score]));
        Assert.Equal(("doc", "lineRecall"), (v.Document, v.Metric));
    }

    [Fact]
    public void EveryExpectedLinesFile_LoadsAndHasALineFloor()
    {
        var floors = Floors.Load(RepoPaths.Corpus("line-floors.json"));
        var files = Directory.GetFiles(RepoPaths.Corpus(ExpectedLocator.LinesFolder), "*.json");
        Assert.True(files.Length >= 8, $"{files.Length} expected-lines files");
        foreach (var file in files)
        {
            var tables = ExpectedLinesFile.Load(file);
            Assert.True(tables.Sum(t => t.Rows.Length + t.Indicators.Length) > 0, file);
            Assert.True(floors.Documents.ContainsKey(Path.GetFileNameWithoutExtension(file)), $"{file} has no entry in corpus/line-floors.json");
        }
    }
}
