using System.Text.RegularExpressions;
using static BudgetExtract.Ocr.Recognition.OcrText;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>What counts as a number in a budget table cell, for deciding when to re-read with digits only.</summary>
public static partial class NumberText
{
    /// <summary>The characters the digits-only reader may return.</summary>
    public const string Whitelist = "0123456789,.-%";

    /// <summary>
    /// True when the text is digits and separators with at most some stray marks (1]1 is 11 read badly): at least
    /// one digit, half or more digits and separators, no letters and no Chinese (附表15-10 is a label, not a number).
    /// </summary>
    public static bool LooksNumeric(string text)
    {
        var digits = 0;
        var numeric = 0;
        var total = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            // Letters a digit is misread as (I06.81) are stray marks; any other letter or Chinese makes it text.
            if (char.IsLetter(c) && !"IlOoSZB".Contains(c)) return false;
            total++;
            if (char.IsAsciiDigit(c)) digits++;
            if (char.IsAsciiDigit(c) || ",.-%，。．—－()（）".Contains(c)) numeric++;
        }
        return digits > 0 && numeric >= 0.5 * total;
    }

    /// <summary>
    /// Digits with one Chinese character where no unit can be: first, in the middle, or right after a separator
    /// (人.75, 8红.08, 8.计 are 64.75, 831.08, 8.31 read badly). 10个 (a unit last) and 附表15-10 (two characters) are text.
    /// </summary>
    public static bool IsNumberWithStrayCharacter(string text)
    {
        var compact = Compact(text);
        var chinese = compact.Select((c, i) => (c, i)).Where(x => Han.IsIdeograph(x.c)).ToList();
        if (chinese.Count != 1 || compact.Any(c => char.IsLetter(c) && !Han.IsIdeograph(c))) return false;
        var at = chinese[0].i;
        var afterSeparator = at > 0 && compact[at - 1] is '.' or ',';
        if (compact.Count(char.IsAsciiDigit) < (afterSeparator ? 1 : 2)) return false;
        return at < compact.Length - 1 || afterSeparator;
    }

    /// <summary>Short text (≤ 4 characters) that a misread number could have become: worth a digits-only look.</summary>
    public static bool MayBeMisreadNumber(string text)
    {
        var length = text.Count(c => !char.IsWhiteSpace(c));
        return length is > 0 and <= 4;
    }

    /// <summary>
    /// A bound such as ≥90% (绩效 targets): the sign, and the number after it; (null, null) for other text. chi_sim
    /// reads ≥ in these fonts as 之 or 过 (measured on scans: 之90%, 过90%, 之85%); neither begins a cell before a
    /// number in Chinese writing, so a leading 之 / 过 / ≥ / ≧ before digits is ≥, and ≤ / ≦ is ≤.
    /// </summary>
    public static (char? Sign, string? Bound) SplitComparison(string text)
    {
        var compact = Compact(text);
        if (compact.Length < 2) return (null, null);
        char? sign = compact[0] switch
        {
            '≥' or '≧' or '之' or '过' => '≥',
            '≤' or '≦' => '≤',
            // Read as such by chi_sim (=100%, >85%); the caller checks them against the glyph's ink.
            '=' or '＝' => '=',
            '>' or '＞' => '>',
            '<' or '＜' => '<',
            // A minus: the caller makes it = only when the glyph's ink is two bars, and reads no sign otherwise.
            '-' or '−' => '-',
            _ => null,
        };
        var bound = compact[1..];
        if (sign is null || !char.IsAsciiDigit(bound[0]) || !LooksNumeric(bound)) return (null, null);
        return (sign, bound);
    }

    /// <summary>
    /// <paramref name="value"/> with a 3 made 5 wherever another well-formed reading of the same length says 5 and differs
    /// from it nowhere else. Thresholding a noisy page erases the thin top bar of a 5, which is then read 3, and never
    /// adds one to a 3: of the 1-bit readings that differ only there, the 5s are right (committed and development
    /// scans: 2,453.00 / 39.27 / 73.64 / 3.00 / 34,509 where 2,455.00 / 59.27 / 75.64 / 5.00 / 54,509 are printed, each
    /// with a reading saying so; no case the other way). The readings still differ, so the number stays flagged.
    /// </summary>
    public static string WithLostBarsRestored(string value, IEnumerable<string> readings)
    {
        var restored = value.ToCharArray();
        foreach (var reading in readings)
        {
            if (reading.Length != value.Length || reading == value || !IsWellFormed(reading)) continue;
            if (reading.Zip(value).All(p => p.First == p.Second || p is ('5', '3')))
                for (var i = 0; i < reading.Length; i++)
                    if (reading[i] == '5') restored[i] = '5';
        }
        return new string(restored);
    }

    /// <summary>
    /// Readings of a number that may have read a ≥ / ≤ before it: the text reader's begins with something other than a
    /// digit or minus (<和100), or one reading is another with a 2 before it (2200 and 200).
    /// </summary>
    public static bool MayHaveReadSign(string first, IReadOnlyList<string> digitReadings)
    {
        if (first.Length > 1 && !char.IsAsciiDigit(first[0]) && first[0] != '-' && first.Any(char.IsAsciiDigit)) return true;
        string[] all = [first, .. digitReadings];
        return all.Any(r => r.Length > 1 && r[0] == '2' && IsWellFormed(r[1..]) && all.Contains(r[1..]));
    }

    /// <summary>
    /// A digits-only reading of a bound with the 2 the reader made of its ≥ / ≤ / &gt; dropped (290% → 90%), and for =
    /// also the - it makes of the two bars (-100% → 100%).
    /// </summary>
    public static string WithoutSignGlyph(string reading, char sign = '≥') =>
        reading.Length > 1 && (reading[0] == '2' || sign == '=' && reading[0] == '-') && IsWellFormed(reading[1..]) ? reading[1..] : reading;

    /// <summary>
    /// The number after an = the readers did not read as such, for a value whose first glyph's ink is two bars: a
    /// leading - is the =; a leading 2 is, when another reading has the rest alone or after a - (2100% with 100% or
    /// -100%); otherwise the = was left out (100%). Null when the value is no well-formed number.
    /// </summary>
    public static string? WithoutEqualsGlyph(string value, IEnumerable<string> readings)
    {
        if (!IsWellFormed(value) || value.Length == 0 || !char.IsAsciiDigit(value[^1]) && value[^1] != '%') return null;
        if (value[0] == '-') return value.Length > 1 && char.IsAsciiDigit(value[1]) && IsWellFormed(value[1..]) ? value[1..] : null;
        var rest = value[1..];
        if (value[0] == '2' && rest.Length > 0 && char.IsAsciiDigit(rest[0]) && IsWellFormed(rest)
            && readings.Any(r => r == rest || r == "-" + rest))
            return rest;
        return char.IsAsciiDigit(value[0]) ? value : null;
    }

    /// <summary>
    /// Whether a reading is a percentage's digits with the % read as one or two digits: the digits-only reader
    /// reads a thresholded % as 0, 6, 9 or 01 (committed 1-bit scan: 90% read 900, 906 and 9010 in one row).
    /// </summary>
    public static bool IsPercentReadAsDigits(string reading, string percent) =>
        percent.Length > 1 && percent[^1] == '%' && IsWellFormed(percent)
        && reading.Length - (percent.Length - 1) is 1 or 2
        && reading.StartsWith(percent[..^1], StringComparison.Ordinal)
        && reading[(percent.Length - 1)..].All(char.IsAsciiDigit);

    /// <summary>An amount, percentage, or code as printed: 1,234.56 / -12.5 / 2080505 / 12% / a lone dash.</summary>
    public static bool IsWellFormed(string text) => WellFormed().IsMatch(text);

    /// <summary>Same characters compared across readers: full-width separators folded, spaces removed.</summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            buffer[n++] = c switch
            {
                '，' => ',',
                '．' or '。' => '.',
                '－' or '—' or '−' => '-',
                _ => c,
            };
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Repairs separators OCR confuses (',' for '.', and back) where the printed grammar leaves no doubt:
    /// a separator followed by exactly three digits and then another separator groups thousands (','); the last
    /// separator followed by one or two digits is the decimal point ('.'). Digits are never changed.
    /// </summary>
    public static string RepairSeparators(string text)
    {
        var chars = text.ToCharArray();
        var separators = new List<int>();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is ',' or '.') separators.Add(i);
        for (var k = 0; k < separators.Count; k++)
        {
            var at = separators[k];
            var next = k + 1 < separators.Count ? separators[k + 1] : chars.Length;
            var digits = next - at - 1;
            var allDigits = chars.AsSpan(at + 1, digits).IndexOfAnyExceptInRange('0', '9') < 0;
            if (!allDigits || at == 0) continue;
            if (k + 1 < separators.Count && digits == 3) chars[at] = ',';
            else if (k + 1 == separators.Count && digits is 1 or 2) chars[at] = '.';
        }
        return new string(chars);
    }

    [GeneratedRegex(@"^(-|-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?)$")]
    private static partial Regex WellFormed();
}
