using System.Globalization;
using System.Text;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>
/// Attribute access on one line of <c>mutool trace</c> output. The trace writes one element
/// per line, so a line scanner is both faster than an XML parser and tolerant of the odd bad escape.
/// </summary>
internal static class TraceLine
{
    /// <summary>The element name of a line such as <c>  &lt;g unicode="x" .../&gt;</c>; <c>/page</c> for end tags.</summary>
    public static ReadOnlySpan<char> ElementName(ReadOnlySpan<char> line)
    {
        var start = line.IndexOf('<');
        if (start < 0) return default;
        var rest = line[(start + 1)..];
        var end = rest.IndexOfAny(' ', '>');
        if (end < 0) end = rest.Length;
        var name = rest[..end];
        if (name.Length > 1 && name[^1] == '/') name = name[..^1];
        return name;
    }

    public static bool TryGet(ReadOnlySpan<char> line, ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        var from = 0;
        while (true)
        {
            var idx = line[from..].IndexOf(name);
            if (idx < 0) { value = default; return false; }
            idx += from;
            var after = idx + name.Length;
            if (idx > 0 && line[idx - 1] == ' ' && after + 1 < line.Length && line[after] == '=' && line[after + 1] == '"')
            {
                var valueStart = after + 2;
                var close = line[valueStart..].IndexOf('"');
                if (close < 0) { value = default; return false; }
                value = line.Slice(valueStart, close);
                return true;
            }
            from = after;
        }
    }

    public static double GetDouble(ReadOnlySpan<char> line, ReadOnlySpan<char> name, double fallback = 0)
    {
        return TryGet(line, name, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : fallback;
    }

    /// <summary>Parses a space-separated list of numbers into <paramref name="into"/>; returns how many were read.</summary>
    public static int GetNumbers(ReadOnlySpan<char> line, ReadOnlySpan<char> name, Span<double> into)
    {
        if (!TryGet(line, name, out var v)) return 0;
        var count = 0;
        foreach (var range in v.Split(' '))
        {
            if (count == into.Length) break;
            var part = v[range];
            if (part.IsEmpty) continue;
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out into[count])) return count;
            count++;
        }
        return count;
    }

    /// <summary>Decodes the XML escapes mutool writes (&amp;amp; &amp;lt; &amp;#x..;) in an attribute value.</summary>
    public static string Unescape(ReadOnlySpan<char> value)
    {
        if (value.IndexOf('&') < 0) return value.ToString();
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '&') { sb.Append(c); continue; }
            var semi = value[i..].IndexOf(';');
            if (semi < 0) { sb.Append(c); continue; }
            var entity = value.Slice(i + 1, semi - 1);
            i += semi;
            switch (entity)
            {
                case "amp": sb.Append('&'); break;
                case "lt": sb.Append('<'); break;
                case "gt": sb.Append('>'); break;
                case "quot": sb.Append('"'); break;
                case "apos": sb.Append('\''); break;
                default:
                    if (entity.Length > 1 && entity[0] == '#')
                    {
                        var isHex = entity[1] is 'x' or 'X';
                        var digits = isHex ? entity[2..] : entity[1..];
                        if (int.TryParse(digits, isHex ? NumberStyles.HexNumber : NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
                            && code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
                        {
                            sb.Append(char.ConvertFromUtf32(code));
                        }
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
