using System.Collections.Frozen;

namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>
/// Characters a black-and-white scan turns into others by losing thin strokes. Thresholding a noisy page at
/// about 200 dpi erases the hairline horizontal strokes of the Song face outright (the pixels are gone, no filter
/// brings them back — docs/ocr.md, "Black-and-white round 2"), and chi_sim then reads, correctly, the character
/// the remaining strokes make: 目 without an inner stroke is 日 (项日, 日标), 工 without its top stroke 上 (上作),
/// 计 with its cross bar broken 让 (让划), 设 without the bar of 讠 没. Each pair is read → printed; the printed
/// character has the read one's strokes and more. Found by diffing the committed and development 1-bit scans
/// against their expected cells (日 … 天 on the first five, 尼 … 吕 on three more); only pairs a lost or broken stroke
/// explains are listed (入 for 人 or 二 for 考 are not), and only while the real-text check of <see cref="StrokeContext"/>
/// stays clean.
/// </summary>
internal static class StrokeLoss
{
    /// <summary>Read character → the character printed when thin strokes were lost.</summary>
    public static FrozenDictionary<char, char> Pairs { get; } = new Dictionary<char, char>
    {
        ['日'] = '目', // an inner horizontal lost
        ['口'] = '目', // both inner horizontals lost
        ['旦'] = '目', // an inner horizontal lost, the bottom read as a separate stroke
        ['几'] = '月', // the inner horizontals of 月 lost
        ['上'] = '工', // the top stroke lost (工 drawn with a short top bar)
        ['丁'] = '工', // the bottom stroke lost
        ['让'] = '计', // the cross bar of 十 broken off
        ['没'] = '设', // the bar of 讠 lost, leaving dots like 氵
        ['华'] = '年', // the horizontals of 年 broken
        ['宜'] = '宣', // the top bar of 亘 lost
        ['万'] = '专', // the top bar of 专 lost
        ['下'] = '干', // the middle bar of 干 lost
        ['大'] = '天', // the top bar of 天 lost
        ['尼'] = '尾', // the bars of 毛 lost, leaving 匕
        ['半'] = '平', // the top bar of 平 lost
        ['女'] = '专', // the bars of 专 lost, leaving its zigzag and dot
        ['其'] = '量', // 量's bars broken (数量 read 数其)
        ['最'] = '量', // 量's lower bars broken (数量 read 数最)
        ['久'] = '及', // a stroke of 及 lost
        ['尔'] = '东', // the top bar of 东 lost
        ['吕'] = '昌', // the inner bars of both 日 lost
        ['文'] = '支', // the bar of 支's 十 lost (支出 read 文出: earlier rounds, and the title of development scan e4)
    }.ToFrozenDictionary();

    /// <summary>Every character of a pair, read or printed: the bigram counts kept for the context check.</summary>
    public static IEnumerable<char> Characters => Pairs.Keys.Concat(Pairs.Values).Distinct();
}
