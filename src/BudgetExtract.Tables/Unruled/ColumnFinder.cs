using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Columns of an unruled table from the alignment of its cells across lines. Gutters are x ranges that no
/// cell of a data row covers, but for one line in ten (a label spanning two columns). Forms mix sections:
/// key | value rows whose values span the columns of an indicator section below them; there a gutter is
/// a range that fewer lines cover than cells align on. Header lines and label rows
/// are left out of the evidence because their cells span columns; they are placed onto the columns afterwards.
/// </summary>
internal static class ColumnFinder
{
    private const double MinGutter = 2.0;
    private const double MinNarrowGutter = 1.0;
    private const int SpanningLinesPerGutter = 10;
    private const int MinSupportingLines = 3;

    /// <summary>A column that few rows fill (a form's 二级指标 labels, each spanning many rows) shows as few as two aligned cells on a page.</summary>
    private const int MinSparseColumnCells = 2;
    private const double AlignTolerance = 1.0;

    /// <summary>A lone data row with this many cells gives a page's columns by itself.</summary>
    private const int MinFullRowCells = 4;

    /// <summary>Cells wider than this share of the table span columns and are no column evidence.</summary>
    internal const double MaxEvidenceWidthRatio = 0.5;

    /// <summary>Column edges, ascending: left edge, one edge per gutter (its middle), right edge; and the gutters.</summary>
    public static (double[] Edges, Gutter[] Gutters) Find(IReadOnlyList<StreamLine> block, Func<StreamLine, bool> isDataRow)
    {
        var evidence = block.Where(isDataRow).ToList();
        // One full data row (a continuation page's 收入总计 | 3,582.93 | 支出总计 | 3,582.93 under the repeated headings)
        // shows the columns better than the headings centred over them.
        if (evidence.Count(l => l.IsTabular) < 2 && !(evidence.Count == 1 && evidence[0].Cells.Count >= MinFullRowCells))
            evidence = [.. block.Where(l => l.IsTabular)];
        // A framed page holding one row whose cells sit on different lines (a wrapped name beside a centred amount).
        if (evidence.Count < 2) evidence = [.. block];
        var left = block.Min(l => l.Box.X0);
        var right = block.Max(l => l.Box.X1);
        var profile = Profile(evidence, []);

        bool Inside(Gutter g) => g.End - g.Start >= MinGutter && g.Start > left && g.End < right;
        // A value set right up against the next column's text (100% | 考察…) leaves less than a space: the gap counts
        // when no line crosses it and many cells start or end exactly there.
        bool NarrowInside(Gutter g) => g.End - g.Start >= MinNarrowGutter && g.Start > left && g.End < right
                                       && Supported(g, profile, evidence) && Aligned(g, evidence) >= evidence.Count / 4;
        var gutters = new List<Gutter>();
        foreach (var run in Runs(profile, evidence.Count / SpanningLinesPerGutter))
        {
            if (Inside(run) || NarrowInside(run))
            {
                gutters.AddRange(SparseColumnGutters(run, profile, evidence, Inside) ?? [run]);
                continue;
            }
            // A run reaching the table's edge holds a sparse outer column (one label in it): the gutter is the
            // empty stretch between that column and the next.
            var empty = Runs(profile, 0, closeAtEnd: true).Where(g => g.Start >= run.Start && g.End <= run.End && Inside(g))
                .OrderByDescending(g => g.End - g.Start).FirstOrDefault();
            if (empty.End > empty.Start) gutters.Add(empty);
        }
        var strict = gutters.ToList();
        foreach (var candidate in LocalMinima(profile, evidence.Count / 2))
        {
            if (strict.Any(g => g.Start < candidate.End && candidate.Start < g.End)) continue;
            if (Supported(candidate, profile, evidence) && candidate.Start > left && candidate.End < right) gutters.Add(candidate);
        }
        // Texts running across most of the table (paragraphs beside their labels in a form) cross every gutter under
        // them; without them, an empty stretch that cells line up on is a gutter too.
        var narrow = Profile(evidence, ParagraphLines(evidence, MaxEvidenceWidthRatio * (right - left)));
        foreach (var candidate in Runs(narrow, 0).Where(Inside))
        {
            if (gutters.Any(g => g.Start < candidate.End && candidate.Start < g.End)) continue;
            if (Supported(candidate, narrow, evidence)) gutters.Add(candidate);
        }
        gutters.Sort((a, b) => a.Start.CompareTo(b.Start));
        return ([left, .. gutters.Select(g => g.Middle), right], [.. gutters]);
    }

