using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Tables.Tests;

/// <summary>Synthetic pages for the table stage: text placed like a producer would, rulings as segments.</summary>
internal sealed class FakePage(int number, double width = 600, double height = 800)
{
    private readonly List<Glyph> _glyphs = [];
    private readonly List<Ruling> _rulings = [];

    public int Number => number;

    /// <summary>Text with its left edge at x (CJK 1 em, ASCII half an em).</summary>
    public FakePage Text(string text, double x, double baseline, double size = 10, string font = "F")
    {
        foreach (var ch in text)
        {
            var advance = ch < 128 ? size * 0.5 : size;
            if (ch != ' ')
                _glyphs.Add(new Glyph(ch.ToString(), new Box(x, baseline - 0.88 * size, x + advance, baseline + 0.12 * size), font, size, false, true));
            x += advance;
        }
        return this;
    }

    /// <summary>Text with its right edge at x (numbers are right-aligned).</summary>
    public FakePage RightText(string text, double right, double baseline, double size = 10) =>
        Text(text, right - text.Sum(c => c < 128 ? size * 0.5 : size), baseline, size);

    /// <summary>One row of an unruled table: each non-empty text in its column.</summary>
    public FakePage Row(double baseline, FakeColumn[] columns, params string[] texts)
    {
        for (var c = 0; c < texts.Length; c++)
        {
            if (texts[c].Length == 0) continue;
            if (columns[c].RightAligned) RightText(texts[c], columns[c].X, baseline);
            else Text(texts[c], columns[c].X, baseline);
        }
        return this;
    }

    /// <summary>Rows of an unruled table, one every <paramref name="step"/> points from <paramref name="top"/>.</summary>
    public FakePage Rows(double top, double step, FakeColumn[] columns, string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++) Row(top + step * r, columns, rows[r]);
        return this;
    }

    public FakePage HLine(double x0, double x1, double y)
    {
        _rulings.Add(new Ruling(x0, y, x1, y, 0.5));
        return this;
    }

    public FakePage VLine(double x, double y0, double y1)
    {
        _rulings.Add(new Ruling(x, y0, x, y1, 0.5));
        return this;
    }

    /// <summary>A full grid: every row and column edge drawn.</summary>
    public FakePage Grid(double[] xs, double[] ys)
    {
        foreach (var y in ys) HLine(xs[0], xs[^1], y);
        foreach (var x in xs) VLine(x, ys[0], ys[^1]);
        return this;
    }

    public PageContent Build() => new(number, width, height, 0, [.. _glyphs], [.. _rulings], [], [], []);
}

/// <summary>A column of a synthetic table: its texts start at X, or end there when right-aligned (amounts).</summary>
internal readonly record struct FakeColumn(double X, bool RightAligned = false)
{
    public static FakeColumn Left(double x) => new(x);

    public static FakeColumn Right(double x) => new(x, true);
}

internal static class Pipeline
{
    public static ImmutableArray<Model.Table> Extract(params FakePage[] pages) =>
        new GridTableExtractor().Extract(new DocumentLayoutAnalyzer().Analyze([.. pages.Select(p => p.Build())]));

    public static string[][] TextGrid(this Model.Table table) => [.. table.Grid().Select(r => r.ToArray())];
}
