using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Extraction;
using BudgetExtract.Ocr;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Pdf;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>
/// Runs the extraction pipeline over every PDF under a folder that has an expected file, one document at a time
/// (so pages/second is a one-core figure, the mutool process included), and scores the tables; where a line-level
/// expected file exists (corpus/expected-lines/), the normalized lines and indicators too; and records every
/// document's reconciliation checks.
/// </summary>
public sealed class BenchRunner(DocumentExtractor extractor, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<BenchReport> RunAsync(string directory, string? expectedDir = null, CancellationToken cancellationToken = default)
    {
        var scores = new List<DocumentScore>();
        var lines = new List<LineScore>();
        var reconciliation = new List<ReconciliationScore>();
        var skipped = new List<string>();
        var warmedUp = false;
        foreach (var pdf in Pdfs(directory))
        {
            var expectedPath = ExpectedLocator.Find(pdf, expectedDir);
            if (expectedPath is null)
            {
                skipped.Add(pdf);
                continue;
            }
            var expected = ExpectedFile.Load(expectedPath);
            var linesPath = ExpectedLocator.Find(pdf, null, ExpectedLocator.LinesFolder);
            var expectedLines = linesPath is null ? default : ExpectedLinesFile.Load(linesPath);
            if (!warmedUp)
            {
                // One untimed pass first, so the first document's figure does not include JIT compilation. Its first
                // page is enough to compile every stage, and a scan's other pages are not OCR'd twice.
                await extractor.ExtractAsync(pdf, PageSelection.Parse("1"), cancellationToken).ConfigureAwait(false);
                warmedUp = true;
            }
            var started = _time.GetTimestamp();
            var document = await extractor.ExtractAsync(pdf, cancellationToken: cancellationToken).ConfigureAwait(false);
            var seconds = _time.GetElapsedTime(started).TotalSeconds;
            var name = Path.GetFileNameWithoutExtension(pdf);
            var extracted = document.Tables.Select(ScoredTable.From).ToList();
            var score = TableScorer.Score(name, expected, extracted, document.PageCount, seconds, ExpectedFile.IsPartial(expectedPath));
            scores.Add(IsScanned(pdf, document) ? score with { Scanned = true, Numbers = Numbers(expectedPath, document) } : score);
            if (!expectedLines.IsDefault) lines.Add(ScoreLines(name, expectedLines, document));
            reconciliation.Add(ReconciliationScore.Of(name, GroupOf(pdf), document.Normalized));
        }
        return BenchReport.Of(scores, skipped) with { Lines = lines, Reconciliation = reconciliation };
    }

    /// <summary>
    /// Extracts every PDF under a folder, expected file or not (held-out documents), and records only their
    /// reconciliation, grouped by the folder each lies in.
    /// </summary>
    public async Task<IReadOnlyList<ReconciliationScore>> ReconcileAsync(string directory, CancellationToken cancellationToken = default)
    {
        var scores = new List<ReconciliationScore>();
        foreach (var pdf in Pdfs(directory))
        {
            var document = await extractor.ExtractAsync(pdf, cancellationToken: cancellationToken).ConfigureAwait(false);
            scores.Add(ReconciliationScore.Of(Path.GetFileNameWithoutExtension(pdf), GroupOf(pdf), document.Normalized));
        }
        return scores;
    }

    internal static LineScore ScoreLines(string name, IReadOnlyList<ExpectedLineTable> expected, ExtractedDocument document) =>
        LineScorer.Score(name, expected, document.Tables, document.Normalized?.Lines ?? [], document.Normalized?.Indicators ?? []);

    private static List<string> Pdfs(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.pdf", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    private static string GroupOf(string pdf) => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(pdf))) ?? "";

    /// <summary>Some page was OCR'd (it had no text layer), or the file lives in a folder named <c>scanned</c>.</summary>
    internal static bool IsScanned(string pdf, ExtractedDocument document) =>
        document.Diagnostics.Any(d => d.Code == OcrPdfEngine.PageDiagnosticCode)
        || Path.GetFullPath(pdf).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("scanned", StringComparer.OrdinalIgnoreCase);

    private static NumericCellScore Numbers(string expectedPath, ExtractedDocument document)
    {
        var extracted = document.Tables.SelectMany(t => t.Cells).Select(c => new PlacedCell(c.Page, c.Box, c.Text, c.Header)).ToList();
        var flags = document.Diagnostics
            .Select(d => d.Page is { } page && LowConfidenceDiagnostic.TryGetBox(d, out var box) ? new PageBox(page, box) : (PageBox?)null)
            .OfType<PageBox>().ToList();
        return NumericCellScorer.Score(ExpectedFile.LoadCells(expectedPath), extracted, flags);
    }
}
