namespace BudgetExtract.Crawl.Running;

/// <summary>The machine-readable summary of one run (written to --report and, with --json, stdout).</summary>
public sealed record CrawlReport
{
    public required string Pipeline { get; init; }

    public required long Run { get; init; }

    /// <summary>This invocation went on with a run that had been stopped.</summary>
    public bool Resumed { get; init; }

    /// <summary>False when the run was stopped before the end (it resumes next time).</summary>
    public bool Completed { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public double DurationSeconds { get; init; }

    public required DocumentCounts Documents { get; init; }

    /// <summary>Null for a download-only crawl.</summary>
    public IngestTotals? Ingest { get; init; }

    public int PagesRead { get; init; }

    public IReadOnlyList<ReportEntry> Failures { get; init; } = [];

    public IReadOnlyList<ReportEntry> Skipped { get; init; } = [];

    public bool HasFailures => Documents.Failed > 0 || PagesFailed > 0 || (Ingest?.Failed ?? 0) > 0;

    public int PagesFailed { get; init; }
}

/// <summary>Document URLs by outcome in this run (a resumed run counts what its earlier part did too).</summary>
public sealed record DocumentCounts(int New, int Changed, int Unchanged, int Duplicate, int Failed, int Skipped);

/// <summary>What the sink made of the documents handed to it in this run.</summary>
public sealed record IngestTotals(int Documents, int Tables, int Lines, int FailingChecks, int Failed);

/// <summary>A URL and why it failed or was skipped.</summary>
public sealed record ReportEntry(string Url, string Reason, string Kind = "document");
