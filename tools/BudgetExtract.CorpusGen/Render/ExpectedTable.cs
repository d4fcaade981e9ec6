namespace BudgetExtract.CorpusGen.Render;

/// <summary>What an extractor should give back for one drawn table (DESIGN.md §5 shape).</summary>
internal sealed record ExpectedTable(
    string? Number, string? Title, string? Unit, IReadOnlyList<int> Pages,
    IReadOnlyList<IReadOnlyList<string>> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<ExpectedCell> Cells, IReadOnlyList<string> Notes);

internal sealed record ExpectedCell(int Row, int Col, int RowSpan, int ColSpan, bool Header, string Text, int Page, double[] Bbox);

internal sealed record ExpectedDocument(IReadOnlyList<ExpectedTable> Tables);
