using System.Collections.Immutable;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// A table as the scorer sees it, expected or extracted: number, title, pages and the full-width grid
/// (header rows first; a spanning cell's text at its top-left, "" at the other positions it covers).
/// </summary>
public sealed record ScoredTable(string? Number, string? Title, ImmutableArray<int> Pages, int HeaderRowCount, ImmutableArray<ImmutableArray<string>> Grid)
{
    public static ScoredTable From(Table table) =>
        new(table.Number, table.Title, table.Pages, table.HeaderRowCount, table.Grid());

    /// <summary>Builds a table from rows of text (tests, hand-made expectations).</summary>
    public static ScoredTable Of(IEnumerable<IEnumerable<string>> rows, int headerRows = 0, string? number = null, string? title = null, params int[] pages) =>
        new(number, title, [.. pages], headerRows, [.. rows.Select(r => r.ToImmutableArray())]);
}
