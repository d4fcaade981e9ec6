namespace BudgetExtract.Ocr.Imaging;

/// <summary>A horizontal or vertical ruling found in a raster, in pixels (inclusive ranges).</summary>
/// <param name="Horizontal">True for a horizontal line: <c>Position</c> is its y, <c>From..To</c> its x extent.</param>
public readonly record struct PixelLine(bool Horizontal, double Position, int From, int To, int Thickness)
{
    public int Length => To - From + 1;
}

/// <summary>Options of the raster line finder (pixels at the rendering resolution).</summary>
public sealed record LineFinderOptions
{
    /// <summary>Shortest horizontal line. Default: 90 px (0.3 inch at 300 dpi), longer than a CJK stroke.</summary>
    public int MinHorizontalLength { get; init; } = 90;

    /// <summary>Shortest vertical line; must also meet a horizontal one. Default: 45 px.</summary>
    public int MinVerticalLength { get; init; } = 45;

    /// <summary>Ink gaps up to this long inside one run are bridged (scanner dropouts, noise). Default: 4 px.</summary>
    public int MaxGap { get; init; } = 4;

    /// <summary>Thicker runs are filled areas or bold text, not rulings. Default: 14 px.</summary>
    public int MaxThickness { get; init; } = 14;

    /// <summary>Collinear pieces closer than this are one line. Default: 24 px.</summary>
    public int JoinGap { get; init; } = 24;
}

/// <summary>
/// Finds rulings in a binarized, deskewed page: long ink runs per row (per column), stacked over adjacent
/// rows into thin segments, collinear pieces joined; verticals are kept only where they meet a horizontal.
/// </summary>
public static class LineFinder
{
    public static IReadOnlyList<PixelLine> Find(BitImage bits, LineFinderOptions? options = null)
    {
        options ??= new LineFinderOptions();
        var horizontal = Join(Stack(Runs(bits, horizontal: true, options.MinHorizontalLength, options.MaxGap), options, horizontal: true), options.JoinGap);
        var vertical = Join(Stack(Runs(bits, horizontal: false, options.MinVerticalLength, options.MaxGap), options, horizontal: false), options.JoinGap);
        const int touch = 10;
        vertical = [.. vertical.Where(v => horizontal.Any(h =>
            v.Position >= h.From - touch && v.Position <= h.To + touch && h.Position >= v.From - touch && h.Position <= v.To + touch))];
        return [.. horizontal, .. vertical];
    }

    /// <summary>Long runs of ink along rows (or columns): (line index, from, to).</summary>
    private static List<(int Line, int From, int To)> Runs(BitImage bits, bool horizontal, int minLength, int maxGap)
    {
        var runs = new List<(int, int, int)>();
        var lines = horizontal ? bits.Height : bits.Width;
        var along = horizontal ? bits.Width : bits.Height;
        var ink = bits.Ink;
        var width = bits.Width;
        for (var line = 0; line < lines; line++)
        {
            var start = -1;
            var lastInk = -1;
            for (var i = 0; i <= along; i++)
            {
                var isInk = i < along && (horizontal ? ink[line * width + i] : ink[i * width + line]);
                if (isInk)
                {
                    if (start < 0) start = i;
                    lastInk = i;
                }
                else if (start >= 0 && (i - lastInk > maxGap || i == along))
                {
                    if (lastInk - start + 1 >= minLength) runs.Add((line, start, lastInk));
                    start = -1;
                }
            }
        }
        return runs;
    }

    /// <summary>Stacks runs of adjacent rows that overlap into one segment of some thickness.</summary>
    private static List<PixelLine> Stack(List<(int Line, int From, int To)> runs, LineFinderOptions options, bool horizontal)
    {
        var done = new List<PixelLine>();
        var active = new List<(int First, int Last, int From, int To, long Sum, int Count)>();
        foreach (var run in runs)
        {
            for (var i = active.Count - 1; i >= 0; i--)
                if (active[i].Last < run.Line - 2)
                {
                    Emit(active[i]);
                    active.RemoveAt(i);
                }
            var merged = false;
            for (var i = 0; i < active.Count; i++)
            {
                var a = active[i];
                var overlap = Math.Min(a.To, run.To) - Math.Max(a.From, run.From);
                if (a.Last < run.Line && overlap > 0.5 * Math.Min(a.To - a.From, run.To - run.From))
                {
                    active[i] = (a.First, run.Line, Math.Min(a.From, run.From), Math.Max(a.To, run.To), a.Sum + run.Line, a.Count + 1);
                    merged = true;
                    break;
                }
            }
            if (!merged) active.Add((run.Line, run.Line, run.From, run.To, run.Line, 1));
        }
        foreach (var a in active) Emit(a);
        return done;

        void Emit((int First, int Last, int From, int To, long Sum, int Count) a)
        {
            var thickness = a.Last - a.First + 1;
            if (thickness <= options.MaxThickness)
                done.Add(new PixelLine(horizontal, (double)a.Sum / a.Count, a.From, a.To, thickness));
        }
    }

    /// <summary>Joins collinear pieces separated by small gaps (a ruling broken by noise or a crossing).</summary>
    private static List<PixelLine> Join(List<PixelLine> lines, int joinGap)
    {
        var pending = lines.ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < pending.Count && !changed; i++)
            for (var j = i + 1; j < pending.Count; j++)
            {
                var (a, b) = (pending[i], pending[j]);
                if (Math.Abs(a.Position - b.Position) > 3 || b.From - a.To > joinGap || a.From - b.To > joinGap) continue;
                var length = a.Length + b.Length;
                pending[i] = a with
                {
                    Position = (a.Position * a.Length + b.Position * b.Length) / length,
                    From = Math.Min(a.From, b.From),
                    To = Math.Max(a.To, b.To),
                    Thickness = Math.Max(a.Thickness, b.Thickness),
                };
                pending.RemoveAt(j);
                changed = true;
                break;
            }
        }
        return pending;
    }
}
