namespace BudgetExtract.CorpusGen.Render;

/// <summary>Column widths, row heights and wrapped cell lines of one table, and whether it needs a landscape page.</summary>
internal sealed class TableLayout
{
    /// <summary>Cell text size; lines are 1.4 sizes apart.</summary>
    public required double FontSize { get; init; }
    public double LineHeight => 1.4 * FontSize;
    private const double PadX = 3, PadY = 3.5;
    public const double PortraitWidth = 495, LandscapeWidth = 742;

    public required GenTable Table { get; init; }
    public required double[] Widths { get; init; }
    public required double[] RowHeights { get; init; }
    public required Dictionary<GenCell, List<string>> Lines { get; init; }
    public bool Landscape { get; set; }
    public double TotalWidth => Widths.Sum();

    public static TableLayout Measure(GenTable table, double fontSize = 9)
    {
        var FontSize = fontSize;
        var LineHeight = 1.4 * fontSize;
        var n = table.ColumnCount;
        var natural = new double[n];
        var minimum = Enumerable.Repeat(2 * FontSize + 2 * PadX, n).ToArray();
        var cap = new double[n];
        foreach (var cell in table.Cells.Where(c => c.ColSpan == 1 && c.Text.Length > 0))
        {
            natural[cell.Col] = Math.Max(natural[cell.Col], TextFit.Width(cell.Text, FontSize) + 2 * PadX);
            minimum[cell.Col] = Math.Max(minimum[cell.Col], TextFit.LongestUnbreakable(cell.Text, FontSize) + 2 * PadX);
        }
        for (var c = 0; c < n; c++)
        {
            // Long descriptions get a wide column, names a narrow one: both wrap, as in the printed documents.
            cap[c] = natural[c] > 30 * FontSize ? 22 * FontSize + 2 * PadX : 9 * FontSize + 2 * PadX;
            natural[c] = natural[c] == 0 ? 4 * FontSize : natural[c];
        }
        var widths = Enumerable.Range(0, n).Select(c => Math.Max(minimum[c], Math.Min(natural[c], cap[c]))).ToArray();
        foreach (var cell in table.Cells.Where(c => c.ColSpan > 1 && c.Text.Length > 0))
        {
            var need = TextFit.LongestUnbreakable(cell.Text, FontSize) + 2 * PadX;
            var have = Enumerable.Range(cell.Col, cell.ColSpan).Sum(k => widths[k]);
            if (need > have) widths[cell.Col + cell.ColSpan - 1] += need - have;
        }
        var landscape = widths.Sum() > PortraitWidth;
        var available = landscape ? LandscapeWidth : PortraitWidth;
        while (widths.Sum() > available)
        {
            var widest = Enumerable.Range(0, n).Where(c => widths[c] > minimum[c] + 0.5).OrderByDescending(c => widths[c] - minimum[c]).DefaultIfEmpty(-1).First();
            if (widest < 0) break;
            widths[widest] = Math.Max(minimum[widest], widths[widest] - 2);
        }
        for (var c = 0; c < n; c++) widths[c] = Math.Round(widths[c], 1);

        var lines = new Dictionary<GenCell, List<string>>();
        var heights = Enumerable.Repeat(LineHeight + 2 * PadY, table.RowCount).ToArray();
        foreach (var cell in table.Cells)
        {
            var w = Enumerable.Range(cell.Col, cell.ColSpan).Sum(k => widths[k]) - 2 * PadX;
            var wrapped = cell.Text.Length == 0 ? [] : TextFit.Wrap(cell.Text, w + 0.01, FontSize);
            lines[cell] = wrapped;
            if (cell.RowSpan == 1) heights[cell.Row] = Math.Max(heights[cell.Row], wrapped.Count * LineHeight + 2 * PadY);
        }
        foreach (var cell in table.Cells.Where(c => c.RowSpan > 1))
        {
            var need = lines[cell].Count * LineHeight + 2 * PadY;
            var have = Enumerable.Range(cell.Row, cell.RowSpan).Sum(r => heights[r]);
            if (need > have) heights[cell.Row + cell.RowSpan - 1] += need - have;
        }
        return new TableLayout { FontSize = fontSize, Table = table, Widths = widths, RowHeights = heights, Lines = lines, Landscape = landscape };
    }

    public double PadXValue => PadX;

    /// <summary>Columns of subject codes (科目编码): printed left-aligned like text, although they are digits.</summary>
    public IReadOnlySet<int> CodeColumns => _codeColumns ??= Table.Cells
        .Where(c => c.Header && (c.Text.Contains("编码") || c.Text.Contains("代码")))
        .SelectMany(c => Enumerable.Range(c.Col, c.ColSpan)).ToHashSet();

    private HashSet<int>? _codeColumns;
}
