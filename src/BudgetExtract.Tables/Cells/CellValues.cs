using System.Text.RegularExpressions;

namespace BudgetExtract.Tables.Cells;

/// <summary>What a cell's text looks like: an amount, a classification code, a dash meaning "nothing".</summary>
internal static partial class CellValues
{
    /// <summary>1,234.56 / -12 / (12.50) / 12% / 0.00 — a printed number, not a year label such as 2026年.</summary>
    public static bool IsAmount(string text) => AmountPattern().IsMatch(text.Trim());

    /// <summary>A functional or economic classification code (3 to 7 digits).</summary>
    public static bool IsCode(string text) => CodePattern().IsMatch(text.Trim());

    /// <summary>A data value: an amount or a code.</summary>
    public static bool IsData(string text) => IsAmount(text) || IsCode(text);

    [GeneratedRegex(@"^[-−+]?\(?[-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?\)?%?$|^[-−+]?\(?\d+\.\d+\)?%?$|^[-−]?\d+%$|^0$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}$")]
    private static partial Regex CodePattern();
}
