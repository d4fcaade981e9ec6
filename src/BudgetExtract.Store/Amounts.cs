using System.Globalization;

namespace BudgetExtract.Store;

/// <summary>Exact decimal storage: invariant text that round-trips, plus integer fen for SQL arithmetic.</summary>
internal static class Amounts
{
    public static object ToText(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

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
