namespace BudgetExtract.Ocr.Recognition;

/// <summary>Chinese characters as the OCR rules see them: the CJK Unified Ideographs block, where chi_sim's readings fall.</summary>
internal static class Han
{
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
