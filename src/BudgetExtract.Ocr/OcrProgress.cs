namespace BudgetExtract.Ocr;

/// <summary>Reported after each OCR'd page.</summary>
/// <param name="Done">Pages finished so far in this document.</param>
/// <param name="Total">Pages this document needs OCR'd.</param>
/// <param name="FromCache">True when the page came from the cache.</param>
public readonly record struct OcrProgress(string File, int Page, int Done, int Total, bool FromCache);
