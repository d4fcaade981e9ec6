namespace BudgetExtract.Store.Query;

/// <summary>
/// A query's answer as columns and rows. Cell values are string, long, decimal (amounts, exact) or null,
/// so every writer (aligned text, CSV, JSON, XLSX) renders them without loss.
/// </summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i] == column) return i;
        throw new ArgumentException($"no column '{column}'", nameof(column));
    }

    public object? Value(int row, string column) => Rows[row][IndexOf(column)];
}