    /// <summary>
    /// A run that few lines cross may still hold a column of its own: a form's column filled by a few rows only
    /// (二级指标 | 经济成本指标 | 数量指标 under a label column of wrapped 一级指标 cells). When cells lying wholly inside the
    /// run start at one place in several rows, the run's empty stretches are the gutters, not the run as a whole.
    /// Null when the run holds no such column.
    /// </summary>
    private static List<Gutter>? SparseColumnGutters(Gutter run, List<(double From, double To, int Depth)> profile, List<StreamLine> evidence,
        Func<Gutter, bool> inside)
    {
        var starts = evidence.SelectMany(l => l.Cells).Where(c => c.Box.X0 > run.Start && c.Box.X1 < run.End).Select(c => c.Box.X0).ToList();
        if (!starts.Any(x => starts.Count(y => Math.Abs(x - y) <= AlignTolerance) >= MinSparseColumnCells)) return null;
        var empty = Runs(profile, 0).Where(g => g.Start >= run.Start && g.End <= run.End && inside(g)).ToList();
        return empty.Count >= 2 ? empty : null;
    }

    /// <summary>A heading ending this close before the values after its gutter reaches them (points).</summary>
    private const double ReachTolerance = 4;

    /// <summary>Cells of this many other lines starting where a heading starts make it a column's left-aligned heading.</summary>
    private const int MinLinedUpStarts = 2;

    /// <summary>
    /// Columns empty on this page still print their heading: header cells lying wholly inside a gutter of
    /// the body split it, one column per such cell (科目编码 and 科目名称 over unit rows that leave them blank);
    /// so do header cells wholly beside the body's content (事业单位经营支出 | 上缴上级支出 right of the last
    /// column any row fills). A heading over text of the first row (预算单位 over the first line of a wrapped
    /// 深圳市工业和信息化 / 局, centred on its row, which is no column evidence) heads that text's column, not one of its own.
    /// </summary>
    /// <param name="leftAlignedWrapped">
    /// Headings wrapped over lines that start together. One that starts inside a gutter and reaches to the values after it
    /// (一般公共预算 / 拨款 over amounts printed narrower than it) heads their column, which starts where it starts; one
    /// wholly inside the gutter heads a blank column like any heading.
    /// </param>
    /// <param name="blockCells">All cells of the block: a heading starting where cells of other lines start, one of them
    /// reaching past the gutter (总额 under 预算金额（万元）, beside 主管部门 above, all left-aligned), starts the column after the
    /// gutter like a wrapped heading that reaches it.</param>
    public static (double[] Edges, Gutter[] Gutters) WithHeaderOnlyColumns(double[] edges, Gutter[] gutters, IEnumerable<StreamCell> headings,
        double bodyX0, double bodyX1, IEnumerable<StreamLine> belowLines, IReadOnlyList<StreamCell> leftAlignedWrapped,
        IReadOnlyList<StreamCell> blockCells)
    {
        var width = edges[^1] - edges[0];
        var below = belowLines.SelectMany(l => l.Cells).Where(c => c.Box.Width <= MaxEvidenceWidthRatio * width).ToList();
        bool Reaches(StreamCell c, Gutter g) => c.Box.X0 > g.Start + 1 && c.Box.X0 < g.End - 1 && c.Box.X1 >= g.End - ReachTolerance;
        bool LinedUpWithReaching(StreamCell c, Gutter g)
        {
            if (c.Box.X0 <= g.Start + 1 || c.Box.X1 >= g.End - 1) return false;
            var aligned = blockCells.Where(o => o != c && Math.Abs(o.Box.X0 - c.Box.X0) <= LinedUpForms.LineUpTolerance
                                                && (o.Box.Y0 >= c.Box.Y1 || o.Box.Y1 <= c.Box.Y0)).ToList();
            return aligned.Count >= MinLinedUpStarts && aligned.Any(o => Reaches(o, g));
        }
        var wrappedStarts = leftAlignedWrapped.Where(c => gutters.Any(g => Reaches(c, g))).ToList();
        var linedUpStarts = headings.Where(c => gutters.Any(g => LinedUpWithReaching(c, g))).ToList();
        IEnumerable<StreamCell> StartsIn(Gutter g) => wrappedStarts.Where(c => Reaches(c, g)).Concat(linedUpStarts.Where(c => LinedUpWithReaching(c, g)));
        var headerCells = headings.Except(linedUpStarts).Concat(leftAlignedWrapped.Except(wrappedStarts))
            .Where(h => !below.Any(c => c.Box.OverlapsHorizontally(h.Box) && c.Box.Y0 >= h.Box.Y1))
            .OrderBy(c => c.Box.X0).ToList();
        var result = new List<Gutter>();
        var before = headerCells.Where(c => c.Box.X1 < bodyX0 - 1).ToList();
        for (var k = 0; k < before.Count; k++)
            result.Add(new Gutter(before[k].Box.X1, k + 1 < before.Count ? before[k + 1].Box.X0 : bodyX0));
        foreach (var g in gutters)
        {
            var inside = headerCells.Where(c => c.Box.X0 > g.Start + 1 && c.Box.X1 < g.End - 1).ToList();
            var start = g.Start;
            foreach (var c in inside)
            {
                if (c.Box.X0 < start) continue;
                result.Add(new Gutter(start, c.Box.X0));
                start = c.Box.X1;
            }
            var end = StartsIn(g).Where(c => c.Box.X0 > start + 1).Select(c => c.Box.X0).DefaultIfEmpty(g.End).Min();
            result.Add(new Gutter(start, end));
        }
        var after = bodyX1;
        foreach (var c in headerCells.Where(c => c.Box.X0 > bodyX1 + 1))
        {
            if (c.Box.X0 < after) continue;
            result.Add(new Gutter(after, c.Box.X0));
            after = c.Box.X1;
        }
        return result.SequenceEqual(gutters)
            ? (edges, gutters)
            : ([edges[0], .. result.Select(g => g.Middle), edges[^1]], [.. result]);
    }

