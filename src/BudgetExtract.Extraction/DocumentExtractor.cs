using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using BudgetExtract.Diagnostics;
using BudgetExtract.Layout;
using BudgetExtract.Normalize;
using BudgetExtract.Ocr;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Tables;

namespace BudgetExtract.Extraction;

/// <summary>Runs the stages for one document: read pages, lay them out, rebuild tables, normalize.</summary>
public sealed class DocumentExtractor(IPdfEngine pdf, DocumentLayoutAnalyzer? layout = null, ITableExtractor? tables = null, IDocumentNormalizer? normalizer = null)
{
    /// <summary>How many leading pages give the title-page text for document metadata.</summary>
    private const int TitlePages = 3;

    private readonly DocumentLayoutAnalyzer _layout = layout ?? new DocumentLayoutAnalyzer();
    private readonly IDocumentNormalizer _normalizer = normalizer ?? new BudgetDocumentNormalizer();

    /// <summary>The production pipeline: every command that extracts (extract, bench, ingest, run) builds it here.</summary>
    /// <param name="ocr">Which pages are OCR'd (default: those that look scanned).</param>
    /// <param name="ocrProgress">Told after each OCR'd page (OCR is the slow part).</param>
    /// <param name="ocrOptions">Other OCR settings (e.g. <c>CacheDirectory = null</c> where time is measured); default: <see cref="OcrOptions"/>'s defaults.</param>
    public static DocumentExtractor CreateDefault(PdfReadOptions? pdfOptions = null, OcrMode ocr = OcrMode.Auto, IProgress<OcrProgress>? ocrProgress = null,
        OcrOptions? ocrOptions = null)
    {
        IPdfEngine engine = new MuPdfEngine(pdfOptions);
        if (ocr != OcrMode.Never)
            engine = new OcrPdfEngine(engine, (ocrOptions ?? new OcrOptions()) with { Mode = ocr, MutoolPath = pdfOptions?.MutoolPath ?? "mutool" }, ocrProgress);
        return new(engine, new DocumentLayoutAnalyzer(), new GridTableExtractor());
    }

    /// <param name="layoutOnly">Stop after layout (no tables, no normalization): all that plain text output needs.</param>
    public async Task<ExtractedDocument> ExtractAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default,
        bool layoutOnly = false)
    {
        var clock = Stopwatch.StartNew();
        var content = await pdf.ReadAsync(file, pages, cancellationToken).ConfigureAwait(false);
        var sha = await Sha256Async(file, cancellationToken).ConfigureAwait(false);
        var read = clock.Elapsed;
        var laidOut = _layout.Analyze(content.Pages);
        var layoutDone = clock.Elapsed;
        var diagnostics = content.Diagnostics.AddRange(content.Pages.SelectMany(p => p.Diagnostics));
        if (layoutOnly)
            return new ExtractedDocument(file, sha, content.PageCount, laidOut, [], diagnostics)
            {
                Timings = new StageTimings(read, layoutDone - read, TimeSpan.Zero, TimeSpan.Zero),
            };
        var found = tables?.Extract(laidOut) ?? [];
        // On OCR'd pages a number may sit in a column other than printed when the rebuilt grid is doubtful: flagged.
        var scanned = diagnostics.Where(d => d.Code == OcrPdfEngine.PageDiagnosticCode && d.Page is not null).Select(d => d.Page!.Value).ToHashSet();
        if (scanned.Count > 0) diagnostics = diagnostics.AddRange(found.SelectMany(t => ScannedTableDoubts.Find(t, scanned)));
        var tablesDone = clock.Elapsed;
        var titleLines = laidOut.Take(TitlePages).SelectMany(p => p.Lines).Select(l => l.Text).ToImmutableArray();
        var normalized = _normalizer.Normalize(new NormalizeInput(Path.GetFileName(file), found, titleLines, laidOut));
        var timings = new StageTimings(read, layoutDone - read, tablesDone - layoutDone, clock.Elapsed - tablesDone);
        return new ExtractedDocument(file, sha, content.PageCount, laidOut, found, diagnostics, normalized) { Timings = timings };
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
