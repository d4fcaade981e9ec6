using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Stitching;

/// <summary>Where a table part sits on its page, for deciding whether it continues or is continued.</summary>
/// <param name="LinesAbove">Text lines above the part that belong to no table, caption or notes.</param>
/// <param name="CarriedOverAbove">
/// Every line above lies inside the part's columns right of its first one: the rest of the previous page's last row (a
/// wrapped cell's text carried over the page), not a paragraph of its own, which starts at the margin.
/// </param>
internal sealed record PlacedFragment(Fragment Fragment, bool FirstOnPage, bool LastOnPage, IReadOnlyList<string> LinesAbove, bool ContentBelow,
    bool CarriedOverAbove = false)
{
    public bool ContentAbove => LinesAbove.Count > 0;
}

/// <summary>
/// Groups table parts into whole tables. A part at the top of a page continues the last table of the
/// previous page when it repeats that table's number or title, or, having no caption of its own, when it
/// has the same column structure (same edges, or the same header).
/// </summary>
internal static class ContinuedTableStitcher
{
    public static List<List<Fragment>> Group(IReadOnlyList<PlacedFragment> placed, TableOptions options)
    {
        var groups = new List<List<Fragment>>();
        PlacedFragment? previous = null;
        foreach (var p in placed)
        {
            if (previous is not null && groups.Count > 0 && Continues(groups[^1], previous, p, options))
                groups[^1].Add(p.Fragment);
            else
                groups.Add([p.Fragment]);
            previous = p;
        }
        return groups;
    }

    private static bool Continues(List<Fragment> group, PlacedFragment last, PlacedFragment next, TableOptions options)
    {
        var head = group[0];
        var tail = last.Fragment;
        var part = next.Fragment;
        if (part.Page != tail.Page + 1 || !last.LastOnPage || !next.FirstOnPage) return false;

        var caption = part.Caption;
        var sameNumber = caption.Number is not null && NumberKey(caption.Number) == NumberKey(head.Caption.Number);
        var sameTitle = caption.Title is not null && (Normalize(caption.Title) == Normalize(head.Caption.Title)
                                                      || caption.TitleReadByOcr && head.Caption.TitleReadByOcr && OneCharacterMisread(Normalize(caption.Title), Normalize(head.Caption.Title)));
        if (caption.Number is not null && !sameNumber) return false;
        if (caption.Number is null && !caption.SaysContinued && !last.ContentBelow && FirstRowRepeatedAbove(head, caption, next.LinesAbove))
            return true;
        // The same title printed again over a form that starts afresh: the next project's form.
        if (sameTitle && !sameNumber && !caption.SaysContinued && RestartsForm(head, part)) return false;
        // OCR'd titles a few characters apart may be one title misread, or two tables' titles (基本支出表 / 项目支出表): the
        // columns decide, as for a part without a caption.
        var maybeMisread = caption.TitleReadByOcr && head.Caption.TitleReadByOcr && FewCharactersMisread(Normalize(caption.Title), Normalize(head.Caption.Title));
        if (caption.Title is not null && !sameTitle && !caption.SaysContinued && !maybeMisread) return false;
        if (sameNumber || sameTitle) return true;
        // 续表 over rules as wide as the table's, or over an unruled part as wide: its columns may differ (a form's
        // sections differ in columns).
        if (caption.SaysContinued && (FrameWidthAgrees(tail, part, options) || !tail.Ruled && !part.Ruled && SameOuterEdges(tail, part, options)))
            return true;

        // No caption of its own: the part must start the page and the table must run to the bottom of the last one.
        if (next.ContentAbove && !next.CarriedOverAbove || last.ContentBelow) return false;
        return SameColumns(tail, part, options)
               || GuttersAgree(tail, part, options)
               || SameFrame(tail, part, options)
               || SameHeader(head, part)
               || NestedColumns(tail, part, options)
               || (!tail.Ruled && !part.Ruled && (HeaderRepeatedInPart(head, part) || SameOuterEdges(tail, part, options)))
               || FirstRowRepeated(head, part)
               || SameFirstColumn(tail, part, options)
               || GuttersOnEdges(tail, part, options);
    }

