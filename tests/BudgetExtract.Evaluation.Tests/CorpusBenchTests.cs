using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Extraction;
using BudgetExtract.Ocr;
using BudgetExtract.Testing;

namespace BudgetExtract.Evaluation.Tests;

/// <summary>The recorded floors hold on the corpus: runs the real pipeline (mutool and Tesseract included) over corpus/.</summary>
public sealed class CorpusBenchTests
{
    [Fact]
    public async Task EveryCorpusDocument_MeetsItsRecordedFloor()
    {
        // No OCR cache: a cached page would pass whatever the recognizer does now.
        var extractor = DocumentExtractor.CreateDefault(ocrOptions: new OcrOptions { CacheDirectory = null });
        var report = await new BenchRunner(extractor).RunAsync(RepoPaths.Corpus());
        var seedPdfs = Directory.GetFiles(RepoPaths.Corpus("seeds"), "*.pdf");
        Assert.True(report.Documents.Count >= seedPdfs.Length, $"benched {report.Documents.Count} documents, expected at least {seedPdfs.Length}");
        Assert.All(report.Documents, d => Assert.True(d.Pages > 0 && d.ExpectedTables > 0, d.Name));

        // The scanned fixtures are benched apart, with their numeric cells scored; together they stay a handful of pages (CI time).
        var scannedPdfs = Directory.GetFiles(RepoPaths.Corpus("scanned"), "*.pdf")
            .Count(f => File.Exists(RepoPaths.Corpus("expected", Path.GetFileNameWithoutExtension(f) + ".json")));
        Assert.Equal(scannedPdfs, report.Scanned.Count);
        Assert.All(report.Scanned, d => Assert.True(d.Scanned && d.Numbers is not null, d.Name));
        Assert.InRange(report.ScannedTotal.Pages, 1, 10);

        var floors = Floors.Load(RepoPaths.Corpus("floors.json"));
        // Every benched document has its own recorded floor, so a new corpus document cannot go unchecked.
        Assert.All(report.All, d => Assert.True(floors.Documents.ContainsKey(d.Name), $"{d.Name} has no entry in corpus/floors.json"));
        var violations = floors.Check(report.All);
        Assert.True(violations.Count == 0, string.Join("; ", violations));

        // Line level: every document with a hand-checked expected-lines file is scored and meets its line floor.
        var lineFiles = Directory.GetFiles(RepoPaths.Corpus("expected-lines"), "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal(lineFiles.Order(), report.Lines.Select(l => l.Name).Order());
        var lineViolations = Floors.Load(RepoPaths.Corpus("line-floors.json")).Check(report.Lines);
        Assert.True(lineViolations.Count == 0,
            string.Join("; ", lineViolations) + " | first misses: " + string.Join("; ", report.Lines.SelectMany(l => l.Misses).Take(20)));
    }
}
