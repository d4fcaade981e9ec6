using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Gutters from single lines: where one line shows two cells side by side that the columns found from alignment
/// would put in one cell, the gap between them becomes a gutter of its own.
/// </summary>
internal static class LineGaps
{
    /// <summary>
    /// Two values side by side on one line are never one cell ("36.00 34.77"): where a section of a form puts
    /// more value columns under the span of fewer text columns, the gaps between such values (common to all
    /// lines showing them) become gutters.
    /// </summary>
    public static (double[] Edges, Gutter[] Gutters) WithValueGaps(double[] edges, Gutter[] gutters, IReadOnlyList<StreamLine> lines) =>
        WithGapsBetween(edges, gutters, lines, (a, b, _) => CellValues.IsValueLike(a.Text) && CellValues.IsValueLike(b.Text));

    /// <summary>
    /// Two texts side by side on one line, more than a (stretched) space apart, are two cells too: a form section's
    /// headings (一级指标 | 二级指标 | 三级指标) under the span of a wider section's value column would otherwise read as
    /// one cell. So are an amount and a text after it (2300 | 中小企业服务 of the next column). Left alone: single
    /// characters (a letter-spaced 合 计 is one word), a bracket after a space (法律工作完成率 (%), 研究院（中国· 深圳）),
    /// Latin words (HJ XX项目: a space between them) and paragraph lines.
    /// </summary>
    public static (double[] Edges, Gutter[] Gutters) WithTextGaps(double[] edges, Gutter[] gutters, IReadOnlyList<StreamLine> lines) =>
        // Only a grid found from alignment is refined: a page whose lines share no gutter is prose, whatever its gaps.
        gutters.Length == 0 ? (edges, gutters)
            : WithGapsBetween(edges, gutters, lines, (a, b, line) => (IsWordCell(a, line) || CellValues.IsData(a.Text)) && IsWordCell(b, line)
                                                                   && !Bracketed(a, b) && !LatinWords(a, b)
                                                                   && b.Box.X0 - a.Box.X1 > StreamLines.MaxStretchedSpaceRatio * line.FontSize);

    private static bool IsWordCell(StreamCell cell, StreamLine line) =>
        !CellValues.IsValueLike(cell.Text) && cell.Text.Count(ch => !char.IsWhiteSpace(ch)) >= 2
        && cell.Box.Width < StreamLines.MinParagraphWidthRatio * line.FontSize;

    private static bool LatinWords(StreamCell left, StreamCell right) =>
        char.IsAsciiLetterOrDigit(left.Text[^1]) && char.IsAsciiLetterOrDigit(right.Text[0]);

    private static bool Bracketed(StreamCell left, StreamCell right) =>
        right.Text[0] is '(' or '（' or '[' or '【' || left.Text.Count(ch => ch is '(' or '（') > left.Text.Count(ch => ch is ')' or '）');

    /// <summary>The gaps between neighbouring cells of a line that <paramref name="pair"/> accepts and no gutter separates yet, as gutters.</summary>
    private static (double[] Edges, Gutter[] Gutters) WithGapsBetween(double[] edges, Gutter[] gutters, IReadOnlyList<StreamLine> lines,
        Func<StreamCell, StreamCell, StreamLine, bool> pair)
    {
        var gaps = new List<Gutter>();
        foreach (var line in lines)
        {
            for (var k = 1; k < line.Cells.Count; k++)
            {
                var (a, b) = (line.Cells[k - 1], line.Cells[k]);
                if (!pair(a, b, line)) continue;
                if (gutters.Any(g => g.Start < b.Box.X0 && a.Box.X1 < g.End)) continue;
                gaps.Add(new Gutter(a.Box.X1, b.Box.X0));
            }
        }
        if (gaps.Count == 0) return (edges, gutters);
        var all = gutters.Concat(Gutter.Merge(gaps)).OrderBy(g => g.Start).ToList();
        return ([edges[0], .. all.Select(g => g.Middle), edges[^1]], [.. all]);
    }
}
