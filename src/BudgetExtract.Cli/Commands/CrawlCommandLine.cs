using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Extraction;
using BudgetExtract.Store.Ingest;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>crawl</c> (download only) and <c>run</c> (crawl + ingest).</summary>
internal static class CrawlCommandLine
{
    public static Command BuildCrawl(CliContext context) =>
        Build(context, "crawl", "Download the documents a pipeline file describes (no ingest)", ingest: false);

    public static Command BuildRun(CliContext context) =>
        Build(context, "run", "Crawl a pipeline and ingest every new or changed document", ingest: true);

    private static Command Build(CliContext context, string name, string description, bool ingest)
    {
        var pipeline = new Argument<string>("pipeline") { Description = "Pipeline YAML file (see docs/crawl.md)" };
        var db = new Option<string>("--db") { Description = "SQLite database for crawl state", DefaultValueFactory = _ => Path.Combine("data", "budget.db") };
        var output = new Option<string>("--out") { Description = "Directory for downloaded documents", DefaultValueFactory = _ => Path.Combine("data", "documents") };
        var report = new Option<string?>("--report") { Description = "Run report JSON file (default: data/reports/PIPELINE-TIME.json beside the database)" };
        var json = new Option<bool>("--json") { Description = "Also print the run report on stdout" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Only warnings and errors on stderr (for cron)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log every page and unchanged document" };
        var command = new Command(name, description) { pipeline, db, output, report, json, quiet, verbose };
        command.SetAction((result, ct) => context.RunAsync(async () =>
        {
            var settings = new CrawlSettings
            {
                Pipeline = result.GetValue(pipeline)!,
                Database = result.GetValue(db)!,
                Output = result.GetValue(output)!,
                Report = result.GetValue(report),
                Json = result.GetValue(json),
                Quiet = result.GetValue(quiet),
                Verbose = result.GetValue(verbose),
                Ingest = ingest,
            };
            using var http = HttpFetcher.CreateClient();
            var fetcher = new HttpFetcher(http, TimeProvider.System);
            using var store = ingest ? SqliteBudgetStore.Open(settings.Database, TimeProvider.System) : null;
            var sink = store is null ? null : new StoreSink(DocumentExtractor.CreateDefault(), store);
            return await new CrawlCommand(fetcher, sink, TimeProvider.System, context.Stdout, context.Stderr).RunAsync(settings, ct).ConfigureAwait(false);
        }));
        return command;
    }
}
