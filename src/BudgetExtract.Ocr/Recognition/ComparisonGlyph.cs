using System.Text.RegularExpressions;
using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Targets in 绩效 tables begin with ≥ or ≤ (≤369万元, ≥30次), which chi_sim reads as Chinese characters
/// (委369万元, 过30次, 么2100万元, 和110万元) and cannot tell apart. The ink of the cell's first glyph decides: a
/// chevron — one thin stroke per row, its middle rows farther right than its ends (&gt;) or farther left (&lt;) —
/// over a horizontal bar. A Chinese character has several strokes in a row and fails the test, so its reading stands.
/// </summary>
internal static partial class ComparisonGlyph
{
    /// <summary>Ink is a pixel darker than this.</summary>
    private const byte InkBelow = 128;

    /// <summary>
    /// A reading whose first character, read as something else, may be a comparison sign: one character before
    /// a number and at most a short unit (委369万元, 过30次), not a number alone (those have their own re-read).
    /// </summary>
    public static bool MayStartWithSign(string text) => SignedTarget().IsMatch(text);

    /// <summary>
    /// A count with a short unit and nothing before it (1次, 10000家次): chi_sim may have dropped a sign before it (≥1次
    /// read 1次, its word box still covering the sign), which the first glyph's ink then shows.
    /// </summary>
    public static bool MayHaveDroppedSign(string text) => CountWithUnit().IsMatch(text);

    /// <summary>'≥', '≤', or null when the first glyph (from <paramref name="x0"/> in the rows y0..y1) is neither.</summary>
    public static char? Classify(GrayImage image, int x0, int y0, int x1, int y1) => Find(image, x0, y0, x1, y1)?.Sign;

    /// <summary>
    /// '≥' or '≤' and the column after the glyph, or null when the first glyph (from <paramref name="x0"/> in the rows
    /// y0..y1) is neither: for the page's pixels, where the sign's strokes are whole though 1-bit thresholding left
    /// them as pieces smaller than a speck, which the cleaning of a cell's ink erases.
    /// </summary>
    public static (char Sign, int End)? Find(GrayImage image, int x0, int y0, int x1, int y1) => Chevron(image, x0, y0, x1, y1, barRequired: true);

    /// <summary>
    /// A short reading that may begin with a ≥ / ≤ read as something else (所|万元, 他]家, 之904u where ≤1万元, ≥1家,
    /// ≥90% are printed): neither a digit nor a sign first, no longer than a bound with its unit, not all Chinese.
    /// </summary>
    public static bool MayBeBound(string compact) =>
        compact.Length is >= 2 and <= MaxBoundLength && !char.IsAsciiDigit(compact[0]) && "≥≤<>=＜＞+-−.,%".IndexOf(compact[0]) < 0
        && !compact.All(Han.IsIdeograph);

    /// <summary>A bound with its unit is short: ≤1.5万元, ≥10000家次.</summary>
    private const int MaxBoundLength = 9;

    /// <summary>What is read after a sign found in the ink: a count with a short unit (1万元, 3家, 1.5万元).</summary>
    public static bool IsCountWithUnit(string compact) => CountWithUnit().IsMatch(compact);

    /// <summary>
    /// The sign a text reader read before a number, checked against the first glyph's ink (null when the ink says
    /// otherwise). chi_sim reads =, &gt; and &lt; right before digits where the digit readers, which have no such
    /// characters, make them - or 2 or drop them (=100% came out -100%, &gt;85% came out 85%); but a minus sign must
    /// never become =, so = needs two stacked bars, and &gt; / &lt; a chevron (with a bar under it: ≥ / ≤). ≥ and ≤ read
    /// as such or as 之 / 过 are kept as read (checked by the readings of the bound, as before).
    /// </summary>
    public static char? Confirm(char sign, GrayImage image, int x0, int y0, int x1, int y1) => sign switch
    {
        '=' => IsEquals(image, x0, y0, x1, y1) ? '=' : null,
        // A minus before a number read where = is printed (=100% read -100% by chi_sim and the digit readers alike
        // on 1-bit scans, whose thresholding breaks the upper bar): only two stacked bars make it =; else no sign.
        '-' => IsEquals(image, x0, y0, x1, y1) ? '=' : null,
        '>' or '<' => Chevron(image, x0, y0, x1, y1, barRequired: true)?.Sign ?? Chevron(image, x0, y0, x1, y1, barRequired: false)?.Sign switch
        {
            '≥' => '>',
            '≤' => '<',
            _ => null,
        },
        _ => sign,
    };

    /// <summary>The columns of the first glyph from x0: the first run of columns with ink, up to a blank column or x1.</summary>
    private static (int Start, int End)? FirstGlyph(GrayImage image, int x0, int y0, int x1, int y1)
    {
        var start = -1;
        for (var x = x0; x < x1; x++)
        {
            var ink = false;
            for (var y = y0; y < y1 && !ink; y++) ink = image[x, y] < InkBelow;
            if (ink && start < 0) start = x;
            if (!ink && start >= 0) return (start, x);
        }
        // The sign read as a word of its own: its box ends with its ink.
        return start < 0 ? null : (start, x1);
    }

