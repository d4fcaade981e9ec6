namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Evidence that a block with few amounts is still a table: its cells line up in columns row after row (a form of
/// labels and texts, a list of 附表 numbers and names), unless it is a numbered contents list.
/// </summary>
internal static partial class LinedUpForms
{
    /// <summary>A form or list without amounts needs this many rows of cells lined up to be a table.</summary>
    internal const int MinLinedUpRows = 4;

    /// <summary>Under a caption announcing a table, this many rows lined up make one.</summary>
    internal const int MinAnnouncedLinedUpRows = 2;

    /// <summary>Cells starting within this many points of each other are in one column.</summary>
    internal const double LineUpTolerance = 2;

    /// <summary>
    /// A form or list of labels without amounts (项目编码 | 0102005-2019-…, 附表 15-1 | 工信运行保障) is a table
    /// when, row after row, its first two columns start at the same places; prose never has a second column.
    /// </summary>
    /// <param name="minRows">Rows that must line up: fewer under a caption announcing the table (a form's first two rows
    /// at the foot of a page).</param>
    public static bool LinedUp(List<RowBand> tabular, List<StreamLine> block, int minRows = MinLinedUpRows)
    {
        if (tabular.Count < minRows) return false;
        var starts = new List<(double First, double Second)>();
        foreach (var band in tabular)
        {
            var xs = band.Cells(block).Select(c => c.Box.X0).Order().ToList();
            // A label wrapped onto several lines starts each line at the same place: the next column starts further right.
            var second = xs.FirstOrDefault(x => x > xs[0] + 3 * LineUpTolerance, double.NaN);
            if (!double.IsNaN(second)) starts.Add((xs[0], second));
        }
        if (starts.Count < minRows) return false;
        // Most rows start at the table's left edge (a two-sided table's 支出 side goes on alone further right), and
        // the next column starts at one place in many of them.
        var first = MostCommon(starts.Select(s => s.First));
        var next = MostCommon(starts.Select(s => s.Second));
        var leftAligned = starts.Count(s => Math.Abs(s.First - first) <= LineUpTolerance);
        var nextAligned = starts.Count(s => Math.Abs(s.First - first) <= LineUpTolerance && Math.Abs(s.Second - next) <= LineUpTolerance);
        return leftAligned >= 0.75 * tabular.Count && nextAligned >= Math.Max(minRows, 0.5 * tabular.Count);
    }

    /// <summary>
    /// An indicator table's targets (≥10次, ≥上年值, ≥40% …) beside long wrapped texts: amounts too few among the lines of
    /// its wrapped cells, but this many of them start (or end) at one place, in a column after the first; the amounts
    /// of prose fall where the words put them.
    /// </summary>
    public static bool ValuesLinedUp(List<RowBand> tabular, List<StreamLine> block)
    {
        var values = tabular.SelectMany((b, i) => b.Cells(block).OrderBy(c => c.Box.X0).Skip(1)
            .Where(c => Cells.CellValues.IsValueLike(c.Text)).Select(c => (Band: i, c.Box.X0, c.Box.X1))).ToList();
        int BandsAt(Func<(int Band, double X0, double X1), double> edge, double x) =>
            values.Where(v => Math.Abs(edge(v) - x) <= LineUpTolerance).Select(v => v.Band).Distinct().Count();
        return values.Any(v => BandsAt(c => c.X0, v.X0) >= MinLinedUpRows || BandsAt(c => c.X1, v.X1) >= MinLinedUpRows);
    }

    /// <summary>A list of numbered items (第一部分 | 部门概况, 1. | 收支预算总表) lines up too: a table of contents.</summary>
    public static bool IsContentsList(List<RowBand> tabular, List<StreamLine> block) =>
        tabular.Count(b => ItemNumberPattern().IsMatch(b.Cells(block).MinBy(c => c.Box.X0)!.Text.Trim())) >= 0.5 * tabular.Count;

    /// <summary>
    /// A form whose rows fill different columns (labels centred down the first, then rows of the last columns only):
    /// nearly every cell starts or ends where cells of at least two other rows do, and at least two columns are
    /// started by many rows.
    /// </summary>
    public static bool OnAGrid(List<RowBand> tabular, List<StreamLine> block)
    {
        if (tabular.Count < 2 * MinLinedUpRows) return false;
        var cells = tabular.SelectMany((b, i) => b.Cells(block).Select(c => (Row: i, c.Box.X0, c.Box.X1))).ToList();
        int RowsStartingAt(double x) => cells.Where(c => Math.Abs(c.X0 - x) <= LineUpTolerance).Select(c => c.Row).Distinct().Count();
        int RowsEndingAt(double x) => cells.Where(c => Math.Abs(c.X1 - x) <= LineUpTolerance).Select(c => c.Row).Distinct().Count();
        var aligned = cells.Count(c => RowsStartingAt(c.X0) >= 3 || RowsEndingAt(c.X1) >= 3);
        if (aligned < 0.9 * cells.Count) return false;
        var columnStarts = new List<double>();
        foreach (var x in cells.Select(c => c.X0).Distinct().Order())
            if (RowsStartingAt(x) >= MinLinedUpRows && (columnStarts.Count == 0 || x - columnStarts[^1] > 2 * LineUpTolerance)) columnStarts.Add(x);
        return columnStarts.Count >= 2;
    }

    /// <summary>A header without a body has at most this many lines (two-level headers: a group heading over its columns).</summary>
    private const int MaxHeaderOnlyLines = 3;

    /// <summary>A column heading is a name, not a sentence: at most this many characters, without sentence punctuation.</summary>
    private const int MaxHeadingLength = 16;

    /// <summary>
    /// A header printed with no body under it (政府性基金预算支出表 of a department without such funds: 科目编码 | 科目名称 |
    /// 本年政府性基金预算支出 over 合计 | 基本支出 | 项目支出): two or three lines of three or more short headings, each
    /// line after the first right of the first line's first heading, which spans down. Only announced blocks qualify (a caption above it); a lone
    /// line of headings is no evidence (OCR reads a title in pieces a column gap apart).
    /// </summary>
    public static bool IsHeaderOnly(List<RowBand> tabular, List<StreamLine> block)
    {
        if (tabular.Count is < 2 or > MaxHeaderOnlyLines) return false;
        var lines = tabular.Select(b => b.Cells(block).ToList()).ToList();
        if (lines.Any(cells => cells.Count < 3 || cells.Any(c => c.Text.Length > MaxHeadingLength || SentencePunctuation().IsMatch(c.Text))))
            return false;
        // The first headings span down the header's lines (科目编码 | 科目名称); lower lines split the later ones.
        var split = lines[0].OrderBy(c => c.Box.X0).ElementAt(1).Box.X0 - LineUpTolerance;
        return lines.Skip(1).All(cells => cells.All(c => c.Box.X0 >= split));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[，。；！？]")]
    private static partial System.Text.RegularExpressions.Regex SentencePunctuation();

    private static double MostCommon(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        return list.MaxBy(x => list.Count(y => Math.Abs(x - y) <= LineUpTolerance));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:第[一二三四五六七八九十\d]{1,3}[部分章节篇]+|\d{1,2}[.．、]?|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])$")]
    private static partial System.Text.RegularExpressions.Regex ItemNumberPattern();
}
