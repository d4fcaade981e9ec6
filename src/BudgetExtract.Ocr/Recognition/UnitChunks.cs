using System.Text.RegularExpressions;
using BudgetExtract.Ocr.Imaging;
using static BudgetExtract.Ocr.Recognition.OcrText;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// A bracketed unit read as a chunk of its own on a page read chunk by chunk: 预算金额（万元） is printed with a full-width
/// （ whose ink sits at the right of its em, OCR reads it as an ASCII ( without that blank, and the blank before it is as
/// wide as a column gap — so (万元) stood as a column of its own and every amount below sat one column right of its
/// heading (g12dev g7, session 12). Such a chunk belongs to the Chinese text it follows on the same line.
/// </summary>
internal static partial class UnitChunks
{
    /// <summary>The blank between a heading and its unit, in lines of the unit's height: a full-width （ holds half an em
    /// of blank, and a column gap is at least half a line (<see cref="InkChunks.ColumnGap"/>), so a unit that far off
    /// was cut; a unit further than a line away is another column's.</summary>
    private const double MaxGap = 1.0;

    /// <summary>A chunk starting this close to where chunks of other bands start (in lines of its height) starts at a
    /// column's left edge.</summary>
    private const double AlignTolerance = 0.25;

    /// <summary>Chunks of this many other bands starting where a chunk starts make that a column's edge.</summary>
    private const int MinAlignedBands = 2;

    /// <summary>
    /// Whether a one-line chunk is text cut off the text before it by the blank of its opening bracket: a bracketed
    /// unit always; another text starting with a bracket and a Chinese character ((非 of a wrapped 信息化新建项目（非 /
    /// 政府投资项目）) unless chunks of other bands start where it starts — then it is a column of its own.
    /// </summary>
    /// <param name="starts">The left edges of the chunks of each other band of the page.</param>
    public static bool Joins(string text, PixelBox box, IReadOnlyList<OcrWord> words, IReadOnlyList<IReadOnlyList<int>> starts)
    {
        if (words.Count == 0 || words.Any(w => w.Line != words[0].Line)) return false;
        if (IsUnit(text)) return true;
        var compact = Compact(text);
        if (compact.Length < 2 || compact[0] is not ('(' or '（') || !Han.IsIdeograph(compact[1])) return false;
        var tolerance = AlignTolerance * (box.Y1 - box.Y0);
        return starts.Count(band => band.Any(x => Math.Abs(x - box.X0) <= tolerance)) < MinAlignedBands;
    }

    /// <summary>A unit in brackets and nothing else: (万元), （元）, (%).</summary>
    public static bool IsUnit(string text) => Unit().IsMatch(Compact(text));

    /// <summary>
    /// The index among <paramref name="chunks"/> of the chunk the unit chunk <paramref name="unit"/> belongs to: one whose
    /// text line at the unit's height ends with a Chinese character at most <see cref="MaxGap"/> lines left of the unit;
    /// null when there is none.
    /// </summary>
    public static int? Host(IReadOnlyList<(string Text, PixelBox Box, IReadOnlyList<OcrWord> Words)> chunks, int unit)
    {
        var (_, box, _) = chunks[unit];
        var height = box.Y1 - box.Y0;
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i == unit || LineBeside(chunks[i].Words, box) is not { Count: > 0 } line) continue;
            var last = line[^1];
            var gap = box.X0 - last.Box.X1;
            if (gap >= 0 && gap <= MaxGap * height && Compact(last.Text) is { Length: > 0 } text && Han.IsIdeograph(text[^1]))
                return i;
        }
        return null;
    }

    /// <summary>The joined chunk's words put on the host's line, their brackets full-width as printed after Chinese text.</summary>
    public static IReadOnlyList<OcrWord> Joined(IReadOnlyList<OcrWord> host, IReadOnlyList<OcrWord> unit, PixelBox unitBox)
    {
        var line = LineBeside(host, unitBox)![0].Line;
        var moved = unit.Select(w => w with { Line = line, Text = FullWidth(w.Text) });
        return [.. host, .. moved];
    }

    /// <summary>The text with full-width brackets, as printed after Chinese text: (万元) → （万元）, (非 → （非.</summary>
    public static string FullWidth(string text) => text.Replace('(', '（').Replace(')', '）');

    /// <summary>The words of the text line of <paramref name="words"/> that shares most of its height with
    /// <paramref name="box"/>, left to right; null when none does.</summary>
    private static List<OcrWord>? LineBeside(IReadOnlyList<OcrWord> words, PixelBox box)
    {
        foreach (var line in words.GroupBy(w => w.Line))
        {
            var overlap = Math.Min(line.Key.Y1, box.Y1) - Math.Max(line.Key.Y0, box.Y0);
            if (2 * overlap >= Math.Min(line.Key.Y1 - line.Key.Y0, box.Y1 - box.Y0))
                return [.. line.OrderBy(w => w.Box.X0)];
        }
        return null;
    }

    [GeneratedRegex(@"^[(（]([\u4e00-\u9fff]{1,3}|%)[)）]$")]
    private static partial Regex Unit();
}
