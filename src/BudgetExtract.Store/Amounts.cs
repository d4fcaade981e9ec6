using System.Globalization;

namespace BudgetExtract.Store;

/// <summary>Exact decimal storage: invariant text that round-trips, plus integer fen for SQL arithmetic.</summary>
internal static class Amounts
{
    /// <summary>Canonical text: trailing zeros dropped (1243000.0 and 1243000 are one amount and read the same).</summary>
    public static object ToText(decimal? value) => value is { } v ? Canonical(v).ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    // Dividing by 1 with 28 decimal zeros removes trailing zeros from the scale without changing the value.
    private static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;

    public static object ToFen(decimal? value)
    {
        if (value is not { } v) return DBNull.Value;
        var fen = v * 100m;
        return fen == decimal.Truncate(fen) && Math.Abs(fen) <= long.MaxValue ? (long)fen : DBNull.Value;
    }

    public static decimal? Parse(object? value) => value switch
    {
        null or DBNull => null,
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        long l => l,
        double d => (decimal)d,
        _ => throw new InvalidOperationException($"unexpected amount value {value.GetType().Name}"),
    };
}
