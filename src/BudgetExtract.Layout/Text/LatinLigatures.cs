using System.Text;

namespace BudgetExtract.Layout.Text;

/// <summary>
/// Latin typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, U+FB00–FB06) are one glyph but two or three letters: a text layer that
/// maps the glyph to the ligature character would give "staﬀ" where "staff" is printed, and no search or comparison
/// would find it. Spelled out here: the build runs with invariant globalization, where string.Normalize does not
/// decompose them.
/// </summary>
internal static class LatinLigatures
{
    private static readonly string[] Letters = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    public static string Expand(string text)
    {
        if (!text.Any(IsLigature)) return text;
        var expanded = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (IsLigature(c)) expanded.Append(Letters[c - '\uFB00']);
            else expanded.Append(c);
        }
        return expanded.ToString();
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';
}
