namespace BudgetExtract.Store.Ingest;

/// <summary>
/// Where a document's bytes came from: a file path or URL, when they were fetched, and (when the caller knows it,
/// e.g. a crawler that saw a page re-published) the sha256 of the version they replace.
/// </summary>
public sealed record Provenance(string Source, DateTimeOffset FetchedAt, string? PreviousSha256 = null);
