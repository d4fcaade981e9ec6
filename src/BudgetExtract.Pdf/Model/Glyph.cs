using BudgetExtract.Geometry;

namespace BudgetExtract.Pdf.Model;

/// <summary>One drawn character (or ligature) on a page.</summary>
/// <param name="Text">The unicode text of the glyph; usually one character.</param>
/// <param name="Box">Glyph box in page points (top-left origin), from baseline, advance and font size.</param>
/// <param name="Font">Font name as embedded (subset prefix kept).</param>
/// <param name="Size">Font size in points, after all transforms.</param>
/// <param name="Invisible">True for text that is not painted (render mode 3, e.g. an OCR layer).</param>
/// <param name="Upright">True when the text runs left to right on the displayed page.</param>
public readonly record struct Glyph(string Text, Box Box, string Font, double Size, bool Invisible, bool Upright)
{
    /// <summary>The font name of glyphs recognized by OCR on a scanned page.</summary>
    public const string OcrFont = "OCR";

    public bool IsWhitespace => Text.Length == 0 || string.IsNullOrWhiteSpace(Text);
}
