using System.Collections.Immutable;
using BudgetExtract.Normalize.Amounts;

namespace BudgetExtract.Normalize.Lines;

/// <summary>What a body row is, for reconciliation.</summary>
internal enum RowRole
{
    /// <summary>A budget subject (coded, numbered or plain name).</summary>
    Subject,
    /// <summary>A budget-unit row (预算单位 column filled, no subject): the unit's total.</summary>
    Unit,
    /// <summary>A 合计/总计 row.</summary>
    Total,
}

/// <summary>One amount cell of a row.</summary>
/// <param name="Borrowed">A figure printed for a spanning row in another column group: checked here, emitted as a line by its own group only.</param>
internal sealed record LedgerCell(int Col, string Column, string Text, Amount Amount, int Page, bool Borrowed = false);

/// <summary>A body row read as a budget line: labels, hierarchy and its amount cells.</summary>
internal sealed record LedgerRow(
    int Row,
    string? Side,
    string? Unit,
    string? Code,
    string? Name,
    int? Level,
    string? Parent,
    string? Classification,
    RowRole Role,
    bool Numbered,
    ImmutableArray<LedgerCell> Cells)
{
    /// <summary>The subject as a check names it: code, else name, else unit.</summary>
    public string? Subject => Code ?? Name ?? Unit;

    public LedgerCell? Cell(int col)
    {
        foreach (var c in Cells)
            if (c.Col == col) return c;
        return null;
    }
}

/// <summary>The rows of one classified table (or one side of a two-sided table).</summary>
internal sealed record Ledger(int Table, string? Kind, string? Side, ImmutableArray<LedgerRow> Rows, ImmutableArray<int> AmountColumns);
