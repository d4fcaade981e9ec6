using System.Text.RegularExpressions;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// A count before its measure word (1批, 1家, 1次 in 绩效 targets) whose 1 chi_sim reads as a bracket or bar on 1-bit
/// scans (]批, ]北, |家): no Chinese cell starts with such a mark, so when the digit reader sees a 1 there, it is one.
/// </summary>
internal static partial class LeadingOne
{
    /// <summary>A short reading (≤ 4 characters, no spaces) that starts with a mark a 1 is misread as, then Chinese.</summary>
    public static bool MayBe(string compact) => MarkThenChinese().IsMatch(compact);

    /// <summary>The words with the first one's leading mark made a 1.</summary>
    public static IReadOnlyList<OcrWord> Repaired(IReadOnlyList<OcrWord> words)
    {
        var first = words[0].Text.TrimStart();
        return [words[0] with { Text = "1" + first[1..] }, .. words.Skip(1)];
    }

    [GeneratedRegex(@"^[\]|lI】\[][\u4e00-\u9fff]{1,3}$")]
    private static partial Regex MarkThenChinese();
}
