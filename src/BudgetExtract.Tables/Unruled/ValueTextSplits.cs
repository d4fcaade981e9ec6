using BudgetExtract.Geometry;
using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// A value right-aligned in a narrow column can end a space's width from the text of the next column
/// (100% | 考察社会治安综合治理…), and the two read as one cell. Where that text starts exactly where cells of
/// several other rows start, it is the next column's: the cell is split there.
/// </summary>
internal static class ValueTextSplits
{
    /// <summary>Cells starting within this many points of each other start one column.</summary>
    private const double EdgeTolerance = 0.75;

    /// <summary>A column start needs this many other cells starting there.</summary>
    private const int MinCellsAtEdge = 3;

    public static List<StreamLine> Apply(List<StreamLine> block)
    {
        var starts = block.SelectMany(l => l.Cells).Select(c => c.Box.X0).ToList();
        bool StartsColumn(double x) => starts.Count(s => Math.Abs(s - x) <= EdgeTolerance) >= MinCellsAtEdge;
        var changed = false;
        var result = new List<StreamLine>(block.Count);
        foreach (var line in block)
        {
            var cells = new List<StreamCell>();
            foreach (var cell in line.Cells)
            {
                var at = SplitIndex(cell, StartsColumn);
                if (at < 0)
                {
                    cells.Add(cell);
                    continue;
                }
                cells.Add(Part(cell, 0, at));
                cells.Add(Part(cell, at, cell.Words.Count - at));
                changed = true;
            }
            result.Add(cells.Count == line.Cells.Count ? line : line with { Cells = cells });
        }
        return changed ? result : block;
    }

    /// <summary>The first word of the next column's text, after a value; -1 when the cell is one column's.</summary>
    private static int SplitIndex(StreamCell cell, Func<double, bool> startsColumn)
    {
        for (var k = 1; k < cell.Words.Count; k++)
        {
            var value = string.Concat(cell.Words.Take(k).Select(w => w.Word.Text));
            if (!CellValues.IsValueLike(value)) return -1;
            var next = cell.Words[k].Word;
            if (!CellValues.IsValueLike(next.Text) && startsColumn(next.Box.X0)) return k;
        }
        return -1;
    }

    private static StreamCell Part(StreamCell cell, int first, int count) =>
        new(Box.Bounding(cell.Words.Skip(first).Take(count).Select(w => w.Word.Box)),
            [.. cell.Words.Skip(first).Take(count)], [.. cell.WordIndexes.Skip(first).Take(count)]);
}
