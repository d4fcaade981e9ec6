using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>
/// Streams the output of <c>mutool trace</c> into <see cref="PageContent"/>s, one page at a time,
/// without holding the whole dump. Coordinates in the trace are already page points with a top-left
/// origin and the page's /Rotate applied.
/// </summary>
internal sealed class TraceParser(PdfReadOptions options)
{
    private enum TextMode { None, Visible, Invisible, Skip }

    private enum PathMode { None, Fill, Stroke, Clip, ClipStroke }

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _chars = [];

    /// <param name="reader">The trace text.</param>
    /// <param name="pageNumbers">The document page numbers in the order the trace lists pages.</param>
    /// <param name="rotations">/Rotate per page number (missing means 0).</param>
    public IEnumerable<PageContent> Parse(TextReader reader, IReadOnlyList<int> pageNumbers, IReadOnlyDictionary<int, int> rotations)
    {
        var state = new State(pageNumbers, rotations);
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            if (Process(raw, state) is { } finished) yield return finished;
        }
        if (state.Page is not null) yield return state.Page.Build([Truncated(state.Page.Number)]);
    }

    /// <summary>Mutable parse state: the page being built and the graphics state of the current element.</summary>
    private sealed class State(IReadOnlyList<int> pageNumbers, IReadOnlyDictionary<int, int> rotations)
    {
        public IReadOnlyList<int> PageNumbers { get; } = pageNumbers;
        public IReadOnlyDictionary<int, int> Rotations { get; } = rotations;
        public PageBuilder? Page;
        public int PageIndex;
        public TextMode TextMode = TextMode.None;
        public PathMode PathMode = PathMode.None;
        public Affine Ctm = Affine.Identity;
        public (double X, double Y) Direction = (1, 0);
        public (double X, double Y) Up = (0, -1);
        public string Font = "";
        public double StrokeWidth = 1.0;
        public bool PaintIsWhite;
        public readonly PathCollector Path = new();
        public readonly ClipStack Clips = new();
        public readonly double[] Numbers = new double[6];
    }

    /// <summary>Handles one trace line; returns a page when this line completed one.</summary>
    private PageContent? Process(string raw, State st)
    {
        var line = raw.AsSpan();
        var name = TraceLine.ElementName(line);
        if (name.IsEmpty) return null;
        Span<double> numbers = st.Numbers;
        var page = st.Page;

        switch (name)
        {
            case "g":
                if (page is null || st.TextMode is TextMode.None or TextMode.Skip) break;
                var text = TraceLine.TryGet(line, "unicode", out var u) ? Intern(u) : "";
                if (TraceLine.TryGet(line, "glyph", out var gid) && gid is "-1")
                {
                    page.ExtendLastGlyph(text);
                    break;
                }
                var (ox, oy) = st.Ctm.Apply(TraceLine.GetDouble(line, "x"), TraceLine.GetDouble(line, "y"));
                page.AddGlyph(text, ox, oy, st.Direction, st.Up, TraceLine.GetDouble(line, "adv"), st.Font, st.TextMode == TextMode.Invisible, st.Clips);
                break;
            case "span":
                st.Font = TraceLine.TryGet(line, "font", out var f) ? InternString(f) : "";
                var n = TraceLine.GetNumbers(line, "trm", numbers);
                var (a, b, c, d) = n >= 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (1.0, 0.0, 0.0, 1.0);
                // trm maps text space to user space; its second row is the glyph's "up".
                var dir = st.Ctm.ApplyVector(a, b);
                var dirLength = Math.Sqrt(dir.X * dir.X + dir.Y * dir.Y);
                st.Direction = dirLength > 0 ? (dir.X / dirLength, dir.Y / dirLength) : (1, 0);
                st.Up = st.Ctm.ApplyVector(c, d);
                break;
            case "fill_text":
            case "stroke_text":
                st.TextMode = TextMode.Visible;
                st.Ctm = ReadTransform(line, numbers);
                break;
            case "ignore_text":
                st.TextMode = TextMode.Invisible;
                st.Ctm = ReadTransform(line, numbers);
                break;
            case "clip_text":
            case "clip_stroke_text":
                st.TextMode = TextMode.Skip;
                st.Clips.PushUnbounded();
                break;
            case "mask":
                st.Clips.PushUnbounded();
                break;
            case "/fill_text":
            case "/stroke_text":
            case "/ignore_text":
            case "/clip_text":
            case "/clip_stroke_text":
                st.TextMode = TextMode.None;
                break;
            case "fill_path":
                st.PathMode = PathMode.Fill;
                st.Ctm = ReadTransform(line, numbers);
                st.PaintIsWhite = IsWhite(line, numbers);
                st.Path.Clear();
                break;
            case "stroke_path":
                st.PathMode = PathMode.Stroke;
                st.Ctm = ReadTransform(line, numbers);
                st.StrokeWidth = TraceLine.GetDouble(line, "linewidth", 1) * st.Ctm.Scale;
                st.PaintIsWhite = IsWhite(line, numbers);
                st.Path.Clear();
                break;
            case "clip_path":
                st.PathMode = PathMode.Clip;
                st.Ctm = ReadTransform(line, numbers);
                st.Path.Clear();
                break;
            case "clip_stroke_path":
                st.PathMode = PathMode.ClipStroke;
                break;
            case "moveto":
            case "lineto":
            case "curveto":
            case "closepath":
                if (st.PathMode is PathMode.Fill or PathMode.Stroke or PathMode.Clip) st.Path.Add(name, line, st.Ctm);
                break;
            case "/fill_path":
                if (page is not null && !st.PaintIsWhite) EmitFill(page, st.Path, st.Clips);
                else if (page is not null) EmitWhiteFill(page, st.Path, st.Clips);
                st.PathMode = PathMode.None;
                break;
            case "/stroke_path":
                if (page is not null && !st.PaintIsWhite) EmitStroke(page, st.Path, st.StrokeWidth, st.Clips);
                st.PathMode = PathMode.None;
                break;
            case "/clip_path":
                if (st.Path.Bounds() is { } bounds) st.Clips.PushBounds(bounds);
                else st.Clips.PushUnbounded();
                st.PathMode = PathMode.None;
                break;
            case "/clip_stroke_path":
                st.Clips.PushUnbounded();
                st.PathMode = PathMode.None;
                break;
            case "clip_image_mask":
                st.Clips.PushBounds(ImageBox(ReadTransform(line, numbers)));
                break;
            case "pop_clip":
                st.Clips.Pop();
                break;
            case "fill_image":
            case "fill_image_mask":
                var image = ImageBox(ReadTransform(line, numbers));
                if (!st.Clips.Hides(image)) page?.AddImage(image);
                break;
            case "page":
                var finished = page?.Build([Truncated(page.Number)]);
                var number = st.PageIndex < st.PageNumbers.Count ? st.PageNumbers[st.PageIndex] : st.PageIndex + 1;
                st.PageIndex++;
                var count = TraceLine.GetNumbers(line, "mediabox", numbers);
                var (w, h) = count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : (595.0, 842.0);
                st.Page = new PageBuilder(number, w, h, st.Rotations.GetValueOrDefault(number), options);
                st.TextMode = TextMode.None;
                st.PathMode = PathMode.None;
                st.Clips.Clear();
                return finished;
            case "/page":
                st.Page = null;
                return page?.Build([]);
        }
        return null;
    }

    private static Diagnostic Truncated(int page) =>
        new("page-incomplete", "the PDF engine stopped before the end of this page; its content may be incomplete", page);

    private static Affine ReadTransform(ReadOnlySpan<char> line, Span<double> numbers) =>
        TraceLine.GetNumbers(line, "transform", numbers) == 6 ? Affine.From(numbers) : Affine.Identity;

    private static bool IsWhite(ReadOnlySpan<char> line, Span<double> numbers)
    {
        var count = TraceLine.GetNumbers(line, "color", numbers);
        if (count == 0) return false;
        var isCmyk = TraceLine.TryGet(line, "colorspace", out var cs) && cs.Contains("CMYK", StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            if (isCmyk ? numbers[i] > 0.05 : numbers[i] < 0.95) return false;
        }
        return true;
    }

    private void EmitFill(PageBuilder page, PathCollector path, ClipStack clips)
    {
        foreach (var sub in path.Subpaths)
        {
            // Thin shapes are rulings even when not exact rectangles (mitred corners make trapezoids).
            if (!PathCollector.TryRectangle(sub, out var box)
                && !(PathCollector.TryStraightBounds(sub, out box) && Math.Min(box.Width, box.Height) <= options.MaxRulingThickness))
                continue;
            if (clips.Hides(box)) continue;
            var thin = Math.Min(box.Width, box.Height);
            if (thin <= options.MaxRulingThickness)
            {
                var ruling = box.Width >= box.Height
                    ? new Ruling(box.X0, box.CenterY, box.X1, box.CenterY, thin)
                    : new Ruling(box.CenterX, box.Y0, box.CenterX, box.Y1, thin);
                if (ruling.Length > 0) page.AddRuling(ruling);
            }
            else
            {
                page.AddFilledRect(new FilledRect(box, IsWhite: false));
            }
        }
    }

    private static void EmitWhiteFill(PageBuilder page, PathCollector path, ClipStack clips)
    {
        foreach (var sub in path.Subpaths)
            if (PathCollector.TryRectangle(sub, out var box) && !clips.Hides(box)) page.AddFilledRect(new FilledRect(box, IsWhite: true));
    }

    private static void EmitStroke(PageBuilder page, PathCollector path, double width, ClipStack clips)
    {
        foreach (var sub in path.Subpaths)
        {
            if (PathCollector.Bounds(sub) is { } bounds && clips.Hides(bounds)) continue;
            for (var i = 1; i < sub.Points.Count; i++)
                AddSegment(page, sub.Points[i - 1], sub.Points[i], width);
            if (sub.Closed && sub.Points.Count > 2) AddSegment(page, sub.Points[^1], sub.Points[0], width);
        }
    }

    private static void AddSegment(PageBuilder page, PathPoint from, PathPoint to, double width)
    {
        if (to.IsCurve) return;
        if (Ruling.FromSegment(from.X, from.Y, to.X, to.Y, width) is { } ruling) page.AddRuling(ruling);
    }

    private static Box ImageBox(Affine m)
    {
        var (x0, y0) = m.Apply(0, 0);
        var (x1, y1) = m.Apply(1, 1);
        var (x2, y2) = m.Apply(0, 1);
        var (x3, y3) = m.Apply(1, 0);
        return new Box(Min4(x0, x1, x2, x3), Min4(y0, y1, y2, y3), Max4(x0, x1, x2, x3), Max4(y0, y1, y2, y3));
    }

    private static double Min4(double a, double b, double c, double d) => Math.Min(Math.Min(a, b), Math.Min(c, d));
    private static double Max4(double a, double b, double c, double d) => Math.Max(Math.Max(a, b), Math.Max(c, d));

    private string Intern(ReadOnlySpan<char> escaped)
    {
        if (escaped.Length == 1)
        {
            var key = escaped[0];
            if (!_chars.TryGetValue(key, out var s)) _chars[key] = s = key.ToString();
            return s;
        }
        return InternString(TraceLine.Unescape(escaped));
    }

    private string InternString(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var s)) return s;
        s = TraceLine.Unescape(value);
        _strings[value.ToString()] = s;
        return s;
    }

    private string InternString(string value)
    {
        if (_strings.TryGetValue(value, out var s)) return s;
        _strings[value] = value;
        return value;
    }
}
