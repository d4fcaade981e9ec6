using BudgetExtract.Geometry;
using BudgetExtract.Tables.Cells;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// A label numbered after a space (年度绩效目标 1, 指标 2) splits into a text cell and a lone small number. Taken as
/// a value, the number made the centred label a data row of its own, and gave the table a column nothing else
/// fills. A number of one or two digits within an em of the Chinese text before it, where no cell of another
/// line stands (a long label running over it aside), is the label's.
/// </summary>
internal static class NumberedLabels
{
    /// <summary>The number stands at most this share of the font size after the text.</summary>
    private const double MaxGapRatio = 1.0;

    public static List<StreamLine> Join(List<StreamLine> block)
    {
        // Labels numbered alike (长期绩效目标 1, 年度绩效目标 1) put their numbers one under the other: no column either.
        var numbers = block.SelectMany(l => l.Cells.Skip(1).Where((c, k) => IsLabelNumber(l.Cells[k], c, l.FontSize))).ToHashSet();
        if (numbers.Count == 0) return block;
        var changed = false;
        var result = new List<StreamLine>(block.Count);
        foreach (var line in block)
        {
            var cells = line.Cells.ToList();
            for (var k = cells.Count - 1; k >= 1; k--)
            {
                if (!numbers.Contains(cells[k]) || InAColumn(block, line, cells[k - 1].Box, cells[k].Box, numbers)) continue;
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

    /// <summary>
    /// Another line has a cell over the number's stretch: the number stands in a column, unless that cell is a
    /// text running on over the label's stretch too (a long label of another row).
    /// </summary>
    private static bool InAColumn(List<StreamLine> block, StreamLine line, Box label, Box number, HashSet<StreamCell> numbers) =>
        block.Any(l => !ReferenceEquals(l, line) && l.Cells.Any(c => c.Box.X0 < number.X1 && c.Box.X1 > number.X0 && !numbers.Contains(c)
                                                                     && (c.Box.X0 >= label.X1 || CellValues.IsValueLike(c.Text))));
}