    /// <summary>The factor taking <paramref name="part"/>'s x positions onto <paramref name="reference"/>'s page (pages may
    /// differ in width: a landscape page among portrait ones).</summary>
    private static double ScaleOf(Fragment reference, Fragment part) => part.PageWidth > 0 ? reference.PageWidth / part.PageWidth : 1;

    /// <summary>
    /// Of two unruled parts, the one of fewer columns lies within the other's width and its every gutter holds one of the
    /// other's column edges: the rest of rows whose cells span several columns (a page of the 预期目标 | 实际完成情况 paragraphs of a self-evaluation form,
    /// each spanning columns of the indicator rows). (Reached only for a part without a caption opening the page, after a
    /// table that ran to the foot of the last one.)
    /// </summary>
    internal static bool GuttersOnEdges(Fragment a, Fragment b, TableOptions options)
    {
        if (a.Ruled || b.Ruled || a.ColumnCount == b.ColumnCount) return false;
        var (fine, coarse) = a.ColumnCount > b.ColumnCount ? (a, b) : (b, a);
        if (coarse.Gutters.Length == 0) return false;
        // Both scaled to the first part's page.
        var fineScale = ScaleOf(a, fine);
        var coarseScale = ScaleOf(a, coarse);
        var tolerance = Tolerance(a, b, options);
        if (coarse.ColumnEdges[0] * coarseScale < fine.ColumnEdges[0] * fineScale - tolerance
            || coarse.ColumnEdges[^1] * coarseScale > fine.ColumnEdges[^1] * fineScale + tolerance) return false;
        var inner = fine.ColumnEdges[1..^1].Select(x => x * fineScale).ToList();
        return coarse.Gutters.All(g => inner.Any(x => x >= g.Start * coarseScale - 1 && x <= g.End * coarseScale + 1));
    }

    /// <summary>
    /// The same first column (its left edge and the edge after it): a form goes on though its sections differ in
    /// columns, the last page showing key | value rows (or a label and a paragraph, 项目测算标准 | …) and this one the
    /// next section. (Reached only for a part without a caption opening the page, after a table that ran to the foot
    /// of the last one.)
    /// </summary>
    internal static bool SameFirstColumn(Fragment a, Fragment b, TableOptions options) =>
        a.ColumnCount >= 2 && b.ColumnCount >= 2 && EdgeAgrees(a, b, 0, options) && EdgeAgrees(a, b, 1, options);

    /// <summary>
    /// The part opens with the table's first row printed again (a repeated head row: 部门名称 | 东湖区医疗保障局), its
    /// characters in any order: a wrapped label's lines interleave with the text beside it when the part's own
    /// columns do not separate them (部门名东湖区医疗保障局称).
    /// </summary>
    internal static bool FirstRowRepeated(Fragment head, Fragment part)
    {
        if (head == part || part.RowCount < 2 || FirstRowText(head) is not { } row) return false;
        return SortedCharacters(row) == SortedCharacters(string.Concat(part.TextRows()[0].Select(Normalize)));

        static string SortedCharacters(string text) => new([.. text.Order()]);
    }

    /// <summary>The table's first row as one text without spaces, when it is a row of two cells or more and 4 characters or more.</summary>
    private static string? FirstRowText(Fragment head)
    {
        var first = head.TextRows().FirstOrDefault();
        if (first is null || first.Count(t => t.Length > 0) < 2) return null;
        var row = string.Concat(first.Select(Normalize));
        return row.Length >= 4 ? row : null;
    }

