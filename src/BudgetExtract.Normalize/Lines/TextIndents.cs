using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Lines;

/// <summary>
/// How far the text of a cell starts right of the cell's left edge, read from the words of its page: the indentation
/// that gives the level of names printed without codes or numbering (深圳 收支总表: 统计信息事务 under 一、一般公共服务支出).
/// Without pages (tests, callers that do not pass them) nothing is known and no level is taken from indentation.
/// </summary>
internal sealed class TextIndents(ImmutableArray<PageLayout> pages)
{
    public static readonly TextIndents None = new([]);

    private readonly Dictionary<int, PageLayout> _pages = pages.IsDefaultOrEmpty ? []
        : pages.GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// Points between the cell's left edge and its leftmost word, and whether the text also sits in the middle of the
    /// cell (当年收入小计 centered is not indented — unless its edge lines up with indented rows); null when the page or
    /// the words are unknown.
    /// </summary>
    public TextIndent? Of(TableCell cell)
    {
        if (!_pages.TryGetValue(cell.Page, out var page)) return null;
        double? left = null, right = null;
        foreach (var line in page.Lines)
        {
            if (line.Box.Y1 < cell.Box.Y0 || line.Box.Y0 > cell.Box.Y1) continue;
            foreach (var word in line.Words)
                if (!string.IsNullOrWhiteSpace(word.Text) && Inside(word.Box, cell.Box))
                {
                    left = Math.Min(left ?? double.MaxValue, word.Box.X0);
                    right = Math.Max(right ?? double.MinValue, word.Box.X1);
                }
        }
        if (left is not { } l || right is not { } r) return null;
        var (before, after) = (l - cell.Box.X0, cell.Box.X1 - r);
        return new TextIndent(before, before > CenteredMargin && Math.Abs(before - after) < CenteredMargin);
    }

    /// <summary>Gaps within this many points of each other, and wider than it, mean the text is centered.</summary>
    private const double CenteredMargin = 4.0;

    private static bool Inside(Box word, Box cell) =>
        word.CenterX >= cell.X0 && word.CenterX <= cell.X1 && word.CenterY >= cell.Y0 && word.CenterY <= cell.Y1;
}

/// <summary>Where a cell's text starts (points right of the cell's left edge) and whether it looks centered.</summary>
internal readonly record struct TextIndent(double Left, bool Centered);
