using BudgetExtract.Ocr;

namespace BudgetExtract.Cli.Commands;

/// <summary>Shows OCR progress ("OCR file: page 3, 2/5") on stderr when it is a terminal; OCR is the slow stage.</summary>
internal sealed class OcrProgressLine(TextWriter stderr) : IProgress<OcrProgress>
{
    private readonly Lock _lock = new();

    public static IProgress<OcrProgress>? ForTerminal(TextWriter stderr) =>
        Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error) ? null : new OcrProgressLine(stderr);

    public void Report(OcrProgress value)
    {
        lock (_lock)
        {
            var name = Path.GetFileName(value.File);
            stderr.Write($"\rOCR {name}: page {value.Page}{(value.FromCache ? " (cached)" : "")}, {value.Done}/{value.Total}".PadRight(80));
            if (value.Done == value.Total) stderr.WriteLine();
        }
    }
}
