using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using BudgetExtract.Geometry;
using BudgetExtract.Layout.Text;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Furniture;

/// <summary>
/// Furniture is (a) page numbers ("- 3 -", "第 3 页", "3/10") in the top or bottom margin, and
/// (b) text repeated at about the same place in the margins of many pages once digits are ignored
/// (signature stamps with timestamps, running titles). A line inside a ruled grid is never furniture,
/// so repeated table headers stay for the table stage.
/// </summary>
public sealed partial class RepeatedMarginTextDetector(FurnitureOptions? options = null) : IFurnitureDetector
{
    private readonly FurnitureOptions _options = options ?? new FurnitureOptions();

    public ImmutableArray<ImmutableHashSet<int>> Detect(IReadOnlyList<(PageContent Page, ImmutableArray<TextLine> Lines)> pages)
    {
        var candidates = new List<MarginLine>();
        var result = new HashSet<int>[pages.Count];
        var bodySize = BodyFontSize(pages);
        for (var p = 0; p < pages.Count; p++)
        {
            result[p] = [];
            var (page, lines) = pages[p];
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (!InMargin(page, line) || InsideRuledArea(page, line)) continue;
                var text = line.Text;
                if (IsPageNumber(text))
                {
                    // A lone number printed right against other text is a table cell's wrapped last line, never furniture.
                    if (!Crowded(lines, i)) result[p].Add(i);
                    continue;
                }
                var readByOcr = IsOcr(line);
                var corner = Math.Abs(line.Box.CenterX - page.Width / 2) > CornerShare * page.Width;
                // Titles repeated over per-project forms sit in the top margin too, but are printed larger than the body.
                // Not an OCR'd line in a corner: its size is its word boxes' height, which a speck or the stamp's next
                // line touching a character makes half as large again (a 1-bit stamp read 16.6 pt on one page, 12.1 on the next).
                if (line.FontSize > _options.MaxSizeOverBody * bodySize && !(readByOcr && corner)) continue;
                candidates.Add(new MarginLine(p, i, Normalize(text), line.Box.CenterY / page.Height, (page.Height - line.Box.CenterY) / page.Height, readByOcr,
                    corner, line.Box.CenterX / page.Width, line.Box.Width / page.Width));
            }
        }

