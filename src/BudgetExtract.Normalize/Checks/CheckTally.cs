using BudgetExtract.Contract;

namespace BudgetExtract.Normalize.Checks;

/// <summary>Compares sums within tolerance, keeps every failure as a check record and counts every comparison.</summary>
internal sealed class CheckTally
{
    private readonly Dictionary<int, (int Run, int Failed)> _perTable = [];

    public List<CheckRecord> Failures { get; } = [];

    /// <summary>
    /// One comparison: <paramref name="found"/> is the printed figure, <paramref name="expected"/> what the other
    /// figures add up to; they agree within <paramref name="tolerance"/> (half a unit of the last printed digit per cell).
    /// </summary>
    public bool Compare(string code, int table, string? subject, string? column, decimal expected, decimal found, decimal tolerance, int page)
    {
        var (run, failed) = _perTable.GetValueOrDefault(table);
        var ok = Math.Abs(expected - found) <= tolerance;
        _perTable[table] = (run + 1, failed + (ok ? 0 : 1));
        if (!ok) Failures.Add(new CheckRecord(code, table, subject, column, expected, found, page));
        return ok;
    }

    public (int Run, int Failed) For(int table) => _perTable.GetValueOrDefault(table);
}
