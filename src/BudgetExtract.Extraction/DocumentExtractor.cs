using System.Collections.Immutable;
using System.Security.Cryptography;
using BudgetExtract.Diagnostics;
using BudgetExtract.Layout;
using BudgetExtract.Ocr;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Tables;

namespace BudgetExtract.Extraction;

/// <summary>Runs the stages for one document: read pages, lay them out, rebuild tables.</summary>
public sealed class DocumentExtractor(IPdfEngine pdf, DocumentLayoutAnalyzer? layout = null, ITableExtractor? tables = null)
{
    private readonly DocumentLayoutAnalyzer _layout = layout ?? new DocumentLayoutAnalyzer();

    /// <summary>The production pipeline: every command that extracts (extract, bench, ingest, run) builds it here.</summary>
    /// <param name="ocr">Which pages are OCR'd (default: those that look scanned).</param>
    /// <param name="ocrProgress">Told after each OCR'd page (OCR is the slow part).</param>
    public static DocumentExtractor CreateDefault(PdfReadOptions? pdfOptions = null, OcrMode ocr = OcrMode.Auto, IProgress<OcrProgress>? ocrProgress = null)
    {
        IPdfEngine engine = new MuPdfEngine(pdfOptions);
        if (ocr != OcrMode.Never) engine = new OcrPdfEngine(engine, new OcrOptions { Mode = ocr, MutoolPath = pdfOptions?.MutoolPath ?? "mutool" }, ocrProgress);
        return new(engine, new DocumentLayoutAnalyzer());
    }

    public async Task<ExtractedDocument> ExtractAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default)
    {
        var content = await pdf.ReadAsync(file, pages, cancellationToken).ConfigureAwait(false);
        var sha = await Sha256Async(file, cancellationToken).ConfigureAwait(false);
        var laidOut = _layout.Analyze(content.Pages);
        var found = tables?.Extract(laidOut) ?? [];
        var diagnostics = content.Diagnostics.AddRange(content.Pages.SelectMany(p => p.Diagnostics));
        return new ExtractedDocument(file, sha, content.PageCount, laidOut, found, diagnostics);
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
