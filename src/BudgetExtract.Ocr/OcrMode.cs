namespace BudgetExtract.Ocr;

/// <summary>Which pages are OCR'd.</summary>
public enum OcrMode
{
    /// <summary>Pages that look scanned (no visible text, a page-sized image). The default.</summary>
    Auto,

    /// <summary>Every page, replacing its text layer.</summary>
    Always,

    /// <summary>No page: the text layer only.</summary>
    Never,
}
