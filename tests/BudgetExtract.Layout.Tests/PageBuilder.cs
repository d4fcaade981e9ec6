using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Tests;

/// <summary>Builds synthetic pages: text placed like a PDF producer would (CJK 1 em wide, ASCII half).</summary>
internal sealed class FakePage(int number = 1, double width = 600, double height = 800)
{
    private readonly List<Glyph> _glyphs = [];
    private readonly List<Ruling> _rulings = [];

    public FakePage Text(string text, double x, double baseline, double size = 10, bool invisible = false, double letterSpacing = 0, string font = "F")
    {
        foreach (var ch in text)
        {
            var advance = ch < 128 ? size * 0.5 : size;
            _glyphs.Add(new Glyph(ch.ToString(), new Box(x, baseline - 0.88 * size, x + advance, baseline + 0.12 * size), font, size, invisible, true));
            x += advance + letterSpacing;
        }
        return this;
    }

    public FakePage HorizontalRule(double x0, double x1, double y)
    {
        _rulings.Add(new Ruling(x0, y, x1, y, 0.5));
        return this;
    }

    public PageContent Build() =>
        new(number, width, height, 0, [.. _glyphs], [.. _rulings], [], [], ImmutableArray<BudgetExtract.Diagnostics.Diagnostic>.Empty);
}
