using System.Globalization;
using BudgetExtract.Contract;
using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Extraction;
using BudgetExtract.Extraction.Writers;
using BudgetExtract.Store.Ingest;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// The ingest of <c>run</c>: extracts each crawled document and stores it (one transaction per document).
/// Metadata the pipeline took from the site (region, department, year, kind) fills what the document did not say.
/// </summary>
public sealed class StoreSink(DocumentExtractor extractor, IBudgetStore store) : IDocumentSink
{
    // The store has one writer; extraction runs outside the lock.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<SinkResult> AcceptAsync(CrawledDocument document, CancellationToken cancellationToken)
    {
        var extracted = await extractor.ExtractAsync(document.Path, null, cancellationToken).ConfigureAwait(false);
        var result = ResultMapper.ToResult(extracted);
        result = result with
        {
            Source = result.Source with { File = FileName(document) },
            Document = Fill(result.Document, document.Metadata),
        };
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            store.Store(result, new Provenance(document.Url.ToString(), document.FetchedAt));
        }
        finally
        {
            _writer.Release();
        }
        return new SinkResult(result.Tables.Length, result.Lines.Length, result.Checks.Length);
    }

    /// <summary>Downloads are stored by hash; the name a person recognizes is the URL's last segment.</summary>
    private static string FileName(CrawledDocument document)
    {
        var last = Uri.UnescapeDataString(document.Url.Segments.LastOrDefault() ?? "").Trim('/');
        return last.Length > 0 ? last : Path.GetFileName(document.Path);
    }

    internal static DocumentInfo Fill(DocumentInfo info, IReadOnlyDictionary<string, string> metadata)
    {
        string? Get(string key) => metadata.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var year = info.Year ?? (int.TryParse(Get("year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null);
        return new DocumentInfo(info.Region ?? Get("region"), info.Department ?? Get("department"), year, info.Kind ?? Get("kind"));
    }
}
