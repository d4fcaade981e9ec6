namespace BudgetExtract.Crawl.State;

/// <summary>What happened to a document URL in a run.</summary>
public static class Outcomes
{
    public const string New = "new";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";

    /// <summary>Same bytes as a document already held under another URL: recorded, not stored or ingested again.</summary>
    public const string Duplicate = "duplicate";

    public const string Failed = "failed";

    /// <summary>Not fetched on purpose (robots.txt, a redirect off the allowed hosts).</summary>
    public const string Skipped = "skipped";
}

/// <summary>The stored row of one document URL.</summary>
public sealed record DocumentState
{
    public required string Url { get; init; }
    public required string Pipeline { get; init; }
    public required string Source { get; init; }
    public string? FinalUrl { get; init; }
    public string? Referer { get; init; }
    public string? Title { get; init; }
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
    public string? Sha256 { get; init; }
    public string? Path { get; init; }
    public long? Size { get; init; }
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }
    public DateTimeOffset? CheckedAt { get; init; }
    public long? CheckedRun { get; init; }
    public string? Outcome { get; init; }
    public string? Error { get; init; }
    public string? IngestedSha256 { get; init; }
    public long? IngestRun { get; init; }
    public string? IngestError { get; init; }
    public int? Tables { get; init; }
    public int? Lines { get; init; }
    public int? FailingChecks { get; init; }

    /// <summary>Downloaded content not yet handed to the sink (a crawl-only run, or a run stopped in between).</summary>
    public bool NeedsIngest => Sha256 is not null && Path is not null && IngestedSha256 != Sha256;
}

/// <summary>One run of a pipeline; an unfinished run is resumed by the next one.</summary>
public sealed record RunState(long Id, string Pipeline, DateTimeOffset StartedAt, bool Resumed);
