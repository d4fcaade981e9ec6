using System.Text;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Cells;

/// <summary>
/// Joins the words of one cell: words on one line with a space (none between two CJK characters: that gap is
/// letter-spacing), wrapped lines with nothing between CJK characters and one space between Latin words.
/// </summary>
internal static class CellText
{
    public static string Join(IEnumerable<PageWord> words)
    {
        var sb = new StringBuilder();
        var currentLine = int.MinValue;
        foreach (var w in words.OrderBy(w => w.Line).ThenBy(w => w.Word.Box.X0))
        {
            var text = w.Word.Text;
            if (sb.Length == 0)
            {
                sb.Append(text);
            }
            else if (w.Line == currentLine)
            {
                // Letter-spaced CJK (收　　入 spread across a header cell) is one word.
                if (!(IsCjk(sb[^1]) && IsCjk(text[0]))) sb.Append(' ');
                sb.Append(text);
            }
            else
            {
                if (NeedsSpace(sb[^1], text[0])) sb.Append(' ');
                sb.Append(text);
            }
            currentLine = w.Line;
        }
        return sb.ToString();
    }

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>
    /// A line break between Latin words reads as a space; around CJK it reads as nothing, and between two
    /// digits it is a number wrapped in a narrow column.
    /// </summary>
    internal static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after) && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after));
}
