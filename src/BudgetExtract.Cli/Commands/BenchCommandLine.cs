using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Extraction;
using BudgetExtract.Ocr;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>bench</c>.</summary>
internal static class BenchCommandLine
{
    public static Command Build(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "Folder of PDFs (searched recursively), e.g. corpus/" };
        var expected = new Option<string?>("--expected") { Description = "Folder of expected <name>.json files; default: a sibling 'expected' folder" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON on stdout" };
        var floors = new Option<string?>("--floors") { Description = "JSON file of per-document minimum scores; exit code 1 when one is not met" };
        var lineFloors = new Option<string?>("--line-floors") { Description = "JSON file of per-document minimum line/indicator scores; exit code 1 when one is not met" };
        var reconcile = new Option<bool>("--reconcile") { Description = "Only reconcile: extract every PDF (expected file or not), print the share of classified tables whose checks pass, per folder" };
        var command = new Command("bench", "Score extraction against expected output: row recall/precision, adjacency F1, tables in one piece, pages/second, line and indicator recall/precision, reconciliation")
            { directory, expected, json, floors, lineFloors, reconcile };
        command.SetAction((result, ct) => context.RunAsync(() =>
        {
            var settings = new BenchSettings
            {
                Directory = result.GetValue(directory)!,
                Expected = result.GetValue(expected),
                Json = result.GetValue(json),
                Floors = result.GetValue(floors),
                LineFloors = result.GetValue(lineFloors),
                Reconcile = result.GetValue(reconcile),
            };
            // No OCR cache: bench times every page, and a cached page would cost nothing.
            var runner = new BenchRunner(DocumentExtractor.CreateDefault(ocrOptions: new OcrOptions { CacheDirectory = null }));
            return new BenchCommand(runner, context.Stdout, context.Stderr).RunAsync(settings, ct);
        }));
        return command;
    }
}
