using System.Globalization;
using BudgetExtract.CorpusGen.Pdf;
using BudgetExtract.CorpusGen.Seeds;

namespace BudgetExtract.CorpusGen.Render;

/// <summary>
/// Lays a seed document out as pages: some prose, then every table on its own page(s), broken where the seed
/// broke or where the page is full, with a changing signature stamp and a page number on every page.
/// Records what it drew so the expected output is exact by construction.
/// </summary>
internal sealed class DocumentComposer(SeedDocument document, Variant variant)
{
    private const double Margin = 50, Top = 62, BottomGap = 58;
    private const double ProseSize = 11, ProseLine = 18;
    private static readonly (double W, double H) PortraitSize = (595.28, 841.89), LandscapeSize = (841.89, 595.28);

    private readonly List<PdfPageSpec> _pages = [];
    private PdfCanvas _canvas = null!;
    private double _y;
    private int _continuations;

    public (byte[] Pdf, ExpectedDocument Expected) Compose()
    {
        // Variants differ in type size too, so wrapping and page breaks fall differently.
        var fontSize = variant switch { Variant.RuledLines => 9, Variant.RuledRects => 8.5, _ => 9.5 };
        var layouts = document.Tables.Select(t => TableLayout.Measure(GenTable.From(t), fontSize)).ToList();
        if (layouts.Count > 0 && !layouts.Any(l => l.Landscape)) layouts.MaxBy(l => l.TotalWidth)!.Landscape = true;
        // Every document gets at least one table broken across pages.
        var forcedBreak = document.Tables.All(t => t.Breaks.Count == 0) && layouts.Count > 0
            ? layouts.IndexOf(layouts.MaxBy(l => l.Table.RowCount)!) : -1;

        Intro();
        var expected = new List<ExpectedTable>();
        for (var i = 0; i < layouts.Count; i++)
        {
            var prose = i % 3 == 1 && document.Prose.Count > 0 ? document.Prose[(i * 7) % document.Prose.Count] : null;
            var extra = i == forcedBreak ? new[] { Math.Max(1, layouts[i].Table.RowCount - layouts[i].Table.HeaderRowCount) / 2 } : [];
            expected.Add(DrawTable(layouts[i], prose, extra));
        }
        FinishPage();
        return (MinimalPdfWriter.Write(_pages), new ExpectedDocument(expected));
    }

    private void Intro()
    {
        if (document.Prose.Count == 0) return;
        NewPage(landscape: false);
        double used = 0;
        foreach (var paragraph in document.Prose.Take(14))
        {
            if (used > 1.4 * (PortraitSize.H - Top - BottomGap)) break;
            var before = _y;
            if (!Paragraph(paragraph))
            {
                FinishPage();
                NewPage(false);
                Paragraph(paragraph);
            }
            used += Math.Max(0, _y - before);
        }
    }

    /// <summary>Writes a prose paragraph at the cursor; false (nothing drawn) when it does not fit.</summary>
    private bool Paragraph(string text)
    {
        var width = _canvas.Width - 2 * Margin;
        var lines = TextFit.Wrap(text, width - 2 * ProseSize, ProseSize);
        if (_y + lines.Count * ProseLine > Bottom) return false;
        for (var i = 0; i < lines.Count; i++)
        {
            _canvas.Text(Margin + (i == 0 ? 2 * ProseSize : 0), _y + ProseSize, ProseSize, lines[i]);
            _y += ProseLine;
        }
        _y += 8;
        return true;
    }

    private double Bottom => _canvas.Height - BottomGap;

