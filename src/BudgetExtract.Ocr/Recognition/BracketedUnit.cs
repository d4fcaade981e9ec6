using System.Text.RegularExpressions;
using static BudgetExtract.Ocr.Recognition.OcrText;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Cells that end with a unit in brackets — 绩效 values such as 300.00(家), &gt;90(%), =360(天), and labels such as
/// 受补助企业满意度（%）. Two things go wrong with them on scans (docs/ocr.md, "Bracketed units"): chi_sim reads the
/// half-width % and the closing bracket after it as one Chinese character (0.50(吵, &gt;90(叭, 满意度(喉), and a
/// number with a bracketed unit was taken for a number with a stray character and re-read by the digit readers,
/// which have no brackets and no Chinese, so the unit was lost (300.00(家) came out 300.00%).
/// </summary>
internal static partial class BracketedUnit
{
    /// <summary>
    /// Measure words that stand as units in brackets (家, 天, 人, 分 …): a bracket followed by one of these and no
    /// closing bracket is that unit with its bracket lost unless the digit reader sees a % there (chi_sim reads %) as
    /// 分 or 只 too).
    /// </summary>
    private const string MeasureWords = "家天人个次分年月日时元项件户所场期篇套台批名座份亩条辆册本种类间处级组位辆只";

    /// <summary>Last characters of the names of rates and shares, which carry a (%) unit: 满意度, 符合率, 比例, 比重.</summary>
    private const string RatioWords = "率度例重";

    /// <summary>
    /// The text with a final bracket + one Chinese character that is not a measure word, with no closing bracket,
    /// read as the % and the closing bracket it stands for: 0.50(吵 → 0.50(%), 满意度(喉 → 满意度（%）. After a Chinese
    /// character the brackets are full-width (as printed in Chinese text and in the real documents' tables); after a
    /// number they stay as read. Null when the text does not end so.
    /// </summary>
    /// <param name="digitsSeePercent">Whether the digit reader sees a % where the last character is (asked only when the text alone does not decide).</param>
    public static IReadOnlyList<string>? RepairPercent(IReadOnlyList<string> words, Func<bool> digitsSeePercent)
    {
        if (words.Count == 0) return null;
        var joined = string.Concat(words);
        var match = PercentReadAsCharacter().Match(joined);
        if (!match.Success) return null;
        var before = match.Groups["before"].Value[0];
        // Only after a number or a ratio word (满意度, 符合率, 比例) is a bracketed % expected without more evidence; a
        // bracketed word that lost its closing bracket (因公出国(境) or a measure word needs the digit reader's %.
        if ((MeasureWords.Contains(match.Groups["x"].Value[0]) || !char.IsAsciiDigit(before) && !RatioWords.Contains(before))
            && !digitsSeePercent()) return null;
        var bracketAt = match.Groups["open"].Index;
        var fullWidth = match.Groups["open"].Value == "（" || Han.IsIdeograph(match.Groups["before"].Value[0]);
        var (open, close) = fullWidth ? ("（", "）") : ("(", ")");
        var result = words.ToArray();
        // Characters are located word by word: the bracket and the misread character may sit in different words.
        var start = 0;
        for (var i = 0; i < result.Length; i++)
        {
            var end = start + result[i].Length;
            if (bracketAt >= start && bracketAt < end)
                result[i] = result[i][..(bracketAt - start)] + open + result[i][(bracketAt - start + 1)..];
            start = end;
        }
        var last = result[^1];
        result[^1] = last[..^1] + "%" + close;
        return result;
    }

    /// <summary>A number with its unit in brackets (300.00(家), &gt;90(%), =360(天)): a value as printed, not a bare number.</summary>
    public static bool IsValueWithUnit(string text) => ValueWithUnit().IsMatch(Compact(text));

    /// <summary>A bracket straight after a digit (&gt;0.70(0》): the reading has a unit after its number, read or misread.</summary>
    public static bool HasBracketAfterNumber(string text) => BracketAfterDigit().IsMatch(Compact(text));

    /// <summary>The number of a value with a unit, without sign and unit (&gt;300.00(天) → 300.00); null for other text.</summary>
    public static string? NumberOf(string text)
    {
        var match = ValueWithUnit().Match(Compact(text));
        return match.Success ? match.Groups["number"].Value : null;
    }


    [GeneratedRegex(@"(?<before>[\d\u4e00-\u9fff])(?<open>[(（])(?<x>[\u4e00-\u9fff])$")]
    private static partial Regex PercentReadAsCharacter();

    [GeneratedRegex(@"^[<>=≥≤＜＞＝]?(?<number>\d[\d,.]*)[(（](%|[\u4e00-\u9fff]{1,2})[)）]$")]
    private static partial Regex ValueWithUnit();

    [GeneratedRegex(@"\d[(（]")]
    private static partial Regex BracketAfterDigit();
}