        var neededPages = Math.Max(_options.MinRepeatPages, (int)Math.Ceiling(_options.RepeatShare * pages.Count));
        foreach (var group in candidates.Where(c => c.Key.Length > 0).GroupBy(c => c.Key))
        {
            var items = group.ToList();
            foreach (var item in items)
            {
                var samePlacePages = items
                    .Where(o => o.SameHeight(item, _options.PositionTolerance))
                    .Select(o => o.Page).Distinct().Count();
                if (samePlacePages >= neededPages) result[item.Page].Add(item.Line);
            }
        }
        // OCR reads the same stamp a little differently on every page (深圳市财政局 → 次圳市财政局, 22:05:51 →
        // 2212251): on OCR'd pages, margin lines also repeat when their texts are nearly the same.
        // A scan of two pages cut from a document shows its stamp twice only: a long line in a corner of both is enough.
        var ocr = candidates.Where(c => c.Ocr && c.Key.Length >= MinFuzzyLength).ToList();
        foreach (var item in ocr)
        {
            if (result[item.Page].Contains(item.Line)) continue;
            var needed = pages.Count == 2 && item.Corner ? 2 : neededPages;
            var samePlacePages = ocr
                .Where(o => o.SameHeight(item, _options.PositionTolerance)
                            && (Similarity(o.Key, item.Key) >= MinOcrSimilarity || SameStampGarbled(o, item)))
                .Select(o => o.Page).Distinct().Count();
            if (samePlacePages >= needed) result[item.Page].Add(item.Line);
        }
        for (var p = 0; p < pages.Count; p++) KeepAttached(pages[p].Lines, result[p]);
        return [.. result.Select(r => r.ToImmutableHashSet())];
    }

    /// <summary>
    /// A repeated margin line printed right against text that is no furniture (lined up with it, less than half a line
    /// above or below) goes with that text, and so does a margin line on the row of one so kept: a table's
    /// header row repeated atop every page, its first cell a character per line in a narrow column, reaches past the
    /// margin (部 / 门 / 名 in it, 称 below; 东湖区发展和改革委员会 beside 部), and had lost all but its last character.
    /// </summary>
    private static void KeepAttached(ImmutableArray<TextLine> lines, HashSet<int> furniture)
    {
        if (furniture.Count == 0) return;
        var kept = new HashSet<int>();
        bool changed;
        do
        {
            changed = false;
            foreach (var i in furniture.ToList())
            {
                var held = Enumerable.Range(0, lines.Length).Any(j => j != i && !furniture.Contains(j)
                    && (Against(lines[i], lines[j]) || (kept.Contains(j) && SameRow(lines[i].Box, lines[j].Box))));
                if (!held) continue;
                furniture.Remove(i);
                kept.Add(i);
                changed = true;
            }
        } while (changed);
    }

    /// <summary>
    /// Less than half a line above or below and lined up with it (the same start or middle): a wrapped cell's lines. A
    /// repeated first row centred over the table (Chromium repeats a th row atop every page) stands right above the next
    /// row too, but lines up with none of its cells, and stays furniture. (Not the same end: such a title ended where the
    /// justified paragraph under it ended, 384 against 385.8 pt.)
    /// </summary>
    private static bool Against(TextLine a, TextLine b)
    {
        var reach = Math.Min(a.FontSize, b.FontSize);
        var vertical = Math.Max(b.Box.Y0 - a.Box.Y1, a.Box.Y0 - b.Box.Y1);
        if (vertical >= 0.5 * reach) return false;
        return Math.Abs(a.Box.X0 - b.Box.X0) < EdgeAlignment * reach || Math.Abs(a.Box.CenterX - b.Box.CenterX) < CentreAlignment * reach;
    }

    /// <summary>Ems within which a wrapped cell's lines start where the line before does (a full-width bracket shifts them).</summary>
    private const double EdgeAlignment = 0.3;

    /// <summary>Ems within which a centred cell's lines share their middle (an odd character more on one line shifts it half an em).</summary>
    private const double CentreAlignment = 0.6;

    private static bool SameRow(Box a, Box b) =>
        Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0) >= 0.5 * Math.Min(a.Height, b.Height);

    /// <summary>The median font size of the document's lines (0 when there is no text).</summary>
    private static double BodyFontSize(IReadOnlyList<(PageContent Page, ImmutableArray<TextLine> Lines)> pages)
    {
        var sizes = pages.SelectMany(p => p.Lines).Select(l => l.FontSize).Order().ToList();
        return sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
    }

    /// <summary>A line whose middle is this share of the page width off the page's middle sits in a corner (a stamp), not centred (a title).</summary>
    private const double CornerShare = 0.2;

    /// <summary>Shorter keys are too easily alike (表#收支总表 / 表#收入总表) to be matched approximately.</summary>
    private const int MinFuzzyLength = 8;

    /// <summary>1 − edit distance / longer length at which two OCR'd margin lines count as the same text.</summary>
    private const double MinOcrSimilarity = 0.6;

    /// <summary>
    /// A 1-bit scan garbles about half of a stamp's characters, differently on each page (识圳贞财政局审核专用 /
    /// 深圳和市财致局审核女诈, 0.45 alike): two lines in a corner at the same place across the page too (same middle, same
    /// width) are the same stamp when their characters other than digits are this alike.
    /// </summary>
    private const double MinGarbledStampSimilarity = 0.4;

    private bool SameStampGarbled(MarginLine a, MarginLine b)
    {
        if (!a.Corner || !b.Corner || Math.Abs(a.MidX - b.MidX) > _options.PositionTolerance || Math.Abs(a.Width - b.Width) > _options.PositionTolerance)
            return false;
        // Digits are masked as # in the keys, and masked amounts look alike: only the other characters count.
        var (x, y) = (a.Key.Replace("#", ""), b.Key.Replace("#", ""));
        return x.Length >= MinFuzzyLength && y.Length >= MinFuzzyLength && Similarity(x, y) >= MinGarbledStampSimilarity;
    }

    private static bool IsOcr(TextLine line) => line.Words.Length > 0 && line.Words.All(w => w.ReadByOcr);

    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return 1 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    private bool InMargin(PageContent page, TextLine line)
    {
        var margin = _options.MarginShare * page.Height;
        return line.Box.Y1 <= margin || line.Box.Y0 >= page.Height - margin;
    }

    /// <summary>True when rulings enclose the line on both sides vertically, i.e. it sits in a ruled table.</summary>
    private static bool InsideRuledArea(PageContent page, TextLine line)
    {
        // A header cell spanning two rows centres its text a row and a half from its borders.
        var reach = 4 * Math.Max(line.Box.Height, 10);
        var near = page.Rulings.Where(r => r.IsHorizontal && r.X1 > line.Box.X0 && r.X0 < line.Box.X1).ToList();
        var above = near.Where(r => r.Y0 <= line.Box.Y0 + 1 && line.Box.Y0 - r.Y0 < reach);
        var below = near.Where(r => r.Y0 >= line.Box.Y1 - 1 && r.Y0 - line.Box.Y1 < reach);
        return Covers(above, line.Box.X0 + 1, line.Box.X1 - 1) && Covers(below, line.Box.X0 + 1, line.Box.X1 - 1);
    }

    /// <summary>
    /// Rules at one height together reach across [x0, x1]: a grid draws a row's border one cell at a time, so a line
    /// of header texts spread over several cells (Region … Change % … Notes) lies under several pieces.
    /// </summary>
    private static bool Covers(IEnumerable<Ruling> rules, double x0, double x1)
    {
        foreach (var level in rules.GroupBy(r => Math.Round(r.Y0)))
        {
            var reached = x0;
            foreach (var r in level.OrderBy(r => r.X0))
            {
                if (r.X0 > reached + 1) break;
                reached = Math.Max(reached, r.X1);
            }
            if (reached >= x1) return true;
        }
        return false;
    }

    internal static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text.Trim());

    /// <summary>
    /// Text printed right against the line (less than half a line above or below, within a character's width
    /// beside it): a page number stands apart, while a digit there is a table cell's wrapped last line (a code
    /// 2150805 printed as 215080 / 5 in a narrow column near the top of a page with small margins).
    /// </summary>
    private static bool Crowded(ImmutableArray<TextLine> lines, int index)
    {
        var box = lines[index].Box;
        var reach = lines[index].FontSize;
        for (var j = 0; j < lines.Length; j++)
        {
            if (j == index) continue;
            var other = lines[j].Box;
            var vertical = Math.Max(other.Y0 - box.Y1, box.Y0 - other.Y1);
            var horizontal = Math.Max(other.X0 - box.X1, box.X0 - other.X1);
            if (vertical < 0.5 * reach && horizontal < reach) return true;
        }
        return false;
    }

    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(char.IsAsciiDigit(c) ? '#' : c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();

    /// <summary>A margin line that may be furniture: where it sits on its page, as shares of the page's size.</summary>
    private readonly record struct MarginLine(int Page, int Line, string Key, double FromTop, double FromBottom, bool Ocr, bool Corner,
        double MidX, double Width)
    {
        /// <summary>At the same height on its page, measured from the top or from the bottom.</summary>
        public bool SameHeight(MarginLine other, double tolerance) =>
            Math.Abs(FromTop - other.FromTop) <= tolerance || Math.Abs(FromBottom - other.FromBottom) <= tolerance;
    }
}
