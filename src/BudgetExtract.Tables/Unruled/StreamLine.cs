using BudgetExtract.Geometry;
using BudgetExtract.Layout.Text;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>Words of one line closer than a cell gap, taken together: a candidate table cell.</summary>
internal sealed record StreamCell(Box Box, IReadOnlyList<PageWord> Words, IReadOnlyList<int> WordIndexes)
{
    public string Text => TextLine.Join(Words.Select(w => w.Word));
}

/// <summary>A text line seen as a possible table row: its cells left to right.</summary>
internal sealed record StreamLine(Box Box, IReadOnlyList<StreamCell> Cells, double FontSize, bool IsCaption)
{
    public bool IsTabular => Cells.Count >= 2 && !IsCaption;
}
