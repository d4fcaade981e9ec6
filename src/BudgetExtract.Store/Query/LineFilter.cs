namespace BudgetExtract.Store.Query;

/// <summary>
/// Which lines (or indicators, documents) to select. All members optional; given ones must all hold.
/// Department matches by normalized name and aliases (<see cref="Names.DepartmentNames"/>); code is a prefix
/// (208 selects 20805 and 2080505); name is a substring; column is exact.
/// </summary>
public sealed record LineFilter
{
    public string? Region { get; init; }
    public string? Department { get; init; }
    public int? Year { get; init; }
    public string? Kind { get; init; }
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? Column { get; init; }

    /// <summary>At most this many rows; null for all.</summary>
    public int? Limit { get; init; }
}
