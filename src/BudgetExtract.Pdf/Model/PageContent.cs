using System.Collections.Immutable;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;

namespace BudgetExtract.Pdf.Model;

/// <summary>Everything drawn on one page, in page points after the page's /Rotate is applied.</summary>
/// <param name="Number">1-based page number in the document.</param>
/// <param name="Width">Displayed page width in points.</param>
/// <param name="Height">Displayed page height in points.</param>
/// <param name="Rotation">The page's /Rotate (0, 90, 180, 270).</param>
public sealed record PageContent(
    int Number,
    double Width,
    double Height,
    int Rotation,
    ImmutableArray<Glyph> Glyphs,
    ImmutableArray<Ruling> Rulings,
    ImmutableArray<FilledRect> FilledRects,
    ImmutableArray<Box> Images,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the page shows no visible text but an image covering most of it: a scan.</summary>
    public bool LooksScanned
    {
        get
        {
            foreach (var g in Glyphs)
                if (!g.Invisible && !g.IsWhitespace) return false;
            var pageArea = Width * Height;
            foreach (var image in Images)
                if (image.Width * image.Height >= 0.5 * pageArea) return true;
            return false;
        }
    }
}
