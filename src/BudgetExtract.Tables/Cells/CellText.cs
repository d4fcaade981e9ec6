using System.Text;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Cells;

/// <summary>
/// Joins the words of one cell: words on one line with a space (none between two CJK characters: that gap is
/// letter-spacing), wrapped lines with nothing between CJK characters and one space between Latin words.
/// </summary>
internal static partial class CellText
{
    public static string Join(IEnumerable<PageWord> words)
    {
        var sb = new StringBuilder();
        var currentLine = int.MinValue;
        var previousByOcr = false;
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
                // OCR boxes a full-width mark by its ink (、 and ： fill a corner of their em), so the gap beside it
                // looks like a word space: between OCR'd CJK and full-width marks it is none (其中： 财政拨款).
                var ocrWide = previousByOcr && w.Word.ReadByOcr && IsWideText(sb[^1]) && IsWideText(text[0]);
                if (!(IsCjk(sb[^1]) && IsCjk(text[0])) && !w.Word.Attached && !ocrWide) sb.Append(' ');
                sb.Append(text);
            }
            else
            {
                if (NeedsSpace(sb[^1], text[0])) sb.Append(' ');
                sb.Append(text);
            }
            currentLine = w.Line;
            previousByOcr = w.Word.ReadByOcr;
        }
        return sb.ToString();
    }

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    /// <summary>
    /// A line break between Latin text reads as a space (Operating income / (loss)); around CJK and full-width
    /// punctuation it reads as nothing; inside a number wrapped in a narrow column (2150 / 805, 1,234, / 567),
    /// after a hyphen or slash, and before closing punctuation it reads as nothing too.
    /// </summary>
    internal static bool NeedsSpace(char before, char after)
    {
        if (IsWide(before) || IsWide(after)) return false;
        if (IsNumberPart(before) && char.IsAsciiDigit(after) || char.IsAsciiDigit(before) && IsNumberPart(after)) return false;
        if (before is '-' or '/' or '(' or '[' || after is ')' or ']' or ',' or '.' or ':' or ';' or '%' or '-' or '/') return false;
        return !char.IsWhiteSpace(before) && !char.IsWhiteSpace(after);
    }

    /// <summary>
    /// A line that Chinese line-breaking rules started one character early: it opens with an opening bracket or quote
    /// (which may not end the line above) or with a character and the closing mark that may not start a line (选。,
    /// 动，), so the line above stopped a character short of its column's end though the cell goes on.
    /// </summary>
    internal static bool PushedByLineBreakRules(string text)
    {
        var t = text.TrimStart();
        // An item number in brackets (（二）政府性基金) opens a row of its own.
        if (BracketedItemNumber().IsMatch(t)) return false;
        return t.Length >= 2 && (t[0] is '“' or '‘' or '（' or '《' or '【' or '「' or '〔' || IsCjk(t[0]) && t[1] is '，' or '。' or '、' or '；' or '：' or '”' or '’' or '）' or '》' or '】' or '」' or '〕' or '！' or '？');
    }

    /// <summary>A numbered item: 廿一、…, 3. …, （二）….</summary>
    public static bool IsEnumerated(string text) => EnumeratedPattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[一二三四五六七八九十廿卅]{1,3}、|\d{1,2}[.．、]\s*\D|[（(][一二三四五六七八九十\d]{1,3}[)）])")]
    private static partial System.Text.RegularExpressions.Regex EnumeratedPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[（(][一二三四五六七八九十廿0-9]{1,3}[)）]")]
    private static partial System.Text.RegularExpressions.Regex BracketedItemNumber();

    /// <summary>CJK or full-width punctuation, not ≥ / ≤ (a space before a bound inside a text is printed: 项目数 ≥15个).</summary>
    private static bool IsWideText(char c) => IsWide(c) && c is not ('\u2264' or '\u2265');

    private static bool IsNumberPart(char c) => char.IsAsciiDigit(c) || c is ',' or '.';

    /// <summary>CJK characters and full-width forms (（）：，、。“”), which take no spaces around them.</summary>
    private static bool IsWide(char c) => IsCjk(c) || c is >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef' or >= '\u2018' and <= '\u201f' or >= '\u2010' and <= '\u2015' or '\u2026' or '\u00b7'
        || c is >= '\u2264' and <= '\u2265';
}
