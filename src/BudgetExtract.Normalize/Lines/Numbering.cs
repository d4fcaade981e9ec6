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

    /// <summary>The number printed by the numbering of <paramref name="name"/> (三、 → 3, （12） → 12), 0 when unnumbered.</summary>
    public static int Ordinal(string name)
    {
        var lead = Whereof().Match(name);
        var rest = lead.Success ? name[lead.Length..] : name;
        foreach (var regex in new[] { Chinese(), ParenChinese(), Arabic(), ParenArabic() })
        {
            var m = regex.Match(rest);
            if (!m.Success) continue;
            var digits = new string([.. m.Value.Where(char.IsAsciiDigit)]);
            return digits.Length > 0 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumber(m.Value);
        }
        return 0;
    }

    /// <summary>一 … 九十九 (廿 = 20) among other characters.</summary>
    private static int ChineseNumber(string text)
    {
        const string Digits = "一二三四五六七八九";
        int value = 0, pending = 0;
        foreach (var ch in text)
        {
            var d = Digits.IndexOf(ch, StringComparison.Ordinal);
            if (d >= 0) pending = d + 1;
            else if (ch == '十')
            {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            }
            else if (ch == '廿')
            {
                value += 20;
                pending = 0;
            }
        }
        return value + pending;
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