    private ExpectedTable DrawTable(TableLayout layout, string? prose, int[] extraBreaks)
    {
        var table = layout.Table;
        var seed = table.Seed;
        var h = table.HeaderRowCount;
        var breaks = new HashSet<int>(seed.Breaks.Concat(extraBreaks).Select(b => b + h));
        var pages = new List<int>();
        var cellPage = new Dictionary<GenCell, (int Page, double[] Box)>();
        var x0 = 0.0;

        FinishPage();
        NewPage(layout.Landscape);
        if (prose is not null) Paragraph(prose);
        TitleBlock(seed);
        var showHeader = h > 0;
        var segmentStart = _y;
        var segment = new List<int>();
        if (showHeader) segment.AddRange(Enumerable.Range(0, h));
        var nextBody = h;
        while (true)
        {
            var fits = nextBody < table.RowCount && (_y + SegmentHeight(segment) + layout.RowHeights[nextBody] <= Bottom);
            var bodyOnPage = segment.Count(r => r >= h);
            if (nextBody < table.RowCount && (fits || bodyOnPage == 0) && !(breaks.Contains(nextBody) && bodyOnPage > 0))
            {
                segment.Add(nextBody++);
                continue;
            }
            x0 = (_canvas.Width - layout.TotalWidth) / 2;
            DrawSegment(layout, segment, x0, segmentStart, cellPage);
            pages.Add(_pages.Count + 1);
            if (nextBody >= table.RowCount) break;

            // Continuation page: title and header repeated, or 续表 and no header, or the header only.
            FinishPage();
            NewPage(layout.Landscape);
            var mode = _continuations++ % 4;
            segment = [];
            if (mode == 1) TitleBlock(seed);
            if (mode == 0)
            {
                _canvas.Text(x0Of(layout), _y + 10.5, 10.5, "续表");
                _y += 20;
            }
            if (h > 0 && mode is 1 or 2) segment.AddRange(Enumerable.Range(0, h));
            segmentStart = _y;
        }
        _y = segmentStart + SegmentHeight(segment) + 8;
        foreach (var note in seed.Notes)
        {
            var lines = TextFit.Wrap(note, _canvas.Width - x0Of(layout) - Margin, 10);
            if (_y + lines.Count * 15 > Bottom) { FinishPage(); NewPage(layout.Landscape); }
            foreach (var line in lines)
            {
                _canvas.Text(x0Of(layout), _y + 10, 10, line);
                _y += 15;
            }
            if (!pages.Contains(_pages.Count + 1)) pages.Add(_pages.Count + 1);
        }

        var grid = table.Grid;
        return new ExpectedTable(seed.Number, seed.Title, seed.Unit, pages,
            [.. grid.Take(h).Select(r => (IReadOnlyList<string>)r)],
            [.. grid.Skip(h).Select(r => (IReadOnlyList<string>)r)],
            // Plain empty cells are implied by the grid; listing them would only bloat the corpus.
            [.. table.Cells.Where(c => c.Text.Length > 0 || c.RowSpan > 1 || c.ColSpan > 1).Select(c => new ExpectedCell(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Header, c.Text, cellPage[c].Page, cellPage[c].Box))],
            seed.Notes);

        double SegmentHeight(List<int> rows) => rows.Sum(r => layout.RowHeights[r]);
    }

    private double x0Of(TableLayout layout) => Math.Max(Margin - 10, (_canvas.Width - layout.TotalWidth) / 2);

    private void TitleBlock(SeedTable seed)
    {
        var left = Margin;
        if (seed.Number is not null)
        {
            _canvas.Text(left, _y + 10.5, 10.5, seed.Number);
            _y += 18;
        }
        if (seed.Title is not null)
        {
            var w = TextFit.Width(seed.Title, 15);
            _canvas.Text((_canvas.Width - w) / 2, _y + 15, 15, seed.Title);
            _y += 26;
        }
        var department = seed.MetaLines.FirstOrDefault(l => l.Contains('：') || l.Contains(':'));
        foreach (var meta in seed.MetaLines.Where(l => l != department))
        {
            _canvas.Text((_canvas.Width - TextFit.Width(meta, 10)) / 2, _y + 10, 10, meta);
            _y += 16;
        }
        if (department is not null || seed.Unit is not null)
        {
            if (department is not null) _canvas.Text(left, _y + 10, 10, department);
            if (seed.Unit is not null)
            {
                var unit = "单位：" + seed.Unit;
                _canvas.Text(_canvas.Width - Margin - TextFit.Width(unit, 10), _y + 10, 10, unit);
            }
            _y += 18;
        }
        _y += 4;
    }

