using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>How a reader should segment an image.</summary>
public enum ReadMode
{
    /// <summary>Find blocks and lines itself (a whole page).</summary>
    Page,

    /// <summary>One uniform block of text (a table cell with wrapped lines).</summary>
    Block,

    /// <summary>Exactly one line (most table cells).</summary>
    Line,
}

/// <summary>
/// A recognized word: text, pixel box in the image given, confidence 0..100, the box of its text line, and the
/// confidence of each character when the reader gives them one per character (null otherwise).
/// </summary>
public readonly record struct OcrWord(string Text, PixelBox Box, float Confidence, PixelBox Line, IReadOnlyList<float>? Symbols = null);

/// <summary>The OCR seam: reads words from an image. Instances are not thread-safe.</summary>
public interface ITextReader : IDisposable
{
    IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode);
}

/// <summary>The two readers one worker needs: general text, and digits-and-separators only.</summary>
public sealed record ReaderPair(ITextReader Text, ITextReader Digits) : IDisposable
{
    public void Dispose()
    {
        Text.Dispose();
        Digits.Dispose();
    }
}
