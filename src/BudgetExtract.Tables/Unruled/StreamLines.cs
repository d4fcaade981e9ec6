using BudgetExtract.Geometry;
using BudgetExtract.Tables.Captions;
using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>Builds stream lines from the words no ruled table took.</summary>
internal static partial class StreamLines
{
    /// <summary>
    /// Words closer than this share of the font size belong to one cell (a space is about a third of an em);
    /// two numbers side by side are always two cells, however close, since a number holds no space.
    /// </summary>
    private const double CellGapRatio = 0.45;

    public static List<StreamLine> Build(IReadOnlyList<PageWord> words, HashSet<int> used)
    {
        var byLine = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used.Contains(i)) continue;
            if (!byLine.TryGetValue(words[i].Line, out var list)) byLine[words[i].Line] = list = [];
            list.Add(i);
        }
        var lines = new List<StreamLine>();
        foreach (var (_, indexes) in byLine)
        {
            indexes.Sort((a, b) => words[a].Word.Box.X0.CompareTo(words[b].Word.Box.X0));
            var size = indexes.Max(i => words[i].Word.FontSize);
            var cells = new List<StreamCell>();
            var current = new List<int> { indexes[0] };
            for (var k = 1; k < indexes.Count; k++)
            {
                var left = words[current[^1]].Word;
                var right = words[indexes[k]].Word;
                var gap = right.Box.X0 - left.Box.X1;
                // An enumerator (1. / 一、 / （二）) starts the text after it, however wide the space.
                // (312) (45) are two amounts in accounting style, not an item number and its text.
                var enumerated = current.Count == 1 && EnumeratorPattern().IsMatch(left.Text) && !CellValues.IsValueLike(right.Text)
                                 && right.Text[0] is not ('(' or '（' or '-' or '−') && !char.IsAsciiDigit(right.Text[0]);
                // A comparison sign alone is no cell: it bounds the value after it (≥ 10, ≤ 131728, set a space wider than a
                // cell gap), which a target column prints left-aligned beside right-aligned plain numbers.
                var bounded = current.Count == 1 && ComparisonPattern().IsMatch(left.Text) && gap <= MaxBoundGapRatio * size
                              && CellValues.IsValueLike(right.Text);
                var apart = gap > CellGapRatio * size;
                var grouped = !apart && CellValues.ContinuesDigitGroups(left.Text, right.Text);
                if (!enumerated && !bounded && !grouped && (apart || (CellValues.IsValueLike(left.Text) && CellValues.IsValueLike(right.Text))))
                {
                    cells.Add(Cell(words, current));
                    current = [];
                }
                current.Add(indexes[k]);
            }
            cells.Add(Cell(words, current));
            cells = JoinProse(words, cells, size);
            foreach (var part in ByHeight(cells, size))
            {
                var box = Box.Bounding(part.Select(c => c.Box));
                var text = string.Join(' ', part.Select(c => c.Text));
                lines.Add(new StreamLine(box, part, size, IsCaption(text)));
            }
        }
        lines.Sort((a, b) => a.Box.Y0.CompareTo(b.Box.Y0));
        return ListedNumbersAreRows(lines);
    }

    /// <summary>
    /// Gaps up to this share of the font size can be a stretched space of justified prose (about half an em); a column
    /// gap between two texts is wider (measured on the seed renderings: spaces 0.49, column gaps 0.59 and up).
    /// </summary>
    internal const double MaxStretchedSpaceRatio = 0.55;

    /// <summary>Text running this many font sizes wide is (part of) a paragraph, not a heading or a name.</summary>
    internal const double MinParagraphWidthRatio = 20;

    /// <summary>
    /// A paragraph line (a form's 年度目标 beside its label) can space its words a little wider than a cell gap
    /// (完成 3 个大课题: a space before a number); cut there, its pieces line up with the next lines' and fake
    /// columns. A long run of pieces all a stretched space apart, text beside text, is one cell; a label a column's
    /// gap before it stays a cell of its own.
    /// </summary>
    private static List<StreamCell> JoinProse(IReadOnlyList<PageWord> words, List<StreamCell> cells, double size)
    {
        if (cells.Count < 2) return cells;
        var result = new List<StreamCell>();
        var start = 0;
        for (var k = 1; k <= cells.Count; k++)
        {
            if (k < cells.Count && cells[k].Box.X0 - cells[k - 1].Box.X1 <= MaxStretchedSpaceRatio * size
                && !(CellValues.IsValueLike(cells[k - 1].Text) && CellValues.IsValueLike(cells[k].Text))) continue;
            var run = cells.GetRange(start, k - start);
            if (IsProse(run, size)) result.Add(Cell(words, [.. run.SelectMany(c => c.WordIndexes)]));
            else result.AddRange(run);
            start = k;
        }
        return result;
    }

    private static bool IsProse(List<StreamCell> run, double size) =>
        run.Count >= 2 && run[^1].Box.X1 - run[0].Box.X0 >= MinParagraphWidthRatio * size
        && run.Count(c => !CellValues.IsValueLike(c.Text)) * 2 > run.Count;

    /// <summary>Table numbers listed one under the other this many times form a list (表号 | 表名), not captions.</summary>
    private const int MinListedNumbers = 3;

    /// <summary>Listed table numbers stand at most this many font sizes apart (a name beside them wraps, a group heading comes between).</summary>
    private const double MaxListedGapRatio = 6;

    /// <summary>
    /// A caption starts with a table number (附表15-1 工信运行保障), and so does each entry of a list of tables. Numbers
    /// stacked at one left edge, a few lines apart, are that list: they are its rows; a table's own caption stands
    /// alone above it.
    /// </summary>
    private static List<StreamLine> ListedNumbersAreRows(List<StreamLine> lines)
    {
        var numbered = lines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.IsCaption && CaptionPatterns.Number().IsMatch(x.Line.Cells[0].Text)).ToList();
        var chain = new List<int>();
        var listed = new HashSet<int>();
        for (var k = 0; k < numbered.Count; k++)
        {
            var (line, index) = numbered[k];
            if (chain.Count > 0)
            {
                var previous = lines[chain[^1]];
                var follows = Math.Abs(previous.Box.X0 - line.Box.X0) <= 2 && line.Box.Y0 - previous.Box.Y1 <= MaxListedGapRatio * line.FontSize;
                if (!follows)
                {
                    if (chain.Count >= MinListedNumbers) listed.UnionWith(chain);
                    chain = [];
                }
            }
            chain.Add(index);
        }
        if (chain.Count >= MinListedNumbers) listed.UnionWith(chain);
        return listed.Count == 0 ? lines : [.. lines.Select((l, i) => listed.Contains(i) ? l with { IsCaption = false } : l)];
    }

    /// <summary>
    /// Cells of one text line printed at clearly different heights are different lines: a label centred on
    /// several rows can sit a few points off the baseline of the row beside it and still share its band.
    /// </summary>
    private static IEnumerable<List<StreamCell>> ByHeight(List<StreamCell> cells, double size)
    {
        var parts = new List<List<StreamCell>>();
        foreach (var cell in cells.OrderBy(c => c.Box.CenterY))
        {
            if (parts.Count > 0 && cell.Box.CenterY - parts[^1][^1].Box.CenterY <= HeightToleranceRatio * size) parts[^1].Add(cell);
            else parts.Add([cell]);
        }
        return parts.Select(p => p.OrderBy(c => c.Box.X0).ToList());
    }

    /// <summary>Cells of one row differ in height by less than this share of the font size.</summary>
    private const double HeightToleranceRatio = 0.2;

    private static StreamCell Cell(IReadOnlyList<PageWord> words, List<int> indexes) =>
        new(Box.Bounding(indexes.Select(i => words[i].Word.Box)), [.. indexes.Select(i => words[i])], [.. indexes]);

    /// <summary>Lines that belong around a table, never in it: numbers, titles' meta lines, units, notes, leaders.</summary>
    private static bool IsCaption(string text) =>
        CaptionPatterns.Number().IsMatch(text) || CaptionPatterns.Unit().IsMatch(text) || CaptionPatterns.Meta().IsMatch(text)
        || CaptionPatterns.Note().IsMatch(text) || text.Contains("……") || text.Contains("....") || text.Contains("···");

    /// <summary>A comparison sign this far (share of the font size) before a value bounds it: about two spaces.</summary>
    private const double MaxBoundGapRatio = 1.0;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[≥≤><＞＜≧≦]|[><]=)$")]
    private static partial System.Text.RegularExpressions.Regex ComparisonPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])$")]
    private static partial System.Text.RegularExpressions.Regex EnumeratorPattern();
}
