using System.Collections.Immutable;
using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Extraction;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Tables;
using BudgetExtract.Tables.Model;
using BudgetExtract.Testing;

namespace BudgetExtract.Evaluation.Tests;

public sealed class BenchRunnerTests
{
    private const string Seed = "004_920f741a827def05-unruled";

    /// <summary>A stand-in extractor that returns fixed tables, whatever the pages.</summary>
    private sealed class FixedTables(ImmutableArray<Table> tables) : ITableExtractor
    {
        public ImmutableArray<Table> Extract(IReadOnlyList<PageLayout> pages) => tables;
    }

    private static Table ToTable(ScoredTable t, ImmutableArray<int> pages, int firstRow = 0, int? rowCount = null)
    {
        var rows = t.Grid.Skip(firstRow).Take(rowCount ?? t.Grid.Length).ToList();
        var cells = rows.SelectMany((row, r) => row.Select((text, c) => new TableCell(r, c, 1, 1, r < t.HeaderRowCount, text, pages[0], new Box(0, 0, 1, 1))))
            .Where(c => c.Text.Length > 0).ToImmutableArray();
        return new Table(t.Number, t.Title, null, pages, t.Grid.Max(r => r.Length), Math.Min(t.HeaderRowCount, rows.Count), rows.Count, cells, [], []);
    }

    private static async Task<BenchReport> BenchWith(ImmutableArray<Table> tables)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("pdfs"));
        File.Copy(RepoPaths.Corpus("seeds", Seed + ".pdf"), dir.Combine(Path.Combine("pdfs", Seed + ".pdf")));
        var extractor = new DocumentExtractor(new MuPdfEngine(), new DocumentLayoutAnalyzer(), new FixedTables(tables));
        return await new BenchRunner(extractor).RunAsync(dir.Combine("pdfs"), RepoPaths.Corpus("expected"));
    }

    [Fact]
    public async Task ExtractorReturningTheExpectedTables_ScoresOneEverywhere()
    {
        var expected = ExpectedFile.Load(RepoPaths.Corpus("expected", Seed + ".json"));
        var report = await BenchWith([.. expected.Select(t => ToTable(t, t.Pages))]);
        var score = Assert.Single(report.Documents);
        Assert.Equal(Seed, score.Name);
        Assert.Equal(21, score.Pages);
        Assert.Equal(1.0, score.RowRecall);
        Assert.Equal(1.0, score.RowPrecision);
        Assert.Equal(1.0, score.AdjacencyF1);
        Assert.Equal(9, score.ContinuedTables);
        Assert.Equal(1.0, score.OnePiece);
        Assert.True(score.Seconds > 0);
    }

    [Fact]
    public async Task SplittingAContinuedTable_LosesItsOnePieceAndSomePrecision()
    {
        var expected = ExpectedFile.Load(RepoPaths.Corpus("expected", Seed + ".json"));
        var tables = new List<Table>();
        foreach (var t in expected)
        {
            if (t.Pages.Length == 1) { tables.Add(ToTable(t, t.Pages)); continue; }
            var half = t.Grid.Length / 2;
            tables.Add(ToTable(t, [t.Pages[0]], 0, half));
            tables.Add(ToTable(t, [.. t.Pages.Skip(1)], half));
        }
        var score = Assert.Single((await BenchWith([.. tables])).Documents);
        Assert.Equal(0.0, score.OnePiece);
        Assert.True(score.RowRecall < 1.0);
        Assert.True(score.AdjacencyF1 < 1.0);
    }
}
