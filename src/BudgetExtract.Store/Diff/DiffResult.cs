namespace BudgetExtract.Store.Diff;

public static class DiffStatus
{
    public const string Added = "added", Removed = "removed", Changed = "changed", Unchanged = "unchanged";
}

/// <summary>The documents compared on one side: their department names as printed and their files.</summary>
public sealed record DiffSide(int Year, IReadOnlyList<string> Departments, IReadOnlyList<string> Files);

/// <summary>
/// One subject (code, or name when printed without a code) in one amount column. Amounts in yuan; change = new − old;
/// percent = change / old × 100 rounded to 2 places, null when old is zero or missing.
/// </summary>
public sealed record LineChange(
    string Status, string? DocumentKind, string? TableKind, string? Unit, string? Code, string? Name, string Column,
    decimal? Old, decimal? New, decimal? Change, decimal? Percent);

/// <summary>One performance indicator (project › level 1 › 2 › 3) whose target appeared, disappeared or changed.</summary>
public sealed record IndicatorChange(
    string Status, string? Project, string? Level1, string? Level2, string? Level3, string? OldTarget, string? NewTarget);

public sealed record DiffResult(DiffSide From, DiffSide To, IReadOnlyList<LineChange> Lines, IReadOnlyList<IndicatorChange> Indicators);