    /// <summary>
    /// A column of targets prints words left-aligned and numbers right-aligned (20个 | 100%), which leaves a
    /// gutter inside it. Two neighbouring columns are one when no row fills both, the right one holds only
    /// values, the left one some words or values cut by the gutter (1次 and ≥95% left-aligned, 100% right-aligned
    /// starting where 1次 ends), and no header cell is centred over the right one.
    /// </summary>
    public static (double[] Edges, Gutter[] Gutters) WithoutSplitAlignment(double[] edges, Gutter[] gutters, IReadOnlyList<StreamLine> lines,
        IReadOnlyList<StreamLine> headerLines)
    {
        var inner = gutters.ToList();
        for (var g = inner.Count - 1; g >= 0; g--)
        {
            var (leftStart, middle, rightEnd) = (g == 0 ? edges[0] : inner[g - 1].Middle, inner[g].Middle, g + 1 < inner.Count ? inner[g + 1].Middle : edges[^1]);
            bool InLeft(StreamCell c) => c.Box.X0 >= leftStart - 1 && c.Box.X1 <= middle;
            bool InRight(StreamCell c) => c.Box.X0 >= middle && c.Box.X1 <= rightEnd + 1;
            bool Across(StreamCell c) => c.Box.X0 >= leftStart - 1 && c.Box.X1 <= rightEnd + 1
                                         && c.Box.X0 < inner[g].Start - 0.5 && c.Box.X1 > inner[g].End + 0.5;
            var left = lines.SelectMany(l => l.Cells).Where(InLeft).ToList();
            var right = lines.SelectMany(l => l.Cells).Where(InRight).ToList();
            var across = lines.Except(headerLines).SelectMany(l => l.Cells).Where(Across).ToList();
            if (left.Count == 0 || right.Count == 0) continue;
            // Filled side by side: on one line, or beside each other (a wrapped name and its centred amount).
            if (left.Concat(across).Any(a => right.Concat(across).Any(b => a != b && a.Box.Y0 < b.Box.Y1 && b.Box.Y0 < a.Box.Y1))) continue;
            var cut = across.Count > 0 && across.All(c => Cells.CellValues.IsValueLike(c.Text));
            if (!right.All(c => Cells.CellValues.IsValueLike(c.Text)) || (!cut && left.All(c => Cells.CellValues.IsValueLike(c.Text)))) continue;
            if (headerLines.Any(l => l.Cells.Any(c => c.Box.CenterX >= middle && c.Box.CenterX <= rightEnd))) continue;
            inner.RemoveAt(g);
        }
        return inner.Count == gutters.Length ? (edges, gutters) : ([edges[0], .. inner.Select(g => g.Middle), edges[^1]], [.. inner]);
    }

