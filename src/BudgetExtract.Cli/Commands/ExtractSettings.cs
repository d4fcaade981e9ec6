using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Ocr;
using BudgetExtract.Pdf;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract extract</c>.</summary>
public sealed record ExtractSettings
{
    public static readonly IReadOnlyList<string> Formats = ["json", "text", "md", "csv"];
    public static readonly IReadOnlyList<string> OcrModes = ["auto", "always", "never"];

    /// <summary>A PDF file or a directory of PDF files.</summary>
    public required string Path { get; init; }

    /// <summary>json (DESIGN.md §5), text (each page's lines in reading order), md (every table) or csv (one file per table). Default: json.</summary>
    public string Format { get; init; } = "json";

    /// <summary>Output file (one input) or directory (a directory of inputs); stdout when null.</summary>
    public string? Output { get; init; }

    /// <summary>Pages to read, e.g. 1-3,7; all when null.</summary>
    public string? Pages { get; init; }

    /// <summary>Documents processed at once. Default: the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Which pages are OCR'd: auto (pages that look scanned), always, never. Default: auto.</summary>
    public string Ocr { get; init; } = "auto";

    public OcrMode OcrMode => Ocr switch
    {
        "always" => OcrMode.Always,
        "never" => OcrMode.Never,
        _ => OcrMode.Auto,
    };

    public PageSelection? PageSelection => Pages is null ? null : PageSelection.Parse(Pages);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path)) throw new UsageException("no input given (expected a PDF file or a directory)");
        if (!Formats.Contains(Format)) throw new UsageException($"unknown format '{Format}' (expected one of: {string.Join(", ", Formats)})");
        if (!OcrModes.Contains(Ocr)) throw new UsageException($"unknown OCR mode '{Ocr}' (expected one of: {string.Join(", ", OcrModes)})");
        if (Parallelism < 1) throw new UsageException("--parallel must be at least 1");
        _ = PageSelection;
    }
}
