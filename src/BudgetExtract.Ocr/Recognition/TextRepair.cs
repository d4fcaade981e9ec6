using System.Text;
using System.Text.RegularExpressions;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>Corrections of OCR text that Chinese typography decides, never of Chinese characters or digits themselves.</summary>
public static partial class TextRepair
{
    /// <summary>Separates words while they are repaired as one text (a colon read as its own word still sees its neighbours).</summary>
    private const char WordBreak = '\u0001';

    /// <summary>The words of one reading (a cell, or a word of a page), repaired with each other as context; same count and order.</summary>
    public static IReadOnlyList<string> Repair(IReadOnlyList<string> words)
    {
        var joined = string.Join(WordBreak, words);
        var repaired = Dashes(ItemNumber(FullWidthPunctuation(joined)));
        var parts = repaired.Split(WordBreak);
        return parts.Length == words.Count ? parts : words;
    }

    /// <summary>
    /// Punctuation between Chinese characters is full-width (GB/T 15834); Tesseract often returns the ASCII look-alike
    /// (部门名称: → 部门名称：). A colon, semicolon or comma after a Chinese character becomes full-width; digits'
    /// separators stay. Parentheses are printed both ways (因公出国(境)费 and 专项资金（经费）), so only a full-width
    /// one Tesseract betrays by reading it as 〈 is repaired, with its closing partner: 〈经费) → （经费）.
    /// </summary>
    public static string FullWidthPunctuation(string text)
    {
        var s = new StringBuilder(text.Length);
        var fullWidthOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = Neighbour(text, i, -1);
            var after = Neighbour(text, i, +1);
            var repaired = c switch
            {
                ':' when Han.IsIdeograph(before) => '：',
                ';' when Han.IsIdeograph(before) => '；',
                ',' when Han.IsIdeograph(before) => '，',
                '〈' when Han.IsIdeograph(after) => '（',
                ')' or '〉' when fullWidthOpen => '）',
                _ => c,
            };
            if (repaired == '（') fullWidthOpen = true;
            else if (repaired is '）' or ')') fullWidthOpen = false;
            s.Append(repaired);
        }
        return s.ToString();
    }

    /// <summary>
    /// An item number at the start of a cell, "1." before Chinese text, whose small dot OCR reads as a comma
    /// (1，事业收入 → 1.事业收入): Chinese writing never puts a comma right after a leading item number.
    /// </summary>
    public static string ItemNumber(string text) =>
        // Word breaks inside the match are kept, so the words stay as many as they were.
        ItemNumberPattern().Replace(text, m => m.Groups[1].Value + "." + new string(WordBreak, m.Value.Count(c => c == WordBreak)));

    /// <summary>
    /// A dash between Chinese words (专项资金——战略新兴领域), which chi_sim reads as 一一: the same stroke to it. Two or more
    /// 一 in a row between Chinese characters are dashes — in budget texts 一一 is practically never a word (一一对应
    /// aside, not a budget phrase); a single 一 (一般, 第一) is left alone. One — per 一, so the glyphs stay as many.
    /// </summary>
    public static string Dashes(string text) =>
        DashPattern().Replace(text, m => m.Value.Replace('一', '—'));

    private static char Neighbour(string text, int i, int step)
    {
        for (var k = i + step; k >= 0 && k < text.Length; k += step)
            if (!char.IsWhiteSpace(text[k]) && text[k] != WordBreak) return text[k];
        return ' ';
    }


    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF-[一]][\s\u0001]*)一(?:[\s\u0001]*一)+(?=[\s\u0001]*[\u4E00-\u9FFF-[一]])")]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"^(\d{1,2})[\s\u0001]*[.．]?[\s\u0001]*[，,][\s\u0001]*(?=[\u4E00-\u9FFF])")]
    private static partial Regex ItemNumberPattern();
}
