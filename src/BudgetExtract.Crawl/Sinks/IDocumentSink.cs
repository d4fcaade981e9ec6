namespace BudgetExtract.Crawl.Sinks;

/// <summary>
/// Receives each new or changed document once, after it is safely on disk and recorded. <c>run</c> plugs the
/// ingest in here; <c>crawl</c> has no sink and leaves documents waiting for the next <c>run</c>.
/// Throwing <see cref="BudgetExtract.Diagnostics.InputException"/> marks the document as unusable (not retried
/// until its content changes); any other exception stops the run, and the document is offered again next time.
/// </summary>
public interface IDocumentSink
{
    Task<SinkResult> AcceptAsync(CrawledDocument document, CancellationToken cancellationToken);
}

/// <summary>A downloaded document with its provenance and the metadata the pipeline took from the pages.</summary>
public sealed record CrawledDocument(
    string Path,
    Uri Url,
    string Sha256,
    DateTimeOffset FetchedAt,
    string Pipeline,
    string Source,
    string? Title,
    Uri? Referer,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>What the sink made of a document, for the run report.</summary>
public readonly record struct SinkResult(int Tables, int Lines, int FailingChecks);
