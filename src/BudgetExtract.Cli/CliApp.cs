using System.CommandLine;
using BudgetExtract.Cli.Commands;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Extraction;
using BudgetExtract.Pdf.MuPdf;

namespace BudgetExtract.Cli;

/// <summary>Builds the command tree and runs it; every error goes through <see cref="ErrorHandler"/>.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = new RootCommand("BudgetExtract: finds budget documents, rebuilds their tables, normalizes and stores them.");
        root.Subcommands.Add(BuildExtract(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("run 'budgetextract --help' for usage");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
        }
        catch (Exception e)
        {
            return ErrorHandler.Handle(e, stderr);
        }
    }

    private static Command BuildExtract(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A PDF file, or a directory of PDF files" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: json or text", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (one input) or directory (a directory input); default stdout" };
        var pages = new Option<string?>("--pages") { Description = "Pages to read, e.g. 1-3,7,10-N" };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Documents processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Extract pages, tables and records from PDF files") { path, format, output, pages, parallel };
        command.SetAction(async (result, ct) =>
        {
            var settings = new ExtractSettings
            {
                Path = result.GetValue(path)!,
                Format = result.GetValue(format)!,
                Output = result.GetValue(output),
                Pages = result.GetValue(pages),
                Parallelism = result.GetValue(parallel),
            };
            var extractor = new DocumentExtractor(new MuPdfEngine());
            try
            {
                return await new ExtractCommand(extractor, stdout, stderr).RunAsync(settings, ct);
            }
            catch (Exception e)
            {
                return ErrorHandler.Handle(e, stderr);
            }
        });
        return command;
    }
}
