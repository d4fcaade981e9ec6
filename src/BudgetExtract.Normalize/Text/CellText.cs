using System.Text;
using System.Text.RegularExpressions;

namespace BudgetExtract.Normalize.Text;

/// <summary>Cleans printed cell text for comparison and labels.</summary>
internal static partial class CellText
{
    /// <summary>
    /// Drops the spaces PDF producers put between CJK characters (收 入 总 计 → 收入总计, "2023 年" → "2023年")
    /// but keeps one space between Latin words; trims and collapses whitespace.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var collapsed = Spaces().Replace(text.Trim(), " ");
        var sb = new StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var ch = collapsed[i];
            if (ch == ' ' && i > 0 && i + 1 < collapsed.Length && (IsWide(collapsed[i - 1]) || IsWide(collapsed[i + 1])))
                continue;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Text with every whitespace removed, for keyword matching.</summary>
    public static string Compact(string? text) => string.IsNullOrEmpty(text) ? "" : Spaces().Replace(text, "");

    /// <summary>CJK ideographs and full-width punctuation: no space belongs next to them.</summary>
    public static bool IsWide(char ch) =>
        ch is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF'
            or >= '\u3000' and <= '\u303F' or '“' or '”' or '‘' or '’' or '、' or '—';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
