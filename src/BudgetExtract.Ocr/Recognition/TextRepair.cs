using System.Text;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>Corrections of OCR text that Chinese typography decides, never of characters themselves.</summary>
public static class TextRepair
{
    /// <summary>
    /// Punctuation between Chinese characters is full-width (GB/T 15834); Tesseract often returns the ASCII look-alike
    /// (部门名称: → 部门名称：, (经费) → （经费）). A colon, semicolon or comma after a Chinese character, an opening
    /// parenthesis before one and a closing parenthesis after one become full-width; digits' separators stay.
    /// </summary>
    public static string FullWidthPunctuation(string text)
    {
        var s = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = PreviousNonSpace(text, i);
            var after = NextNonSpace(text, i);
            s.Append(c switch
            {
                ':' when IsChinese(before) => '：',
                ';' when IsChinese(before) => '；',
                ',' when IsChinese(before) => '，',
                '(' or '〈' when IsChinese(after) => '（',
                ')' or '〉' when IsChinese(before) => '）',
                _ => c,
            });
        }
        return s.ToString();
    }

    private static char PreviousNonSpace(string text, int i)
    {
        for (var k = i - 1; k >= 0; k--) if (!char.IsWhiteSpace(text[k])) return text[k];
        return ' ';
    }

    private static char NextNonSpace(string text, int i)
    {
        for (var k = i + 1; k < text.Length; k++) if (!char.IsWhiteSpace(text[k])) return text[k];
        return ' ';
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
