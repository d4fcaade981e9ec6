namespace BudgetExtract.Ocr.Recognition;

/// <summary>Text as OCR readings are compared: the reader's spaces between Chinese characters and digits carry nothing.</summary>
internal static class OcrText
{
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
