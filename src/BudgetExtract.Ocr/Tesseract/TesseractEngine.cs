using System.Runtime.InteropServices;
using BudgetExtract.Diagnostics;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tesseract;

/// <summary>
/// One libtesseract instance (not thread-safe: one per worker). Reads a grayscale image and returns words
/// with pixel boxes and confidences.
/// </summary>
internal sealed class TesseractEngine : ITextReader
{
    public const string InstallHint = "install Tesseract with Simplified Chinese (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim)";

    private IntPtr _handle;

    public TesseractEngine(string? dataPath, string languages, string? whitelist, int dpi)
    {
        try
        {
            TesseractNative.EnsureLoaded();
            _handle = TesseractNative.TessBaseAPICreate();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            throw new ToolMissingException($"libtesseract (Tesseract 5) was not found: {InstallHint}", e);
        }
        if (TesseractNative.TessBaseAPIInit3(_handle, dataPath, languages) != 0)
        {
            TesseractNative.TessBaseAPIDelete(_handle);
            _handle = IntPtr.Zero;
            throw new ToolMissingException(
                $"Tesseract could not load the language data '{languages}'{(dataPath is null ? "" : $" from {dataPath}")}: {InstallHint}");
        }
        if (whitelist is not null) TesseractNative.TessBaseAPISetVariable(_handle, "tessedit_char_whitelist", whitelist);
        TesseractNative.TessBaseAPISetVariable(_handle, "debug_file", "/dev/null");
        Dpi = dpi;
    }

    public int Dpi { get; }

    public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
    {
        ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
        TesseractNative.TessBaseAPISetPageSegMode(_handle, mode switch
        {
            ReadMode.Line => TesseractNative.PsmSingleLine,
            ReadMode.Block => TesseractNative.PsmSingleBlock,
            _ => TesseractNative.PsmAuto,
        });
        TesseractNative.TessBaseAPISetImage(_handle, image.Pixels, image.Width, image.Height, 1, image.Width);
        // Told 300 dpi, Tesseract's page layout misjudges large title text (measured: 收支总表 read as "KK");
        // left at its default it reads whole pages better. Cells and lines are read at the true resolution.
        if (mode != ReadMode.Page) TesseractNative.TessBaseAPISetSourceResolution(_handle, Dpi);
        var words = new List<OcrWord>();
        if (TesseractNative.TessBaseAPIRecognize(_handle, IntPtr.Zero) != 0) return words;
        var iterator = TesseractNative.TessBaseAPIGetIterator(_handle);
        if (iterator == IntPtr.Zero) return words;
        try
        {
            // Walked symbol by symbol (a word starts where the iterator is at a word's beginning), so each word
            // carries its characters' confidences: the lexicon may only change characters Tesseract doubted.
            var page = TesseractNative.TessResultIteratorGetPageIteratorConst(iterator);
            OcrWord? word = null;
            var symbols = new List<float>();
            do
            {
                if (TesseractNative.TessPageIteratorIsAtBeginningOf(page, TesseractNative.LevelWord) != 0)
                {
                    if (word is { } done) words.Add(WithSymbols(done, symbols));
                    word = ReadWord(iterator, page);
                    symbols.Clear();
                }
                symbols.Add(TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.LevelSymbol));
            }
            while (TesseractNative.TessResultIteratorNext(iterator, TesseractNative.LevelSymbol) != 0);
            if (word is { } last) words.Add(WithSymbols(last, symbols));
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
            TesseractNative.TessBaseAPIClear(_handle);
        }
        return words;
    }

    /// <summary>The word the iterator is at (null when it has no text or box).</summary>
    private static OcrWord? ReadWord(IntPtr iterator, IntPtr page)
    {
        var textPointer = TesseractNative.TessResultIteratorGetUTF8Text(iterator, TesseractNative.LevelWord);
        if (textPointer == IntPtr.Zero) return null;
        var text = Marshal.PtrToStringUTF8(textPointer) ?? "";
        TesseractNative.TessDeleteText(textPointer);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TesseractNative.TessPageIteratorBoundingBox(page, TesseractNative.LevelWord, out var l, out var t, out var r, out var b) == 0) return null;
        var confidence = TesseractNative.TessResultIteratorConfidence(iterator, TesseractNative.LevelWord);
        var line = TesseractNative.TessPageIteratorBoundingBox(page, TesseractNative.LevelLine, out var ll, out var lt, out var lr, out var lb) != 0
            ? new PixelBox(ll, lt, lr, lb)
            : new PixelBox(l, t, r, b);
        return new OcrWord(text.Trim(), new PixelBox(l, t, r, b), confidence, line);
    }

    /// <summary>Symbol confidences are kept only when they line up with the word's characters one to one.</summary>
    private static OcrWord WithSymbols(OcrWord word, List<float> symbols) =>
        symbols.Count == word.Text.Length ? word with { Symbols = [.. symbols] } : word;

    public void Dispose()
    {
        if (_handle == IntPtr.Zero) return;
        TesseractNative.TessBaseAPIEnd(_handle);
        TesseractNative.TessBaseAPIDelete(_handle);
        _handle = IntPtr.Zero;
    }
}
