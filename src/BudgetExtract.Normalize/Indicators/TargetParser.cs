using System.Globalization;
using System.Text.RegularExpressions;
using BudgetExtract.Contract;
using BudgetExtract.Normalize.Text;

namespace BudgetExtract.Normalize.Indicators;

/// <summary>
/// Reads an indicator value such as "≥500 场", "≤1402.5万元", "100%", "=10期" or ">90(家)" into comparator, number and
/// unit; words ("及时", "持续提升", "2023年12月31日") are kept as text only.
/// </summary>
public static partial class TargetParser
{
    public static IndicatorTarget? Parse(string? text)
    {
        var clean = CellText.Clean(text);
        if (clean.Length == 0) return null;
        var m = Target().Match(clean);
        if (!m.Success) return new IndicatorTarget(clean, null, null, null);
        var number = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return new IndicatorTarget(clean, null, null, null);
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.Trim() : "";
        return new IndicatorTarget(clean, Op(m.Groups["op"].Value), value, unit.Length == 0 ? null : unit);
    }

    private static string? Op(string printed) => printed switch
    {
        "≥" or ">=" or "＞=" or "≧" => ">=",
        "≤" or "<=" or "＜=" or "≦" => "<=",
        ">" or "＞" => ">",
        "<" or "＜" => "<",
        "=" or "＝" or "==" => "=",
        _ => null,
    };

    // op? number unit?, the unit optionally in brackets: ">90(家)", "≥ 10", "300.00(家)", "11个区". A unit holding digits
    // ("年12月31日") means the value is a date, kept as text.
    [GeneratedRegex(@"^(?<op>≥|≤|>=|<=|＞=|＜=|≧|≦|==|>|<|＞|＜|=|＝)?\s*(?<num>[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)\s*(?:[(（]\s*(?<unit>[^\d()（）]+?)\s*[)）]|(?<unit>[^\d\s()（）][^\d()（）]*))?$")]
    private static partial Regex Target();
}
