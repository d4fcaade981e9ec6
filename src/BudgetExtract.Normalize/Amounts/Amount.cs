using System.Globalization;
using System.Text.RegularExpressions;
using BudgetExtract.Normalize.Text;

namespace BudgetExtract.Normalize.Amounts;

/// <summary>A printed amount read from a cell.</summary>
/// <param name="Value">The amount in yuan, null when nothing is budgeted ("", "-", "—").</param>
/// <param name="HalfUnit">Half a unit of the last printed digit, in yuan: the rounding a printed figure may carry.</param>
public readonly record struct Amount(decimal? Value, decimal HalfUnit);

/// <summary>Reads printed amounts: thousands separators, dashes for nothing, negatives in parentheses or with a minus.</summary>
public static partial class AmountParser
{
    /// <summary>True and the amount when <paramref name="text"/> is a printed amount or a blank/dash.</summary>
    public static bool TryParse(string? text, decimal scale, out Amount amount)
    {
        amount = default;
        var t = CellText.Compact(text);
        if (IsBlank(t))
        {
            amount = new Amount(null, 0m);
            return true;
        }
        var m = Number().Match(t);
        if (!m.Success) return false;
        var negative = m.Groups["open"].Success || m.Groups["minus"].Success;
        if (m.Groups["open"].Success != m.Groups["close"].Success) return false;
        var digits = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var half = 0.5m * scale / Pow10(decimals);
        amount = new Amount((negative ? -value : value) * scale, half);
        return true;
    }

    /// <summary>True for a non-empty cell that reads as a number (not a blank or a dash).</summary>
    public static bool IsNumber(string? text) => TryParse(text, 1m, out var a) && a.Value is not null;

    /// <summary>True for "", "-", "—", "－", "--", "/", "0.00"-less placeholders meaning nothing budgeted.</summary>
    public static bool IsBlank(string compactText) =>
        compactText.Length == 0 || compactText.All(c => c is '-' or '—' or '－' or '–' or '/' or '―' or '─');

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10m;
        return p;
    }

    [GeneratedRegex(@"^(?<open>[(（])?(?<minus>[-−－])?(?<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<close>[)）])?$")]
    private static partial Regex Number();
}
