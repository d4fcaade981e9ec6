using BudgetExtract.Geometry;
using BudgetExtract.Tables.Captions;
using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Pipeline;

/// <summary>
/// A borderless form cut by the page break just after a row's label (年度绩效指标, its values on the next page):
/// the label's lines stand alone under the table, inside its first column, and nothing follows them on the page.
/// They are the table's last row, not text after it (which would keep the table from going on over the page).
/// </summary>
internal static class TrailingLabelRow
{
    /// <summary>A label wraps onto this many lines at most.</summary>
    private const int MaxLines = 3;

    /// <summary>The label starts at most this many of the part's row heights under it.</summary>
    private const double MaxGapRows = 1.5;

    /// <param name="below">Every free line left under the part on its page.</param>
    public static (Fragment Part, IReadOnlyList<FreeLine> Taken) Attach(Fragment part, IReadOnlyList<FreeLine> below, IReadOnlyList<PageWord> words)
    {
        if (part.Ruled || part.RowCount == 0 || part.ColumnCount < 2 || below.Count is 0 or > MaxLines) return (part, []);
        var lines = below.OrderBy(l => l.Box.Y0).ToList();
        var rowHeight = part.Box.Height / part.RowCount;
        const double slack = 2;
        var bottom = part.Box.Y1;
        foreach (var line in lines)
        {
            if (line.Box.X0 < part.ColumnEdges[0] - slack || line.Box.X1 > part.ColumnEdges[1] + slack) return (part, []);
            if (line.Box.Y0 - bottom > MaxGapRows * rowHeight) return (part, []);
            bottom = line.Box.Y1;
        }
        var labelWords = lines.SelectMany(l => l.WordIndexes).Select(i => words[i]).ToList();
        var text = CellText.Join(labelWords);
        if (CellValues.IsData(text)) return (part, []);

        var top = lines[0].Box.Y0;
        var row = part.RowCount;
        var cells = part.Cells.Add(new FragmentCell(row, 0, 1, 1, text, new Box(part.ColumnEdges[0], top, part.ColumnEdges[1], bottom))
            { Content = Box.Bounding(labelWords.Select(w => w.Word.Box)) });
        for (var c = 1; c < part.ColumnCount; c++)
            cells = cells.Add(new FragmentCell(row, c, 1, 1, "", new Box(part.ColumnEdges[c], top, part.ColumnEdges[c + 1], bottom)));
        return (part with { RowCount = row + 1, Cells = cells, Box = part.Box with { Y1 = bottom } }, lines);
    }
}
