using BudgetExtract.Geometry;
using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// A label numbered after a space (年度绩效目标 1, 指标 2) splits into a text cell and a lone small number. Taken as
/// a value, the number made the centred label a data row of its own, and gave the table a column nothing else
/// fills. A number of one or two digits within an em of the Chinese text before it, where no cell of another
/// line reaches, is the label's.
/// </summary>
internal static class NumberedLabels
{
    /// <summary>The number stands at most this share of the font size after the text.</summary>
    private const double MaxGapRatio = 1.0;

    public static List<StreamLine> Join(List<StreamLine> block)
    {
        var changed = false;
        var result = new List<StreamLine>(block.Count);
        foreach (var line in block)
        {
            var cells = line.Cells.ToList();
            for (var k = cells.Count - 1; k >= 1; k--)
            {
                if (!IsLabelNumber(cells[k - 1], cells[k], line.FontSize) || Reached(block, line, cells[k].Box)) continue;
                var (text, number) = (cells[k - 1], cells[k]);
                cells[k - 1] = new StreamCell(text.Box.Union(number.Box), [.. text.Words, .. number.Words], [.. text.WordIndexes, .. number.WordIndexes]);
                cells.RemoveAt(k);
                changed = true;
            }
            result.Add(cells.Count == line.Cells.Count ? line : line with { Cells = cells });
        }
        return changed ? result : block;
    }

    private static bool IsLabelNumber(StreamCell text, StreamCell number, double fontSize) =>
        number.Text is { Length: <= 2 } digits && digits.All(char.IsAsciiDigit)
        && text.Text.Length > 0 && CellText.IsCjk(text.Text[^1])
        && number.Box.X0 - text.Box.X1 <= MaxGapRatio * fontSize;

    /// <summary>Another line has a cell over the number's stretch: the number stands in a column.</summary>
    private static bool Reached(List<StreamLine> block, StreamLine line, Box number) =>
        block.Any(l => !ReferenceEquals(l, line) && l.Cells.Any(c => c.Box.X0 < number.X1 && c.Box.X1 > number.X0));
}
