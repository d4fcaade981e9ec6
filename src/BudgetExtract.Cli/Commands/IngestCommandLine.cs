using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Extraction;
using BudgetExtract.Extraction.Writers;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>ingest</c>.</summary>
internal static class IngestCommandLine
{
    public static Command Build(CliContext context)
    {
        var options = new StoreCommandOptions();
        var path = new Argument<string>("path") { Description = "A PDF file, or a directory of PDF files" };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Documents extracted at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("ingest", "Extract PDF files and store them in the SQLite database (idempotent, versioned)") { path, options.Db, parallel };
        command.SetAction((result, ct) => context.RunAsync(() =>
        {
            var settings = new IngestSettings
            {
                Path = result.GetValue(path)!,
                Db = result.GetValue(options.Db)!,
                Parallelism = result.GetValue(parallel),
            };
            var extractor = DocumentExtractor.CreateDefault();
            return new IngestCommand(
                async (file, token) => ResultMapper.ToResult(await extractor.ExtractAsync(file, null, token).ConfigureAwait(false)),
                TimeProvider.System, context.Stdout, context.Stderr).RunAsync(settings, ct);
        }));
        return command;
    }
}
