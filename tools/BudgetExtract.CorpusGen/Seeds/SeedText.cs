using System.Text;
using System.Text.RegularExpressions;

namespace BudgetExtract.CorpusGen.Seeds;

/// <summary>Cleans one cell or line of seed text into what the generator prints.</summary>
internal static partial class SeedText
{
    /// <summary>
    /// Drops markup (HTML tags, Markdown bold), the cut-short marker �, collapses whitespace, and removes
    /// spaces between two CJK characters (they are line-wrap artifacts of the seed's own extraction).
    /// </summary>
    public static string Clean(string raw)
    {
        var s = Tags().Replace(raw, " ").Replace("**", "").Replace("\uFFFD", "")
            .Replace('²', '2').Replace('³', '3'); // not in Adobe-GB1: they would not survive the round trip
        s = Spaces().Replace(s, " ").Trim();
        if (s.IndexOf(' ') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == ' ' && i > 0 && i + 1 < s.Length && IsCjk(s[i - 1]) && IsCjk(s[i + 1])) continue;
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>CJK ideographs and full-width punctuation: wrapped lines join these with no separator.</summary>
    public static bool IsCjk(char c) => (c >= '\u2E80' && !(c >= '\uFF61' && c <= '\uFFEF')) || c is '“' or '”' or '—' or '…' or '‘' or '’';

    /// <summary>An amount, count or rate as printed in budget tables ("131,728", "-", "36.00", "5.27%").</summary>
    public static bool IsNumeric(string s) => s.Length > 0 && Number().IsMatch(s);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(-|—|－|[-+]?[\d,]+(\.\d+)?%?)$")]
    private static partial Regex Number();
}
