using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>serve</c>.</summary>
internal static class ServeCommandLine
{
    public static Command Build(CliContext context)
    {
        var options = new StoreCommandOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen (default: http://127.0.0.1:5080, this machine only)", DefaultValueFactory = _ => ServeSettings.DefaultUrls };
        var cache = new Option<string?>("--cache") { Description = "Folder for rendered page images (default: a folder under the system temp directory)" };
        var command = new Command("serve", "Serve a read-only web UI over the database: search, documents, tables, page images, year comparison") { options.Db, urls, cache };
        command.SetAction((result, ct) => context.RunAsync(() => new ServeCommand(context.Stderr).RunAsync(new ServeSettings
        {
            Db = result.GetValue(options.Db)!,
            Urls = result.GetValue(urls)!,
            Cache = result.GetValue(cache),
        }, ct)));
        return command;
    }
}
