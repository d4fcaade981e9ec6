using System.CommandLine;
using BudgetExtract.Cli.Commands;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli;

/// <summary>Builds the command tree and runs it; every error goes through <see cref="ErrorHandler"/>.</summary>
public static class CliApp
{
    /// <summary>Each command's command-line builder; a new command adds one line here.</summary>
    private static readonly Func<CliContext, Command>[] Commands =
    [
        ExtractCommandLine.Build,
        BenchCommandLine.Build,
        IngestCommandLine.Build,
        QueryCommandLine.Build,
        DiffCommandLine.Build,
        ExportCommandLine.Build,
        BenchStoreCommandLine.Build,
        CrawlCommandLine.BuildCrawl,
        CrawlCommandLine.BuildRun,
        ServeCommandLine.Build,
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("BudgetExtract: finds budget documents, rebuilds their tables, normalizes and stores them.");
        foreach (var build in Commands) root.Subcommands.Add(build(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("run 'budgetextract --help' for usage");
            return ExitCodes.BadInput;
        }
        return await context.RunAsync(() => parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken));
    }
}
