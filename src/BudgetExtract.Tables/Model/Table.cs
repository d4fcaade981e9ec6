using System.Collections.Immutable;

namespace BudgetExtract.Tables.Model;

/// <summary>A rebuilt table, possibly continued across several pages.</summary>
/// <param name="Number">The printed number ("表 3"), or null.</param>
/// <param name="Title">The printed title, or null.</param>
/// <param name="Unit">The amount unit printed for the table ("万元"), or null.</param>
/// <param name="Pages">1-based pages the table spans, ascending.</param>
/// <param name="ColumnCount">Width of the grid.</param>
/// <param name="HeaderRowCount">How many leading rows are header rows.</param>
/// <param name="RowCount">Height of the grid, header rows included.</param>
/// <param name="Cells">Every cell, spans included; a spanning cell appears once at its top-left position.</param>
/// <param name="Notes">Notes printed with the table (注：…).</param>
/// <param name="MetaLines">Lines printed between the title and the grid (部门名称：…, 单位：万元).</param>
public sealed record Table(
    string? Number,
    string? Title,
    string? Unit,
    ImmutableArray<int> Pages,
    int ColumnCount,
    int HeaderRowCount,
    int RowCount,
    ImmutableArray<TableCell> Cells,
    ImmutableArray<string> Notes,
    ImmutableArray<string> MetaLines)
{
    /// <summary>The grid as rows of strings: a spanning cell's text at its top-left, "" at the other positions.</summary>
    public ImmutableArray<ImmutableArray<string>> Grid()
    {
        var grid = new string[RowCount][];
        for (var r = 0; r < RowCount; r++) grid[r] = Enumerable.Repeat("", ColumnCount).ToArray();
        foreach (var c in Cells)
            if (c.Row < RowCount && c.Col < ColumnCount) grid[c.Row][c.Col] = c.Text;
        return [.. grid.Select(r => r.ToImmutableArray())];
    }

    public ImmutableArray<ImmutableArray<string>> HeaderRows() => Grid()[..HeaderRowCount];

    public ImmutableArray<ImmutableArray<string>> BodyRows() => Grid()[HeaderRowCount..];
}