    /// <summary>The part's header rows repeat (some of) the first part's header cells: a repeated header, perhaps shortened.</summary>
    internal static bool HeaderRepeatedInPart(Fragment head, Fragment part)
    {
        if (head.HeaderRows == 0 || part.HeaderRows == 0) return false;
        var headTexts = head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(Normalize).ToHashSet();
        var partTexts = part.TextRows().Take(part.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(Normalize).ToList();
        if (partTexts.Count > 0 && partTexts.Count(headTexts.Contains) >= 0.8 * partTexts.Count) return true;
        // Columns empty on one page merge in its header ("预算单位科目编码"): compare the header text as a whole.
        var a = string.Concat(head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Select(Normalize));
        var b = string.Concat(part.TextRows().Take(part.HeaderRows).SelectMany(r => r).Select(Normalize));
        return b.Length >= 4 && (a == b || (a.Contains(b) && b.Length >= 0.6 * a.Length));
    }

    /// <summary>
    /// The table's first row (several cells) printed again over the next page as a line of its own, set apart from the
    /// rows (bold, centred over the columns), so it is read as a title or as a line outside the table: a repeated
    /// head row, and the table goes on. Nothing else may stand above the part.
    /// </summary>
    internal static bool FirstRowRepeatedAbove(Fragment head, TableCaption caption, IReadOnlyList<string> linesAbove)
    {
        if (FirstRowText(head) is not { } row) return false;
        string[] above = [.. caption.Title is null ? [] : new[] { caption.Title }, .. linesAbove];
        return above.Length > 0 && string.Concat(above.Select(Normalize)) == row;
    }

    /// <summary>
    /// Forms repeated per project share a title; a part that starts again with the form's first key
    /// (项目名称 …) is the next form, not a continuation.
    /// </summary>
    internal static bool RestartsForm(Fragment head, Fragment part)
    {
        if (head.HeaderRows != 0 || part.HeaderRows != 0) return false;
        var a = head.TextRows().FirstOrDefault()?.FirstOrDefault(t => t.Length > 0);
        var b = part.TextRows().FirstOrDefault()?.FirstOrDefault(t => t.Length > 0);
        return a is not null && Normalize(a) == Normalize(b) && Headers.HeaderRowCounter.IsFormKey(a);
    }

    /// <summary>
    /// Same outer edges, and every column edge of the coarser part is an edge of the finer one: a short
    /// part whose rows happened to span some columns.
    /// </summary>
    internal static bool NestedColumns(Fragment a, Fragment b, TableOptions options)
    {
        var scale = ScaleOf(a, b);
        var ea = a.ColumnEdges;
        var eb = b.ColumnEdges.Select(x => x * scale).ToArray();
        var t = Tolerance(a, b, options);
        var (coarse, fine) = ea.Length <= eb.Length ? (ea, eb) : (eb, ea);
        if (a.Ruled && b.Ruled)
        {
            if (Math.Abs(ea[0] - eb[0]) > t || Math.Abs(ea[^1] - eb[^1]) > t) return false;
            return coarse.All(x => fine.Any(y => Math.Abs(x - y) <= t));
        }
        // Unruled: a page whose first or last columns are empty has fewer columns; its gutters must be the other's
        // (their middles, or the gutters themselves overlapping: middles move with each page's text).
        if (coarse[0] < fine[0] - t || coarse[^1] > fine[^1] + t || coarse.Length < 4) return false;
        if (coarse[1..^1].All(x => fine.Any(y => Math.Abs(x - y) <= t))) return true;
        var (coarseGutters, fineGutters, coarseScale) = ea.Length <= eb.Length ? (a.Gutters, b.Gutters, 1 / scale) : (b.Gutters, a.Gutters, scale);
        return coarseGutters.Length == coarse.Length - 2 && fineGutters.Length > 0
               && coarseGutters.All(g => fineGutters.Any(f => f.Overlaps(g, coarseScale)));
    }

    /// <summary>
    /// Unruled parts with as many columns, the same outer edges, and each gutter overlapping the other part's:
    /// the columns continue although each page's text puts the gutter middles elsewhere.
    /// </summary>
    internal static bool GuttersAgree(Fragment a, Fragment b, TableOptions options)
    {
        if (a.Ruled || b.Ruled || a.ColumnCount != b.ColumnCount || a.Gutters.Length != a.ColumnCount - 1 || b.Gutters.Length != b.ColumnCount - 1)
            return false;
        var scale = ScaleOf(a, b);
        var tolerance = Tolerance(a, b, options);
        if (Math.Abs(a.ColumnEdges[0] - b.ColumnEdges[0] * scale) > tolerance || Math.Abs(a.ColumnEdges[^1] - b.ColumnEdges[^1] * scale) > tolerance)
            return false;
        for (var i = 0; i < a.Gutters.Length; i++)
            if (!a.Gutters[i].Overlaps(b.Gutters[i], scale)) return false;
        return true;
    }

    /// <summary>
    /// Both parts framed by rules of the same width: a page holding a few rows of some columns only, or the next
    /// section of a form with other columns. (Reached only for a part without a caption of its own at the top
    /// of the page, after a table running to the bottom of the last one; the columns are merged on assembly.)
    /// </summary>
    internal static bool SameFrame(Fragment a, Fragment b, TableOptions options) => FrameWidthAgrees(a, b, options);

    /// <summary>
    /// Parts with the same left and right edges (unruled: a form's next section, other columns, going on at the top
    /// of the page). (Reached only for a part under 续表, or a caption-less part opening the page after a table
    /// that ran to the foot of the last one.)
    /// </summary>
    internal static bool SameOuterEdges(Fragment a, Fragment b, TableOptions options) =>
        EdgeAgrees(a, b, 0, options) && EdgeAgrees(a, b, ^1, options);

    /// <summary>The parts' column edge at <paramref name="edge"/> in the same place, within the column tolerance (pages scaled).</summary>
    private static bool EdgeAgrees(Fragment a, Fragment b, Index edge, TableOptions options)
    {
        var scale = ScaleOf(a, b);
        return Math.Abs(a.ColumnEdges[edge] - b.ColumnEdges[edge] * scale) <= options.ColumnMatchTolerance;
    }

    /// <summary>Both parts framed by horizontal rules with the same ends.</summary>
    private static bool FrameWidthAgrees(Fragment a, Fragment b, TableOptions options) =>
        a.Framed && b.Framed && a.PageWidth == b.PageWidth && SameOuterEdges(a, b, options);

    internal static bool SameColumns(Fragment a, Fragment b, TableOptions options)
    {
        if (a.ColumnCount != b.ColumnCount) return false;
        var scale = ScaleOf(a, b);
        var tolerance = Tolerance(a, b, options);
        for (var i = 0; i < a.ColumnEdges.Length; i++)
            if (Math.Abs(a.ColumnEdges[i] - b.ColumnEdges[i] * scale) > tolerance) return false;
        return true;
    }

    /// <summary>Ruled edges are drawn; unruled edges are gutter middles that move with each page's content.</summary>
    private static double Tolerance(Fragment a, Fragment b, TableOptions options) =>
        a.Ruled && b.Ruled ? options.ColumnMatchTolerance : Math.Max(options.ColumnMatchTolerance, 0.03 * a.PageWidth);

    internal static bool SameHeader(Fragment head, Fragment part)
    {
        if (head.HeaderRows == 0 || part.HeaderRows != head.HeaderRows) return false;
        var a = head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Select(Normalize);
        var b = part.TextRows().Take(part.HeaderRows).SelectMany(r => r).Select(Normalize);
        return a.SequenceEqual(b);
    }

    /// <summary>A table number without spaces and dashes: OCR drops the dash of 表15-1 (表151) on one page and not the next.</summary>
    private static string NumberKey(string? number) =>
        number is null ? "" : string.Concat(number.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－' or '—' or '–')));

    /// <summary>OCR'd titles this long may differ in one character and still be one title.</summary>
    private const int MinTitleForMisread = 6;

    /// <summary>
    /// Two OCR readings of one long title, one Chinese character apart (政府预算拨款收文总表 / 收支总表). Text-layer titles
    /// must match exactly: 收支预算总表 and 收入预算总表 are two tables, one character apart.
    /// </summary>
    private static bool OneCharacterMisread(string a, string b) => a.Length >= MinTitleForMisread && MisreadCharacters(a, b) == 1;

    /// <summary>OCR'd titles this long may differ in this many characters and still be one title misread, if the columns agree.</summary>
    private const int MinTitleForMisreads = 8;

    private const int MaxMisreads = 2;

    /// <summary>Two readings of one title, a few Chinese characters apart (财政拨获收文总表 / 财政拨款收支总表).</summary>
    private static bool FewCharactersMisread(string a, string b) => a.Length >= MinTitleForMisreads && MisreadCharacters(a, b) <= MaxMisreads;

    /// <summary>How many Chinese characters of two texts as long differ (0 when equal); int.MaxValue when anything else differs.</summary>
    internal static int MisreadCharacters(string a, string b)
    {
        if (a.Length != b.Length) return int.MaxValue;
        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differing.All(i => Cells.CellText.IsCjk(a[i]) && Cells.CellText.IsCjk(b[i])) ? differing.Count : int.MaxValue;
    }

    internal static string Normalize(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
