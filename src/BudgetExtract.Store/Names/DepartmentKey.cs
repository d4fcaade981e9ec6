namespace BudgetExtract.Store.Names;

/// <summary>
/// A department name reduced for matching across years: <paramref name="Region"/> is the region prefix that was
/// stripped (normalized, e.g. "深圳"), null when there was none; <paramref name="Core"/> is the rest ("统计局").
/// </summary>
public readonly record struct DepartmentKey(string? Region, string Core);
