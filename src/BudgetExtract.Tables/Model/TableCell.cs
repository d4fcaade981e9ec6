using BudgetExtract.Geometry;

namespace BudgetExtract.Tables.Model;

/// <summary>One cell of a rebuilt table. Row and column count from 0 over the whole table (header rows first).</summary>
/// <param name="Page">1-based page the cell was read from.</param>
/// <param name="Box">The cell's box on that page, in points.</param>
public sealed record TableCell(int Row, int Col, int RowSpan, int ColSpan, bool Header, string Text, int Page, Box Box);
