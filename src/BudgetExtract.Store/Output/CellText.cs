using System.Globalization;

namespace BudgetExtract.Store.Output;

/// <summary>How one result value reads as text: invariant culture, decimals exact (no rounding, no exponent).</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>For people: thousands separators on amounts, every decimal digit kept.</summary>
    public static string Display(object? value) => value switch
    {
        decimal d => d.ToString("#,0.############################", CultureInfo.InvariantCulture),
        _ => Of(value),
    };
}
