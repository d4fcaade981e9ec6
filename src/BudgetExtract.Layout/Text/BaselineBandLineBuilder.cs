using System.Collections.Immutable;
using System.Text;
using BudgetExtract.Geometry;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Text;

/// <summary>
/// Sorts glyphs by vertical centre, cuts them into bands of glyphs whose centres lie within a share of
/// the font size, then splits each band into words at space glyphs and at gaps wider than a share of the
/// font size. CJK text has no spaces, so gaps are what separate words (and table cells).
/// Invisible glyphs (an OCR layer) are used only on pages that show no visible text.
/// A vertical ruling between two glyphs always separates words: it is a cell border.
/// </summary>
public sealed class BaselineBandLineBuilder(TextOptions? options = null) : ITextLineBuilder
{
    private readonly TextOptions _options = options ?? new TextOptions();

    public ImmutableArray<TextLine> Build(PageContent page)
    {
        var hasVisible = page.Glyphs.Any(g => !g.Invisible && !g.IsWhitespace);
        var glyphs = page.Glyphs.Where(g => g.Upright && g.Invisible != hasVisible).ToList();
        if (glyphs.Count == 0) return [];
        glyphs.Sort((a, b) => a.Box.CenterY.CompareTo(b.Box.CenterY));

        var borders = VerticalBorders.Of(page.Rulings);
        var lines = ImmutableArray.CreateBuilder<TextLine>();
        var band = new List<Glyph>();
        var bandCenter = 0.0;
        var bandSize = 0.0;
        foreach (var g in glyphs)
        {
            if (band.Count > 0 && Math.Abs(g.Box.CenterY - bandCenter) > _options.LineCenterTolerance * Math.Min(g.Size, bandSize))
            {
                AddBand(band, borders, lines);
                band.Clear();
            }
            if (band.Count == 0)
            {
                bandCenter = g.Box.CenterY;
                bandSize = g.Size;
            }
            band.Add(g);
        }
        AddBand(band, borders, lines);
        var withMarkers = FootnoteMarkers.Attach([.. lines]);
        withMarkers.Sort((a, b) => a.Box.Y0 != b.Box.Y0 ? a.Box.Y0.CompareTo(b.Box.Y0) : a.Box.X0.CompareTo(b.Box.X0));
        return [.. withMarkers];
    }

    private void AddBand(List<Glyph> band, VerticalBorders borders, ImmutableArray<TextLine>.Builder lines)
    {
        band.Sort((a, b) => a.Box.X0.CompareTo(b.Box.X0));
        var words = ImmutableArray.CreateBuilder<Word>();
        var text = new StringBuilder();
        Box? box = null;
        var size = 0.0;
        var font = "";
        var lastRight = double.NaN;
        var lastCenter = double.NaN;
        var lastText = "";

        var attached = false;

        void Flush()
        {
            if (box is { } b && text.Length > 0) words.Add(new Word(text.ToString(), b, size, font) { Attached = attached });
            text.Clear();
            box = null;
            size = 0;
            attached = false;
        }

        foreach (var g in band)
        {
            if (g.IsWhitespace)
            {
                Flush();
                lastRight = double.NaN;
                continue;
            }
            var gap = double.IsNaN(lastRight) ? 0 : g.Box.X0 - lastRight;
            if (box is not null)
            {
                var wordSize = Math.Min(g.Size, size);
                if (gap > _options.WordGapRatio * wordSize || borders.Between(lastCenter, g.Box.CenterX, g.Box.CenterY))
                {
                    Flush();
                }
                else if (gap > _options.ValueTextGapRatio * wordSize
                         && ((EndsValue(lastText) && StartsCjk(g.Text)) || (EndsPercent(lastText) && StartsDigit(g.Text))))
                {
                    Flush();
                    attached = true;
                }
            }
            text.Append(LatinLigatures.Expand(g.Text));
            box = box is { } current ? current.Union(g.Box) : g.Box;
            if (g.Size > size)
            {
                size = g.Size;
                font = g.Font;
            }
            lastRight = Math.Max(double.IsNaN(lastRight) ? g.Box.X1 : lastRight, g.Box.X1);
            lastCenter = g.Box.CenterX;
            lastText = g.Text;
        }
        Flush();
        if (words.Count > 0) lines.Add(new TextLine(words.ToImmutable(), Box.Bounding(words.Select(w => w.Box))));
    }

    private static bool EndsValue(string text) => text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] is '%' or '％');

    /// <summary>A percentage ends a value: a digit set apart after it starts the next (100% | 1978.55 under 占比 | 2022年).</summary>
    private static bool EndsPercent(string text) => text.Length > 0 && text[^1] is '%' or '％';

    private static bool StartsDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    private static bool StartsCjk(string text) => text.Length > 0 && text[0] is >= '\u4e00' and <= '\u9fff';
}
