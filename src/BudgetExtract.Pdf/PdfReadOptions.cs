namespace BudgetExtract.Pdf;

/// <summary>Options of the PDF reader.</summary>
public sealed record PdfReadOptions
{
    /// <summary>The mutool executable. Default: <c>mutool</c> on PATH.</summary>
    public string MutoolPath { get; init; } = "mutool";

    /// <summary>Files larger than this are refused as too large. Default: 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Two identical glyphs whose origins are closer than this (points) are one faux-bold glyph. Default: 1.</summary>
    public double FauxBoldTolerance { get; init; } = 1.0;

    /// <summary>A filled rectangle at most this thick (points) is a ruling. Default: 2.</summary>
    public double MaxRulingThickness { get; init; } = 2.0;
}
