using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Crawl.Running;
using BudgetExtract.Crawl.Serving;
using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Crawl.State;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// <c>budgetextract crawl|run PIPELINE.yaml</c>: one run of a pipeline under the database's crawl lock, then the
/// run report. Exit codes: 0 all fine, 1 some documents or pages failed, 2 the run could not start
/// (bad pipeline file, database busy or unusable), 130 stopped (the next run resumes).
/// </summary>
public sealed class CrawlCommand(IFetcher fetcher, IDocumentSink? sink, TimeProvider time, TextWriter stdout, TextWriter stderr)
{
    public const int SomeFailed = 1;
    public const int CouldNotStart = 2;

    public async Task<int> RunAsync(CrawlSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        var pipeline = PipelineLoader.Load(settings.Pipeline);

        CrawlLock crawlLock;
        try
        {
            crawlLock = CrawlLock.Acquire(settings.Database, () => CrawlStateStore.DescribeLockHolder(settings.Database));
        }
        catch (CrawlBusyException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return CouldNotStart;
        }
        using var _ = crawlLock;

        CrawlStateStore store;
        try
        {
            store = CrawlStateStore.Open(settings.Database);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {settings.Database}: cannot open the crawl state: {e.Message}");
            return CouldNotStart;
        }
        using var __ = store;
        var startedAt = time.GetUtcNow();
        store.RecordLockHolder(pipeline.Name, startedAt);

        await using var server = StartServer(pipeline, settings.Pipeline);
        var log = new StderrCrawlLog(stderr, settings.Quiet ? CrawlLogLevel.Warning : settings.Verbose ? CrawlLogLevel.Detail : CrawlLogLevel.Info);
        if (server is not null) log.Write(CrawlLogLevel.Info, $"serving {pipeline.Serve} at {server.BaseAddress}");
        var options = new CrawlOptions
        {
            OutputDirectory = settings.Output,
            Command = settings.Ingest ? "run" : "crawl",
            ServeBase = server?.BaseAddress,
        };
        var crawler = new Crawler(pipeline, store, fetcher, options, settings.Ingest ? sink : null, time, log);
        // SIGTERM (kill, systemd, Kubernetes) stops the run like Ctrl-C: documents in flight finish and are recorded.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        var report = await crawler.RunAsync(stop.Token).ConfigureAwait(false);

        var json = JsonSerializer.Serialize(report, ReportJson.Options);
        var reportPath = settings.Report ?? DefaultReportPath(settings.Database, pipeline.Name, startedAt);
        WriteAtomically(reportPath, json);
        if (settings.Json) stdout.WriteLine(json);
        if (!settings.Quiet) stderr.WriteLine(Summary(report, reportPath));

        if (!report.Completed) return ExitCodes.Cancelled;
        return report.HasFailures ? SomeFailed : ExitCodes.Ok;
    }

    private static StaticSiteServer? StartServer(PipelineDefinition pipeline, string pipelinePath)
    {
        if (pipeline.Serve is null) return null;
        var root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pipelinePath))!, pipeline.Serve);
        if (!Directory.Exists(root)) throw new BudgetExtract.Diagnostics.InputException(pipelinePath, $"serve: directory '{pipeline.Serve}' not found ({root})");
        return StaticSiteServer.Start(root);
    }

    private static string DefaultReportPath(string database, string pipeline, DateTimeOffset startedAt)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(database))!;
        return Path.Combine(folder, "reports", $"{pipeline}-{startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.json");
    }

    private static void WriteAtomically(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var temporary = path + ".partial";
        File.WriteAllText(temporary, text + "\n", new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private static string Summary(CrawlReport report, string reportPath)
    {
        var d = report.Documents;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{report.Pipeline} run {report.Run}{(report.Completed ? "" : " (stopped, resumes next time)")}: " +
            $"{d.New} new, {d.Changed} changed, {d.Unchanged} unchanged, {d.Duplicate} duplicate, {d.Failed} failed, {d.Skipped} skipped");
        if (report.PagesFailed > 0) text.Append(CultureInfo.InvariantCulture, $", {report.PagesFailed} page(s) failed");
        if (report.Ingest is { } i)
            text.Append(CultureInfo.InvariantCulture, $"; ingested {i.Documents}: {i.Tables} tables, {i.Lines} lines, {i.FailingChecks} failing checks{(i.Failed > 0 ? $", {i.Failed} unreadable" : "")}");
        text.Append(CultureInfo.InvariantCulture, $"; {report.DurationSeconds:0.0} s; report {reportPath}");
        return text.ToString();
    }
}
