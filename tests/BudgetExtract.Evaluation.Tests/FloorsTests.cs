using BudgetExtract.Diagnostics;
using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Testing;

namespace BudgetExtract.Evaluation.Tests;

public sealed class FloorsTests
{
    private static DocumentScore Score(string name, int adjacencyMatched) =>
        new(name, 10, 1, 2, 2, 10, 10, 10, 100, 100, adjacencyMatched, 2, 2);

    [Fact]
    public void DocumentBelowItsFloor_IsNamedWithTheMetric()
    {
        var floors = new Floors(null, new Dictionary<string, Floor> { ["seed-a"] = new(AdjacencyF1: 0.99) });
        var violations = floors.Check([Score("seed-a", 90), Score("seed-b", 10)]);
        var v = Assert.Single(violations);
        Assert.Equal("seed-a", v.Document);
        Assert.Equal("adjacencyF1", v.Metric);
        Assert.Contains("seed-a: adjacencyF1 0.900 is below its floor 0.990", v.ToString());
    }

    [Fact]
    public void DocumentAtItsFloor_Passes()
    {
        var floors = new Floors(null, new Dictionary<string, Floor> { ["seed-a"] = new(AdjacencyF1: 0.9, RowRecall: 1, OnePiece: 1) });
        Assert.Empty(floors.Check([Score("seed-a", 90)]));
    }

    [Fact]
    public void DefaultFloor_AppliesToUnlistedDocuments()
    {
        var floors = new Floors(new Floor(RowPrecision: 0.5), new Dictionary<string, Floor>());
        var below = new DocumentScore("x", 1, 1, 1, 1, 10, 10, 4, 0, 0, 0, 0, 0);
        Assert.Equal("rowPrecision", Assert.Single(floors.Check([below])).Metric);
    }

    [Fact]
    public void Load_ReadsDefaultAndPerDocumentFloors()
    {
        using var dir = new TempDir();
        var path = dir.File("floors.json", """
            { "default": { "adjacencyF1": 0.5 }, "documents": { "a": { "onePiece": 1, "rowRecall": 0.75 } } }
            """u8.ToArray());
        var floors = Floors.Load(path);
        Assert.Equal(0.5, floors.Default!.AdjacencyF1);
        Assert.Equal(1, floors.Documents["a"].OnePiece);
        Assert.Equal(0.75, floors.Documents["a"].RowRecall);
        Assert.Null(floors.Documents["a"].AdjacencyF1);
    }

    [Fact]
    public void Load_BadJson_NamesTheFile()
    {
        using var dir = new TempDir();
        var path = dir.File("floors.json", "{ nope"u8.ToArray());
        var e = Assert.Throws<InputException>(() => Floors.Load(path));
        Assert.Contains("floors.json", e.Message);
    }
}

public sealed class ScannedFloorsTests
{
    private static DocumentScore Scanned(NumericCellScore numbers) =>
        new DocumentScore("scan", 2, 1, 1, 1, 10, 10, 10, 20, 20, 20, 0, 0) { Scanned = true, Numbers = numbers };

    [Fact]
    public void WrongUnflaggedAboveItsCeiling_IsAViolation()
    {
        var floors = new Floors(null, new Dictionary<string, Floor> { ["scan"] = new(WrongUnflagged: 0, NumericExact: 0.9) });
        var v = Assert.Single(floors.Check([Scanned(new NumericCellScore(100, 99, 0, 1, 5))]));
        Assert.Equal("wrongUnflagged", v.Metric);
        Assert.Equal("scan: wrongUnflagged 1 is above its ceiling 0", v.ToString());
    }

    [Fact]
    public void NumericExactBelowItsFloor_IsAViolation()
    {
        var floors = new Floors(null, new Dictionary<string, Floor> { ["scan"] = new(NumericExact: 0.95, WrongUnflagged: 0) });
        Assert.Equal("numericExact", Assert.Single(floors.Check([Scanned(new NumericCellScore(100, 90, 10, 0, 5))])).Metric);
        Assert.Empty(floors.Check([Scanned(new NumericCellScore(100, 95, 5, 0, 5))]));
    }

    [Fact]
    public void Load_ReadsNumericFloors()
    {
        using var dir = new TempDir();
        var path = dir.File("floors.json", """{ "documents": { "scan": { "numericExact": 0.95, "wrongUnflagged": 0 } } }"""u8.ToArray());
        var floor = Floors.Load(path).Documents["scan"];
        Assert.Equal(0.95, floor.NumericExact);
        Assert.Equal(0, floor.WrongUnflagged);
    }
}
