using BudgetExtract.Normalize.Text;

namespace BudgetExtract.Normalize.Amounts;

/// <summary>The scale of a printed amount unit: how many yuan one printed unit is.</summary>
public static class AmountUnit
{
    /// <summary>Yuan per printed unit for 元, 千元, 万元, 亿元 (with or without "单位：" before it); 1 when unknown.</summary>
    public static decimal Scale(string? unit)
    {
        var u = CellText.Compact(unit);
        if (u.Contains("亿元", StringComparison.Ordinal)) return 100_000_000m;
        if (u.Contains("万元", StringComparison.Ordinal)) return 10_000m;
        if (u.Contains("千元", StringComparison.Ordinal)) return 1_000m;
        return 1m;
    }

    /// <summary>The unit named in a meta line such as "单位：万元" or "金额单位: 元", or null.</summary>
    public static string? FromMetaLine(string line)
    {
        var compact = CellText.Compact(line);
        var at = compact.IndexOf("单位", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = compact[(at + 2)..].TrimStart('：', ':');
        foreach (var unit in (string[])["亿元", "万元", "千元", "元"])
            if (rest.StartsWith(unit, StringComparison.Ordinal)) return unit;
        return null;
    }
}