    private void DrawSegment(TableLayout layout, List<int> rows, double x0, double y0, Dictionary<GenCell, (int, double[])> cellPage)
    {
        if (rows.Count == 0) return;
        var table = layout.Table;
        var top = new Dictionary<int, double>();
        var y = y0;
        foreach (var r in rows)
        {
            top[r] = y;
            y += layout.RowHeights[r];
        }
        var colX = new double[table.ColumnCount + 1];
        colX[0] = x0;
        for (var c = 0; c < table.ColumnCount; c++) colX[c + 1] = colX[c] + layout.Widths[c];
        var page = _pages.Count + 1;
        foreach (var cell in table.Cells)
        {
            var visible = Enumerable.Range(cell.Row, cell.RowSpan).Where(top.ContainsKey).ToList();
            if (visible.Count == 0) continue;
            var bx0 = colX[cell.Col];
            var bx1 = colX[cell.Col + cell.ColSpan];
            var by0 = top[visible[0]];
            var by1 = top[visible[^1]] + layout.RowHeights[visible[^1]];
            Border(bx0, by0, bx1, by1);
            // A span broken by the page shows its text once, on the page holding its top-left position.
            if (!top.ContainsKey(cell.Row)) continue;
            cellPage[cell] = (page, [R(bx0), R(by0), R(bx1), R(by1)]);
            var lines = layout.Lines[cell];
            var blockTop = by0 + (by1 - by0 - lines.Count * layout.LineHeight) / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                var w = TextFit.Width(lines[i], layout.FontSize);
                var x = cell.Header ? (bx0 + bx1 - w) / 2
                    : SeedText.IsNumeric(cell.Text) && !layout.CodeColumns.Contains(cell.Col) ? bx1 - layout.PadXValue - w
                    : bx0 + layout.PadXValue;
                _canvas.Text(x, blockTop + i * layout.LineHeight + 1.07 * layout.FontSize, layout.FontSize, lines[i]);
            }
        }
        if (variant == Variant.Unruled)
        {
            _canvas.Line(colX[0], y0, colX[^1], y0, 1);
            var headerRows = rows.Where(r => r < table.HeaderRowCount).ToList();
            if (headerRows.Count > 0)
            {
                var under = top[headerRows[^1]] + layout.RowHeights[headerRows[^1]];
                _canvas.Line(colX[0], under, colX[^1], under, 0.5);
            }
            _canvas.Line(colX[0], y, colX[^1], y, 1);
        }
    }

    private void Border(double x0, double y0, double x1, double y1)
    {
        switch (variant)
        {
            case Variant.RuledLines:
                _canvas.Line(x0, y0, x1, y0, 0.5);
                _canvas.Line(x0, y1, x1, y1, 0.5);
                _canvas.Line(x0, y0, x0, y1, 0.5);
                _canvas.Line(x1, y0, x1, y1, 0.5);
                break;
            case Variant.RuledRects:
                _canvas.FillRect(x0 - 0.25, y0 - 0.25, x1 - x0 + 0.5, 0.5);
                _canvas.FillRect(x0 - 0.25, y1 - 0.25, x1 - x0 + 0.5, 0.5);
                _canvas.FillRect(x0 - 0.25, y0 - 0.25, 0.5, y1 - y0 + 0.5);
                _canvas.FillRect(x1 - 0.25, y0 - 0.25, 0.5, y1 - y0 + 0.5);
                break;
        }
    }

    private void NewPage(bool landscape)
    {
        var (w, h) = landscape ? LandscapeSize : PortraitSize;
        _canvas = new PdfCanvas(w, h);
        _y = Top;
        _pageOpen = true;
        _landscape = landscape;
    }

    private bool _pageOpen;
    private bool _landscape;

    /// <summary>Adds the page furniture (signature stamp with a changing timestamp, page number) and closes the page.</summary>
    private void FinishPage()
    {
        if (!_pageOpen) return;
        var number = _pages.Count + 1;
        var stamp = document.FirstStamp.AddSeconds(20 * (number - 1)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        if (variant == Variant.RuledRects)
        {
            _canvas.Text(Margin, _canvas.Height - 48, 9, document.Signer);
            _canvas.Text(Margin, _canvas.Height - 37, 9, stamp);
        }
        else
        {
            var w = Math.Max(TextFit.Width(document.Signer, 9), TextFit.Width(stamp, 9));
            _canvas.Text(_canvas.Width - Margin - w, 28, 9, document.Signer);
            _canvas.Text(_canvas.Width - Margin - w, 39, 9, stamp);
        }
        if (variant == Variant.Unruled && document.Title.Length > 0)
        {
            // A running title, as some producers print in the page head.
            _canvas.Text(Margin, 34, 9, document.Title);
            _canvas.Line(Margin, 44, _canvas.Width - Margin, 44, 0.5);
        }
        var label = $"- {number} -";
        _canvas.Text((_canvas.Width - TextFit.Width(label, 10.5)) / 2, _canvas.Height - 20, 10.5, label);
        _pages.Add(new PdfPageSpec(_canvas, _landscape && variant == Variant.RuledRects));
        _pageOpen = false;
    }

    private static double R(double v) => Math.Round(v, 1);
}
