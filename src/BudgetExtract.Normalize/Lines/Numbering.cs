using System.Text.RegularExpressions;

namespace BudgetExtract.Normalize.Lines;

/// <summary>Outline numbering printed before a name when a table has no codes: 一、 › （一） › 1. › （1）.</summary>
internal static partial class Numbering
{
    /// <summary>The numbering style of <paramref name="name"/> (1 = 一、, 2 = （一）, 3 = 1., 4 = （1）), 0 when unnumbered, and the bare name.</summary>
    public static (int Style, string Bare) Read(string name)
    {
        // "其中：（一）因公出国（境）支出": the 其中 ("of which") prefix stands before the numbering of a sub-item.
        var lead = Whereof().Match(name);
        if (lead.Success && Read(name[lead.Length..]) is { Style: > 0 } numbered) return numbered;
        var m = Chinese().Match(name);
        if (m.Success) return (1, name[m.Length..].Trim());
        m = ParenChinese().Match(name);
        if (m.Success) return (2, name[m.Length..].Trim());
        m = Arabic().Match(name);
        if (m.Success) return (3, name[m.Length..].Trim());
        m = ParenArabic().Match(name);
        if (m.Success) return (4, name[m.Length..].Trim());
        return (0, name);
    }

    [GeneratedRegex(@"^其中\s*[:：]\s*")]
    private static partial Regex Whereof();

    [GeneratedRegex(@"^[一二三四五六七八九十廿]{1,3}\s*[、.．]\s*")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^[(（]\s*[一二三四五六七八九十廿]{1,3}\s*[)）]\s*")]
    private static partial Regex ParenChinese();

    [GeneratedRegex(@"^\d{1,2}\s*[、.．](?!\d)\s*")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[(（]\s*\d{1,2}\s*[)）]\s*")]
    private static partial Regex ParenArabic();
}
