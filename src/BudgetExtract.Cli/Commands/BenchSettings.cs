using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract bench</c>.</summary>
public sealed record BenchSettings
{
    /// <summary>Folder searched (recursively) for PDFs that have an expected file.</summary>
    public required string Directory { get; init; }

    /// <summary>Folder of expected files (&lt;stem&gt;.json); default: the nearest sibling <c>expected</c> folder of each PDF.</summary>
    public string? Expected { get; init; }

    /// <summary>Print the report as JSON on stdout instead of a text table.</summary>
    public bool Json { get; init; }

    /// <summary>Floors file: any document below its floor makes the exit code 1.</summary>
    public string? Floors { get; init; }

    /// <summary>Line-level floors file (lineRecall, linePrecision, indicatorRecall, indicatorPrecision): any document below makes the exit code 1.</summary>
    public string? LineFloors { get; init; }

    /// <summary>Only reconcile: extract every PDF under the folder, expected file or not, and print the check pass rate per folder.</summary>
    public bool Reconcile { get; init; }

    public void Validate()
    {
        if (!System.IO.Directory.Exists(Directory)) throw new UsageException($"{Directory}: no such directory");
        if (Expected is not null && !System.IO.Directory.Exists(Expected)) throw new UsageException($"{Expected}: no such directory (--expected)");
        if (Floors is not null && !File.Exists(Floors)) throw new UsageException($"{Floors}: no such file (--floors)");
        if (LineFloors is not null && !File.Exists(LineFloors)) throw new UsageException($"{LineFloors}: no such file (--line-floors)");
    }
}
