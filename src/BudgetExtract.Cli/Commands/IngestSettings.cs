using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Store.Database;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract ingest</c>.</summary>
public sealed record IngestSettings
{
    /// <summary>A PDF file or a directory of PDF files (searched recursively).</summary>
    public required string Path { get; init; }

    /// <summary>The SQLite database. Default: data/budget.db.</summary>
    public string Db { get; init; } = StoreOptions.DefaultPath;

    /// <summary>Documents extracted at once (storing is always one writer). Default: the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public void Validate()
    {
        if (Parallelism < 1) throw new UsageException("--parallel must be at least 1");
    }
}
