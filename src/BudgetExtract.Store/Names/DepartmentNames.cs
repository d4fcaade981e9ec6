using System.Text;
using System.Text.RegularExpressions;

namespace BudgetExtract.Store.Names;

/// <summary>
/// Normalizes department and region names so the same department matches across years when its printed name
/// differs slightly: whitespace, full/half-width brackets and what they enclose ("（本级）", "(机关)"), a trailing
/// 本级, and the region prefix ("深圳市", "深圳市福田区") are removed. Renamings need an alias file.
/// </summary>
public static partial class DepartmentNames
{
    public static DepartmentKey Key(string name, string? region = null)
    {
        var text = Clean(name);
        // Party organs put 中共 before the region (中共江苏省委办公厅): it belongs to the name, not the region.
        var party = text.StartsWith("中共", StringComparison.Ordinal) && text.Length > 4 ? "中共" : "";
        text = text[party.Length..];
        string? stripped = null;
        var regionText = region is null ? null : Clean(region);
        if (!string.IsNullOrEmpty(regionText) && text.StartsWith(regionText, StringComparison.Ordinal) && text.Length > regionText.Length)
        {
            stripped = regionText;
            text = text[regionText.Length..];
        }
        // Then any further region prefixes ("深圳市" + "福田区"); two to four characters before the suffix, so that
        // 市场监督管理局 or 城市管理局 keep their 市.
        for (var match = RegionPrefix().Match(text); match.Success && match.Length < text.Length; match = RegionPrefix().Match(text))
        {
            stripped = (stripped ?? "") + match.Value;
            text = text[match.Length..];
        }
        return new DepartmentKey(stripped is null ? null : RegionKey(stripped), party + text);
    }

    /// <summary>A region reduced for matching: "深圳市" and "深圳" give "深圳"; "深圳市福田区" gives "深圳福田".</summary>
    public static string RegionKey(string region)
    {
        var text = Clean(region);
        return RegionSuffix().Replace(text, "$1");
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var raw in name)
        {
            // Full-width forms (（）［］ＡＢ１２) read as their ASCII twins; string.Normalize cannot be relied on
            // here because the build runs with invariant globalization.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw == '\u3000' ? ' ' : raw;
            if (c is '(' or '[' or '【' or '〔') { depth++; continue; }
            if (c is ')' or ']' or '】' or '〕') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0 || char.IsWhiteSpace(c)) continue;
            builder.Append(c);
        }
        var text = builder.ToString();
        while (text.EndsWith("本级", StringComparison.Ordinal) && text.Length > 2) text = text[..^2];
        return text;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}?(?:省|自治区|市|区|县|州|盟|旗)")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2,}?)(?:省|自治区|特别行政区|市|区|县)")]
    private static partial Regex RegionSuffix();
}
