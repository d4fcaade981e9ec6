using BudgetExtract.Contract;

namespace BudgetExtract.Store.Ingest;

/// <summary>The write side of the store: one call per document, all or nothing.</summary>
public interface IBudgetStore : IDisposable
{
    /// <summary>True when a document with these bytes is already stored (lets callers skip extraction).</summary>
    bool Contains(string sha256);

    /// <summary>Stores one document in one transaction: idempotent by sha256, versioned by source or identity.</summary>
    StoreOutcome Store(ExtractionResult result, Provenance provenance);
}
