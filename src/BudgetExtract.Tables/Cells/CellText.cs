using System.Text;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Cells;

/// <summary>
/// Joins the words of one cell: words on one line with a space, wrapped lines with nothing between CJK
/// characters and one space between Latin words or numbers.
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
                sb.Append(' ').Append(text);
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

    /// <summary>
    /// A line break between Latin words reads as a space; around CJK it reads as nothing, and between two
    /// digits it is a number wrapped in a narrow column.
    /// </summary>
    internal static bool NeedsSpace(char before, char after) =>
        char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after) && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after));
}
