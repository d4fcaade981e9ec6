using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Cuts the ink of a page without ruled grids into chunks to read one by one: bands of text rows, each cut where a
/// blank run of columns is wider than half a text line, and each piece cut into its own rows again (recursive XY cut).
/// An unruled table's cells are such chunks — a wrapped name beside its vertically centred amounts, a code beside its
/// name — whereas Tesseract's page layout on a scanned unruled table joins the lines of neighbouring cells and the
/// words of neighbouring columns into one line (measured on gray scans of the seeds' unruled renderings, session 12:
/// 合计 read as the second column, 基本支出项目支出事 as one word, two rows' amounts as one line).
/// </summary>
internal static class InkChunks
{
    /// <summary>A row (column) holds ink when it has at least this many ink pixels: a surviving speck is not a line.</summary>
    private const int MinInk = 2;

    /// <summary>Blank rows bridged inside one line (the gap between the strokes of 二 or 三 in a large title).</summary>
    private const int MaxRowGap = 3;

    /// <summary>Blank columns wider than this share of the page's text-line height cut a band (a column gap); narrower
    /// ones are spaces inside a text (3, 582. 93; 2024 年).</summary>
    internal const double ColumnGap = 0.5;

    /// <summary>Text-line height at 300 dpi when the page shows no line to measure (about 10 pt).</summary>
    private const int DefaultLineHeight = 36;

    /// <summary>The chunks of <paramref name="ink"/> (true = ink, row-major, <paramref name="width"/> wide), as boxes with
    /// the index of the page-wide band of rows each lies in.</summary>
    public static List<(PixelBox Box, int Band)> Find(bool[] ink, int width, int height)
    {
        var chunks = new List<(PixelBox, int)>();
        var whole = new PixelBox(0, 0, width, height);
        var lineHeight = LineHeight(ink, width, whole);
        var gap = Math.Max(6, (int)Math.Round(ColumnGap * lineHeight));
        Cut(ink, width, whole, gap, lineHeight, 0, chunks);
        return chunks;
    }

    /// <summary>Runs of rows that together stand no taller than this share of a text line are pieces of one line: the
    /// strokes of 二 and 三 or the 一 and 、 of an ordinal 一、 read in a piece of their own, whose blank rows no other
    /// character of the line fills (cut apart, 三、 was read as 一一, 一 and ae).</summary>
    internal const double OneLineRatio = 1.1;

    /// <summary><paramref name="rows"/> with runs that fit in one text line together joined.</summary>
    private static List<(int Start, int End)> WholeLines(List<(int Start, int End)> rows, int lineHeight)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var row in rows)
        {
            if (joined.Count > 0 && row.End - joined[^1].Start <= OneLineRatio * lineHeight) joined[^1] = (joined[^1].Start, row.End);
            else joined.Add(row);
        }
        return joined;
    }

    /// <summary>
    /// The height of a single text line: the lower quartile of the heights of the page's row bands of 20–160 px at least
    /// twice as wide as high (most bands of a page are single lines — titles, paragraph lines, one-line rows; wrapped
    /// cells make some taller).
    /// </summary>
    internal static int LineHeight(bool[] ink, int width, PixelBox box)
    {
        var heights = new List<int>();
        foreach (var (top, bottom) in Runs(RowProfile(ink, width, box), MaxRowGap))
        {
            if (bottom - top is < 20 or > 160) continue;
            // A line of text is at least two characters wide; a mark in the margin (a binding hole's shadow) is not one.
            var columns = ColumnProfile(ink, width, new PixelBox(box.X0, box.Y0 + top, box.X1, box.Y0 + bottom));
            if (Array.FindLastIndex(columns, c => c > 0) - Array.FindIndex(columns, c => c > 0) >= 2 * (bottom - top)) heights.Add(bottom - top);
        }
        heights.Sort();
        return heights.Count == 0 ? DefaultLineHeight : heights[heights.Count / 4];
    }

    private static void Cut(bool[] ink, int width, PixelBox box, int gap, int lineHeight, int depth, List<(PixelBox, int)> chunks,
        int parentBand = -1)
    {
        var rows = WholeLines(Runs(RowProfile(ink, width, box), MaxRowGap), lineHeight);
        for (var r = 0; r < rows.Count; r++)
        {
            var (top, bottom) = rows[r];
            var index = depth == 0 ? r : parentBand;
            var band = new PixelBox(box.X0, box.Y0 + top, box.X1, box.Y0 + bottom);
            var columns = Runs(ColumnProfile(ink, width, band), gap - 1);
            foreach (var (left, right) in columns)
            {
                var piece = new PixelBox(band.X0 + left, band.Y0, band.X0 + right, band.Y1);
                // A piece narrower than its band may hold rows of its own (a wrapped name beside centred amounts).
                if (depth < 4 && (columns.Count > 1 || rows.Count > 1) && WholeLines(Runs(RowProfile(ink, width, piece), MaxRowGap), lineHeight).Count > 1)
                    Cut(ink, width, piece, gap, lineHeight, depth + 1, chunks, index);
                else chunks.Add((Trimmed(ink, width, piece), index));
            }
        }
    }

    private static PixelBox Trimmed(bool[] ink, int width, PixelBox box)
    {
        var rows = RowProfile(ink, width, box);
        var top = Array.FindIndex(rows, c => c > 0);
        var bottom = Array.FindLastIndex(rows, c => c > 0) + 1;
        return top < 0 ? box : new PixelBox(box.X0, box.Y0 + top, box.X1, box.Y0 + bottom);
    }

    private static int[] RowProfile(bool[] ink, int width, PixelBox box)
    {
        var profile = new int[box.Y1 - box.Y0];
        for (var y = box.Y0; y < box.Y1; y++)
        {
            var row = y * width;
            var count = 0;
            for (var x = box.X0; x < box.X1; x++)
                if (ink[row + x]) count++;
            profile[y - box.Y0] = count;
        }
        return profile;
    }

    private static int[] ColumnProfile(bool[] ink, int width, PixelBox box)
    {
        var profile = new int[box.X1 - box.X0];
        for (var y = box.Y0; y < box.Y1; y++)
        {
            var row = y * width;
            for (var x = box.X0; x < box.X1; x++)
                if (ink[row + x]) profile[x - box.X0]++;
        }
        return profile;
    }

    /// <summary>Runs of entries with ink (≥ <see cref="MinInk"/>, or any ink in a run already started), blank gaps of up
    /// to <paramref name="bridge"/> entries joined; [start, end).</summary>
    private static List<(int Start, int End)> Runs(int[] profile, int bridge)
    {
        var runs = new List<(int, int)>();
        int? start = null;
        var last = -1;
        for (var i = 0; i < profile.Length; i++)
        {
            if (profile[i] < (start is null ? MinInk : 1)) continue;
            if (start is { } s && i - last - 1 > bridge)
            {
                runs.Add((s, last + 1));
                start = null;
                if (profile[i] < MinInk) continue;
            }
            start ??= i;
            last = i;
        }
        if (start is { } open) runs.Add((open, last + 1));
        return runs;
    }
}
