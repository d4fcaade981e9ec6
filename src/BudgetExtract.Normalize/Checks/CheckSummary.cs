using System.Collections.Immutable;

namespace BudgetExtract.Normalize.Checks;

/// <summary>How many reconciliation checks ran on one classified table and how many failed.</summary>
public readonly record struct TableCheckStats(int Table, string Kind, int Run, int Failed)
{
    public bool Passed => Failed == 0;
}

/// <summary>Reconciliation results for a document, passed and failed, for benches and reports.</summary>
public sealed record CheckSummary(ImmutableArray<TableCheckStats> Tables)
{
    public static readonly CheckSummary Empty = new([]);

    /// <summary>Classified tables (those with a kind), whether or not any check applied to them.</summary>
    public int ClassifiedTables => Tables.Length;

    /// <summary>Classified tables without a failed check.</summary>
    public int TablesPassing => Tables.Count(t => t.Passed);

    public int ChecksRun => Tables.Sum(t => t.Run);

    public int ChecksFailed => Tables.Sum(t => t.Failed);

    /// <summary>Share of classified tables with no failed check (1 when there are none).</summary>
    public double PassRate => ClassifiedTables == 0 ? 1 : (double)TablesPassing / ClassifiedTables;
}
