using System.Collections.Immutable;
using BudgetExtract.Diagnostics;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>What OCR found on one page, in page points: visible glyphs, rulings, and what it is unsure of.</summary>
/// <param name="Skew">Skew corrected, degrees.</param>
/// <param name="Cells">Table cells read one by one.</param>
/// <param name="Diagnostics">Low-confidence readings (page numbers are set when the page is placed).</param>
public sealed record OcrPage(
    ImmutableArray<Glyph> Glyphs,
    ImmutableArray<Ruling> Rulings,
    double Skew,
    int Cells,
    ImmutableArray<Diagnostic> Diagnostics);
