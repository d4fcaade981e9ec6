using System.Text.RegularExpressions;

namespace BudgetExtract.Tables.Cells;

/// <summary>What a cell's text looks like: an amount, a classification code, a dash meaning "nothing".</summary>
internal static partial class CellValues
{
    /// <summary>1,234.56 / -12 / (12.50) / 12% / 0.00 — a printed number, not a year label such as 2026年.</summary>
    public static bool IsAmount(string text) => AmountPattern().IsMatch(text.Trim());

    /// <summary>A functional or economic classification code (3 to 7 digits).</summary>
    public static bool IsCode(string text) => CodePattern().IsMatch(text.Trim());

    /// <summary>A year as a column heading: four digits, 1900–2099.</summary>
    public static bool IsYear(string text) =>
        text.Trim() is { Length: 4 } t && int.TryParse(t, out var year) && year is >= 1900 and <= 2099;

    /// <summary>A data value: an amount, a code, or a plain integer (amounts in 万元 are often printed as 56 or 131728).</summary>
    public static bool IsData(string text) => IsAmount(text) || IsCode(text) || IntegerPattern().IsMatch(text.Trim());

    /// <summary>Looks like a value in a table: data, a dash for "nothing", a target such as ≥500场 or 95%.</summary>
    public static bool IsValueLike(string text)
    {
        var t = text.Trim();
        return IsData(t) || t is "-" or "—" or "－" or "--" || TargetPattern().IsMatch(t);
    }

    [GeneratedRegex(@"^[-−]?\d+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[≥≤><=＞＜]?\s*\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff]{1,3})?$")]
    private static partial Regex TargetPattern();

    // Besides 1,234.56: thousands grouped by spaces and a decimal comma (2 258 210,8; 0,4), as European tables print them.
    [GeneratedRegex(@"^[-−+]?\(?[-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?\)?%?$|^[-−+]?\(?\d+\.\d+\)?%?$|^[-−]?\d+%$|^0$"
                    + @"|^[-−+]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?%?$|^[-−+]?\d+,\d{1,2}%?$")]
    private static partial Regex AmountPattern();

    /// <summary>
    /// Two words of one number grouped by a space (2 | 258 | 210,8): a word of one to three digits, then a group of
    /// exactly three (with its decimals). Two amounts of neighbouring columns are never that close.
    /// </summary>
    public static bool ContinuesDigitGroups(string left, string right) => LeadingGroup().IsMatch(left) && FollowingGroup().IsMatch(right);

    [GeneratedRegex(@"^[-−+]?\d{1,3}$")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"^\d{3}(?:[.,]\d+)?%?$")]
    private static partial Regex FollowingGroup();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}$")]
    private static partial Regex CodePattern();
}
