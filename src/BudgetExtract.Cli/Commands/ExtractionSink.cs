using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Extraction;
using BudgetExtract.Extraction.Writers;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// The ingest of <c>run</c> for now: extracts each document and counts its tables, budget lines and failing checks.
/// The store's ingest replaces it once the store lands (same <see cref="IDocumentSink"/>).
/// </summary>
public sealed class ExtractionSink(DocumentExtractor extractor) : IDocumentSink
{
    public async Task<SinkResult> AcceptAsync(CrawledDocument document, CancellationToken cancellationToken)
    {
        var extracted = await extractor.ExtractAsync(document.Path, null, cancellationToken).ConfigureAwait(false);
        var result = ResultMapper.ToResult(extracted);
        return new SinkResult(result.Tables.Length, result.Lines.Length, result.Checks.Length);
    }
}
