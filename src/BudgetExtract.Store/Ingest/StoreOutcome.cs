namespace BudgetExtract.Store.Ingest;

public enum StoreOutcomeKind
{
    /// <summary>A document not seen before.</summary>
    New,

    /// <summary>These bytes (sha256) are already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>New bytes of a known document (same source, or same department, year and kind): a new version linked to the old.</summary>
    NewVersion,
}

/// <summary>What storing one document did.</summary>
public readonly record struct StoreOutcome(StoreOutcomeKind Kind, long DocumentId, int Version, long? PreviousId);
