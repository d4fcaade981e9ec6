namespace BudgetExtract.Store.Diff;

/// <summary>Compare one department's documents of year <paramref name="From"/> with those of <paramref name="To"/>.</summary>
public sealed record DiffRequest(string Department, int From, int To, string? Region = null, string? Kind = null);
