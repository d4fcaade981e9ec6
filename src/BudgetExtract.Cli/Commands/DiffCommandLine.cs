using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>diff</c>.</summary>
internal static class DiffCommandLine
{
    public static Command Build(CliContext context)
    {
        var o = new StoreCommandOptions();
        var department = new Option<string>("--department") { Description = "The department (normalized name; see --aliases for renamings)", Required = true };
        var from = new Option<int>("--from") { Description = "The earlier year", Required = true };
        var to = new Option<int>("--to") { Description = "The later year", Required = true };
        var changesOnly = new Option<bool>("--changes-only") { Description = "Leave out what did not change" };
        var command = new Command("diff", "Compare a department's budget across two years: amounts per subject and column, indicators")
        {
            department, from, to, o.Region, o.Kind, o.Aliases, changesOnly, o.Db, o.Format,
        };
        command.SetAction((r, _) => context.RunAsync(() => new DiffCommand(context.Stdout).RunAsync(new DiffSettings
        {
            Department = r.GetValue(department)!,
            From = r.GetValue(from),
            To = r.GetValue(to),
            Region = r.GetValue(o.Region),
            Kind = r.GetValue(o.Kind),
            Aliases = r.GetValue(o.Aliases),
            ChangesOnly = r.GetValue(changesOnly),
            Db = r.GetValue(o.Db)!,
            Format = r.GetValue(o.Format)!,
        })));
        return command;
    }
}
