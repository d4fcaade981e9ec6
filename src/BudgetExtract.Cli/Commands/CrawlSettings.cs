using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract crawl</c> and <c>budgetextract run</c>.</summary>
public sealed record CrawlSettings
{
    /// <summary>The pipeline YAML file.</summary>
    public required string Pipeline { get; init; }

    /// <summary>SQLite database holding the crawl state (crawl_* tables). Default data/budget.db.</summary>
    public string Database { get; init; } = Path.Combine("data", "budget.db");

    /// <summary>Where documents are stored. Default data/documents.</summary>
    public string Output { get; init; } = Path.Combine("data", "documents");

    /// <summary>Run report file; default data/reports/PIPELINE-TIMESTAMP.json next to the database.</summary>
    public string? Report { get; init; }

    /// <summary>Also print the report on stdout.</summary>
    public bool Json { get; init; }

    /// <summary>Only warnings and errors on stderr (for cron).</summary>
    public bool Quiet { get; init; }

    /// <summary>Every page and unchanged document on stderr too.</summary>
    public bool Verbose { get; init; }

    /// <summary>Hand new and changed documents to the ingest (run) or only download them (crawl).</summary>
    public bool Ingest { get; init; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Database)) throw new UsageException("--db must name a database file");
        if (string.IsNullOrWhiteSpace(Output)) throw new UsageException("--out must name a directory");
        if (Quiet && Verbose) throw new UsageException("--quiet and --verbose cannot be used together");
    }
}
