using BudgetExtract.Geometry;

namespace BudgetExtract.Layout.Text;

/// <summary>A run of glyphs on one baseline with no gap wider than a fraction of the font size.</summary>
public sealed record Word(string Text, Box Box, double FontSize, string Font)
{
    /// <summary>
    /// Cut from the word before it with no space between (a value and the Chinese text set close after it,
    /// 12345|政务, 100%|考察): the cut lets a table tell two columns apart; read as text, the two join without a space.
    /// </summary>
    public bool Attached { get; init; }

    /// <summary>Recognized by OCR on a scanned page, not read from a text layer.</summary>
    public bool ReadByOcr => Font == Pdf.Model.Glyph.OcrFont;
}
