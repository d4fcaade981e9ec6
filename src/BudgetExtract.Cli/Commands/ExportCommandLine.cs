using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>export</c>.</summary>
internal static class ExportCommandLine
{
    public static Command Build(CliContext context)
    {
        var o = new StoreCommandOptions();
        var format = new Option<string>("--format", "-f") { Description = "csv, jsonl, xlsx or datapackage (Frictionless)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Directory to write into (created when missing)", Required = true };
        var command = new Command("export", "Export budget lines and indicators: csv, jsonl, xlsx or a Frictionless data package") { format, output, o.Db };
        o.AddDocumentFilters(command);
        command.SetAction((r, _) => context.RunAsync(() => new ExportCommand(TimeProvider.System, context.Stdout).RunAsync(new ExportSettings
        {
            Format = r.GetValue(format)!,
            Output = r.GetValue(output)!,
            Filter = o.Filter(r),
            Aliases = r.GetValue(o.Aliases),
            Db = r.GetValue(o.Db)!,
        })));
        return command;
    }
}
