using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>bench-store</c>.</summary>
internal static class BenchStoreCommandLine
{
    public static Command Build(CliContext context)
    {
        var db = new Option<string>("--db") { Description = "A new database file to fill", DefaultValueFactory = _ => "data/bench-store.db" };
        var documents = new Option<int>("--documents") { Description = "Synthetic documents to store", DefaultValueFactory = _ => 1000 };
        var lines = new Option<int>("--lines") { Description = "Budget lines per document", DefaultValueFactory = _ => 300 };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query", DefaultValueFactory = _ => 50 };
        var command = new Command("bench-store", "Benchmark the store: synthetic documents in, then timed queries") { db, documents, lines, runs };
        command.SetAction((r, _) => context.RunAsync(() => new BenchStoreCommand(context.Stdout).RunAsync(new BenchStoreSettings
        {
            Db = r.GetValue(db)!,
            Documents = r.GetValue(documents),
            Lines = r.GetValue(lines),
            Runs = r.GetValue(runs),
        })));
        return command;
    }
}
