namespace BudgetExtract.Ocr;

/// <summary>Options of the OCR stage.</summary>
public sealed record OcrOptions
{
    /// <summary>Which pages to OCR. Default: <see cref="OcrMode.Auto"/>.</summary>
    public OcrMode Mode { get; init; } = OcrMode.Auto;

    /// <summary>Rendering resolution. Default: 300 dpi (Tesseract's sweet spot for 9–12 pt print).</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Tesseract languages for text (numbers are re-read with <c>eng</c> and a digit whitelist). Default: <c>chi_sim</c>:
    /// with <c>chi_sim+eng</c> Tesseract reads some Chinese lines as English garbage, and lets one confident misreading through (docs/ocr.md).</summary>
    public string Languages { get; init; } = "chi_sim";

    /// <summary>Tesseract's tessdata folder; null uses the library's default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    public string? TessdataPath { get; init; }

    /// <summary>Pages OCR'd at once. Default: the number of cores (Tesseract itself runs single-threaded).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Largest skew corrected, degrees. Default: 3.</summary>
    public double MaxSkewDegrees { get; init; } = 3.0;

    /// <summary>A number read with a lower confidence (0–100) is reported. Default: 85.</summary>
    public double MinNumberConfidence { get; init; } = 85;

    /// <summary>Other text read with a lower confidence is reported. Default: 50.</summary>
    public double MinTextConfidence { get; init; } = 50;

    /// <summary>Ink components smaller than this many pixels are noise. Default: 10.</summary>
    public int MinSpecklePixels { get; init; } = 10;

    /// <summary>Where OCR results are cached by page-image hash; null disables the cache.
    /// Default: <c>$XDG_CACHE_HOME/budgetextract/ocr</c> (or <c>~/.cache/budgetextract/ocr</c>).</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>Correct OCR'd cell texts to the budget lexicon (Recognition/Lexicon, docs/ocr.md). Default: true.</summary>
    public bool UseLexicon { get; init; } = true;

    /// <summary>The mutool executable used to render pages. Default: <c>mutool</c> on PATH.</summary>
    public string MutoolPath { get; init; } = "mutool";

    public static string DefaultCacheDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "budgetextract", "ocr");
    }

    /// <summary>What changes a page's OCR result besides its image: part of the cache key.</summary>
    internal string Fingerprint =>
        $"v54|{(UseLexicon ? "lex" + Recognition.Lexicon.OcrLexicon.Default.Count + "+" + Recognition.Lexicon.StrokeContext.Default.Count : "nolex")}|{Dpi}|{Languages}|{MaxSkewDegrees}|{MinNumberConfidence}|{MinTextConfidence}|{MinSpecklePixels}";
}