    /// <summary>
    /// The lines of paragraphs: cells wider than <paramref name="wide"/>, and the cells wrapped from them or onto
    /// them (the next or previous line, a leading apart, starting at the same place).
    /// </summary>
    private static HashSet<StreamCell> ParagraphLines(List<StreamLine> lines, double wide)
    {
        var cells = lines.SelectMany(l => l.Cells).ToList();
        var paragraph = cells.Where(c => c.Box.Width > wide).ToHashSet();
        foreach (var seed in paragraph.ToList())
        {
            foreach (var direction in new[] { -1, 1 })
            {
                var current = seed;
                while (cells.FirstOrDefault(c => !paragraph.Contains(c) && Math.Abs(c.Box.X0 - current.Box.X0) <= AlignTolerance
                           && (direction > 0 ? c.Box.Y0 - current.Box.Y1 : current.Box.Y0 - c.Box.Y1) is >= 0 and var gap
                           && gap < RowBands.MaxLeadingRatio * c.Box.Height) is { } wrapped)
                {
                    paragraph.Add(wrapped);
                    current = wrapped;
                }
            }
        }
        return paragraph;
    }

    /// <summary>How many lines cover each stretch of x: (from, to, depth), left to right.</summary>
    private static List<(double From, double To, int Depth)> Profile(List<StreamLine> lines, HashSet<StreamCell> leftOut)
    {
        var events = new List<(double X, int Delta)>();
        foreach (var c in lines.SelectMany(l => l.Cells).Where(c => !leftOut.Contains(c)))
        {
            events.Add((c.Box.X0, +1));
            events.Add((c.Box.X1, -1));
        }
        events.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Delta.CompareTo(b.Delta));
        var profile = new List<(double, double, int)>();
        var depth = 0;
        for (var i = 0; i < events.Count; i++)
        {
            depth += events[i].Delta;
            if (i + 1 < events.Count && events[i + 1].X > events[i].X) profile.Add((events[i].X, events[i + 1].X, depth));
        }
        return profile;
    }

    /// <summary>Maximal x ranges inside the profile where at most <paramref name="limit"/> lines cover x.</summary>
    private static IEnumerable<Gutter> Runs(List<(double From, double To, int Depth)> profile, int limit, bool closeAtEnd = false)
    {
        double? start = null;
        var end = 0.0;
        foreach (var (from, to, depth) in profile)
        {
            if (depth <= limit)
            {
                start ??= from;
                end = to;
            }
            else if (start is { } s)
            {
                yield return new Gutter(s, end);
                start = null;
            }
        }
        if (closeAtEnd && start is { } open) yield return new Gutter(open, end);
    }

    /// <summary>
    /// Stretches covered by fewer lines than the stretches on either side (and by at most <paramref name="limit"/>),
    /// widened to where the cover grows by more than half again: the candidates for contested gutters.
    /// </summary>
    private static IEnumerable<Gutter> LocalMinima(List<(double From, double To, int Depth)> profile, int limit)
    {
        for (var i = 1; i + 1 < profile.Count; i++)
        {
            var depth = profile[i].Depth;
            if (depth > limit || profile[i - 1].Depth <= depth) continue;
            var k = i;
            while (k + 1 < profile.Count && profile[k + 1].Depth == depth) k++;
            if (k + 1 >= profile.Count || profile[k + 1].Depth <= depth) continue;
            var slack = depth + Math.Max(1, depth / 2);
            var (a, b) = (i, k);
            while (a > 0 && profile[a - 1].Depth <= slack) a--;
            while (b + 1 < profile.Count && profile[b + 1].Depth <= slack) b++;
            var gutter = new Gutter(profile[a].From, profile[b].To);
            if (gutter.End - gutter.Start >= MinGutter) yield return gutter;
            i = k;
        }
    }

    /// <summary>
    /// Cells aligned on the gutter — a left-aligned column starting where it ends, or a right-aligned column
    /// ending where it starts — outnumber the lines covering it (vertically centred cells rarely share a
    /// line, so cells are counted, not lines).
    /// </summary>
    private static bool Supported(Gutter gutter, List<(double From, double To, int Depth)> profile, List<StreamLine> lines)
    {
        var covering = profile.Where(p => p.From < gutter.End && p.To > gutter.Start).Min(p => p.Depth);
        return Aligned(gutter, lines) >= Math.Max(MinSupportingLines, covering + 1);
    }

    /// <summary>Cells starting where the gutter ends or ending where it starts.</summary>
    private static int Aligned(Gutter gutter, List<StreamLine> lines) =>
        lines.SelectMany(l => l.Cells).Count(c => Math.Abs(c.Box.X0 - gutter.End) <= AlignTolerance || Math.Abs(c.Box.X1 - gutter.Start) <= AlignTolerance);
}
