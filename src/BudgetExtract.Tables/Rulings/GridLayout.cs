namespace BudgetExtract.Tables.Rulings;

/// <summary>A cell of a grid in elementary rows and columns.</summary>
internal readonly record struct GridCell(int Row, int Col, int RowSpan, int ColSpan);

/// <summary>The lines of a ruled grid and its cells, spans included.</summary>
/// <param name="Xs">Column edges, ascending (columns = Xs.Length - 1).</param>
/// <param name="Ys">Row edges, ascending (rows = Ys.Length - 1).</param>
internal sealed record GridLayout(double[] Xs, double[] Ys, IReadOnlyList<GridCell> Cells)
{
    public int Rows => Ys.Length - 1;
    public int Columns => Xs.Length - 1;
}