    /// <summary>
    /// Two horizontal bars one over the other with blank rows between, each thin and covering most of the glyph's
    /// width (its rows taken together: 1-bit noise breaks a bar into pieces): =. A minus is one bar; a digit has ink
    /// all the way from its top to its bottom.
    /// </summary>
    private static bool IsEquals(GrayImage image, int x0, int y0, int x1, int y1)
    {
        (x0, y0, x1, y1) = (Math.Max(0, x0), Math.Max(0, y0), Math.Min(image.Width, x1), Math.Min(image.Height, y1));
        if (FirstGlyph(image, x0, y0, x1, y1) is not { } glyph) return false;
        var (start, end) = glyph;
        var width = end - start;
        if (width < 6) return false;
        var bars = new List<(int Top, int Bottom, bool[] Columns)>();
        for (var y = y0; y < y1; y++)
        {
            var columns = new bool[width];
            var any = false;
            for (var x = start; x < end; x++)
                any |= columns[x - start] = image[x, y] < InkBelow;
            if (!any) continue;
            if (bars.Count > 0 && bars[^1].Bottom == y - 1)
            {
                var bar = bars[^1];
                for (var i = 0; i < width; i++) bar.Columns[i] |= columns[i];
                bars[^1] = (bar.Top, y, bar.Columns);
            }
            else bars.Add((y, y, columns));
        }
        // Each bar spans most of the glyph's width; 1-bit noise may break it into pieces with gaps between
        // (22–24 and 28–35 over the 18 columns of the lower bar), so half of the columns inked is enough.
        return bars.Count == 2 && bars.All(b =>
            b.Bottom - b.Top + 1 <= Math.Max(3, 0.4 * width) && b.Columns.Count(c => c) >= 0.5 * width
            && Array.LastIndexOf(b.Columns, true) - Array.IndexOf(b.Columns, true) + 1 >= 0.7 * width);
    }

    private static (char Sign, int End)? Chevron(GrayImage image, int x0, int y0, int x1, int y1, bool barRequired)
    {
        (x0, y0, x1, y1) = (Math.Max(0, x0), Math.Max(0, y0), Math.Min(image.Width, x1), Math.Min(image.Height, y1));
        if (FirstGlyph(image, x0, y0, x1, y1) is not { } glyph) return null;
        var (start, end) = glyph;
        var rows = new List<(int Y, int Runs, int Ink, double Centre)>();
        for (var y = y0; y < y1; y++)
        {
            int runs = 0, ink = 0;
            double sum = 0;
            var inRun = false;
            for (var x = start; x < end; x++)
            {
                var dark = image[x, y] < InkBelow;
                if (dark)
                {
                    ink++;
                    sum += x;
                    if (!inRun) runs++;
                }
                inRun = dark;
            }
            if (ink > 0) rows.Add((y, runs, ink, sum / ink));
        }
        var width = end - start;
        if (rows.Count < 8 || width < 4) return null;
        var height = rows[^1].Y - rows[0].Y + 1;
        if (width < 0.4 * height || width > 1.5 * height) return null;

        // The upper arm: one thin stroke per row, running from one side at the top to the other at the apex.
        var apexRow = rows[0].Y + 0.45 * height;
        var upper = rows.Where(r => r.Y <= apexRow).ToList();
        if (upper.Count < 4 || upper.Count(r => r.Runs == 1 && r.Ink <= ThinShare * width) < 0.8 * upper.Count) return null;
        var head = upper.Take(2).Average(r => r.Centre);
        var apex = upper.Skip(upper.Count - 2).Average(r => r.Centre);
        // The lower part: the lower arm back to the first side, with the bar under or along it (≥ ⩾).
        var lower = rows.Where(r => r.Y > apexRow).ToList();
        if (lower.Count < 3) return null;
        var bar = lower.Any(r => r.Runs >= 2 || r.Ink >= 0.6 * width);
        if (bar != barRequired) return null;
        var foot = lower.Skip(lower.Count / 2).Average(r => r.Centre);
        var swing = SwingShare * width;
        if (apex - head > swing && apex - foot > 0.5 * swing) return ('≥', end);
        if (head - apex > swing && foot - apex > 0.5 * swing) return ('≤', end);
        return null;
    }

    /// <summary>A stroke of the sign covers at most this share of its width in one row.</summary>
    private const double ThinShare = 0.45;

    /// <summary>The upper arm crosses at least this share of the sign's width.</summary>
    private const double SwingShare = 0.35;

    [GeneratedRegex(@"^[^\d\s≥≤<>=＜＞+\-−.,%]\d[\d,.]*%?[\u4e00-\u9fff]{0,3}$")]
    private static partial Regex SignedTarget();

    [GeneratedRegex(@"^\d[\d,.]*%?[\u4e00-\u9fff]{1,3}$")]
    private static partial Regex CountWithUnit();
}
