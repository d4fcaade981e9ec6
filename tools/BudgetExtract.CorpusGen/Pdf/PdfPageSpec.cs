namespace BudgetExtract.CorpusGen.Pdf;

/// <summary>A finished page: its drawing, and whether it is stored portrait with /Rotate 90 (how some producers make landscape pages).</summary>
internal sealed record PdfPageSpec(PdfCanvas Canvas, bool StoredRotated);
