using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Extraction;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>extract</c>: arguments, options, and the call into <see cref="ExtractCommand"/>.</summary>
internal static class ExtractCommandLine
{
    public static Command Build(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A PDF file, or a directory of PDF files" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: json, text, md or csv", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (one input), or directory (a directory input, or csv: one file per table); default stdout" };
        var pages = new Option<string?>("--pages") { Description = "Pages to read, e.g. 1-3,7,10-N" };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Documents processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var ocr = new Option<string>("--ocr") { Description = "OCR pages: auto (scanned pages), always, never", DefaultValueFactory = _ => "auto" };
        var command = new Command("extract", "Extract pages, tables and records from PDF files") { path, format, output, pages, parallel, ocr };
        command.SetAction((result, ct) => context.RunAsync(() =>
        {
            var settings = new ExtractSettings
            {
                Path = result.GetValue(path)!,
                Format = result.GetValue(format)!,
                Output = result.GetValue(output),
                Pages = result.GetValue(pages),
                Parallelism = result.GetValue(parallel),
                Ocr = result.GetValue(ocr)!,
            };
            settings.Validate();
            var extractor = DocumentExtractor.CreateDefault(ocr: settings.OcrMode, ocrProgress: OcrProgressLine.ForTerminal(context.Stderr));
            return new ExtractCommand(extractor, context.Stdout, context.Stderr).RunAsync(settings, ct);
        }));
        return command;
    }
}
