using System.Text.RegularExpressions;
using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Crawl.Html;
using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Crawl.State;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Crawl.Running;

/// <summary>
/// Runs a pipeline: walks each source's pages level by level (breadth first, pagination included), collects document
/// links, then fetches the documents (conditionally when known), stores new content under its sha256, records every
/// document at once, and hands new or changed ones to the sink. A stopped run is resumed by the next one: documents
/// already handled in it are not requested again.
/// </summary>
public sealed class Crawler(
    PipelineDefinition pipeline,
    CrawlStateStore state,
    IFetcher fetcher,
    CrawlOptions options,
    IDocumentSink? sink,
    TimeProvider time,
    ICrawlLog log)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seenDocuments = new(StringComparer.Ordinal);
    private readonly List<ReportEntry> _pageProblems = [];
    private int _pagesRead;
    private int _pagesFailed;

    public async Task<CrawlReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var scratch = Path.Combine(options.OutputDirectory, ".partial");
        // Leftovers of a stopped run are incomplete by definition: the document is fetched again.
        if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        Directory.CreateDirectory(scratch);

        var run = state.BeginRun(pipeline.Name, options.Command, startedAt);
        log.Write(CrawlLogLevel.Info, run.Resumed
            ? $"{pipeline.Name}: resuming run {run.Id} started {run.StartedAt:u}"
            : $"{pipeline.Name}: run {run.Id}");

        var completed = false;
        using var client = new PoliteClient(fetcher, pipeline.Politeness, pipeline.UserAgent, time, scratch);
        try
        {
            if (sink is not null)
                foreach (var waiting in state.AwaitingIngest(pipeline.Name))
                    await IngestAsync(waiting, run, cancellationToken).ConfigureAwait(false);

            // A stop request stops starting documents at once; documents in flight get a grace period to finish
            // and be recorded, so a stopped run does not throw away transfers the server already made.
            using var hard = new CancellationTokenSource();
            await using var stopping = cancellationToken.Register(() => hard.CancelAfter(options.StopGrace));
            foreach (var source in pipeline.Sources)
            {
                var documents = await DiscoverAsync(source, client, scratch, cancellationToken).ConfigureAwait(false);
                log.Write(CrawlLogLevel.Info, $"{source.Name}: {documents.Count} document link(s)");
                await Parallel.ForEachAsync(documents,
                    new ParallelOptions { MaxDegreeOfParallelism = pipeline.Politeness.Concurrency, CancellationToken = cancellationToken },
                    (document, _) => new ValueTask(ProcessAsync(document, source, client, scratch, run, followHtml: true, hard.Token))).ConfigureAwait(false);
            }
            completed = true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Write(CrawlLogLevel.Warning, $"{pipeline.Name}: stopped; the next run resumes run {run.Id}");
        }

        var report = BuildReport(run, startedAt, completed);
        if (completed) state.FinishRun(run.Id, report.FinishedAt, System.Text.Json.JsonSerializer.Serialize(report, ReportJson.Options));
        return report;
    }

    /// <summary>A document link found on a page, with what the pages said about it.</summary>
    private sealed record DocumentLink(Uri Url, string? Title, Uri? Referer, IReadOnlyDictionary<string, string> Metadata);

    private sealed record PageVisit(Uri Url, int Depth, Uri? Referer, Uri Start, IReadOnlyDictionary<string, string> Metadata);

    private async Task<List<DocumentLink>> DiscoverAsync(SourceDefinition source, PoliteClient client, string scratch, CancellationToken cancellationToken)
    {
        var allowed = new HostMatcher(source.AllowedHosts);
        var queue = new Queue<PageVisit>();
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<DocumentLink>();
        foreach (var start in source.StartUrls)
        {
            var url = new Uri(Substitute(start));
            if (seenPages.Add(url.AbsoluteUri)) queue.Enqueue(new PageVisit(url, 0, null, url, new Dictionary<string, string>()));
        }

        var pages = 0;
        while (queue.TryDequeue(out var visit))
        {
            if (pages++ >= source.MaxPages)
            {
                log.Write(CrawlLogLevel.Warning, $"{source.Name}: stopped after max_pages={source.MaxPages} pages; {queue.Count + 1} left unread");
                break;
            }
            var page = await ReadPageAsync(visit, source, allowed, client, scratch, cancellationToken).ConfigureAwait(false);
            if (page is null) continue;

            var levelIndex = visit.Depth;
            if (levelIndex < source.Levels.Count)
            {
                var level = source.Levels[levelIndex];
                foreach (var link in Filter(page.Links(level.Follow), level.Include, level.Exclude))
                {
                    if (!seenPages.Add(link.Url.AbsoluteUri)) continue;
                    var metadata = Apply(visit.Metadata, level.Metadata, link, page);
                    queue.Enqueue(new PageVisit(link.Url, visit.Depth + 1, page.Url, visit.Start, metadata));
                }
                Paginate(level.Paginate, page, visit, seenPages, queue);
                if (source.Documents.EveryLevel) CollectDocuments(source, page, visit, seenPages, documents);
            }
            else
            {
                Paginate(source.Documents.Paginate, page, visit, seenPages, queue);
                CollectDocuments(source, page, visit, seenPages, documents);
            }
        }
        return documents;
    }

    private void CollectDocuments(SourceDefinition source, HtmlPage page, PageVisit visit, HashSet<string> seenPages, List<DocumentLink> documents)
    {
        var rules = source.Documents;
        foreach (var link in Filter(page.Links(rules.Select), rules.Include, rules.Exclude))
        {
            if (seenPages.Contains(link.Url.AbsoluteUri)) continue; // a page of the crawl, not a document
            lock (_lock)
                if (!_seenDocuments.Add(link.Url.AbsoluteUri)) continue;
            var metadata = Apply(visit.Metadata, rules.Metadata, link, page);
            metadata = ApplySourceWide(metadata, source.Metadata, link.Url, visit);
            var title = rules.Title == "text" ? link.Text : link.Element.GetAttribute(rules.Title) ?? link.Text;
            documents.Add(new DocumentLink(link.Url, string.IsNullOrWhiteSpace(title) ? null : title, page.Url, metadata));
        }
    }

    private static void Paginate(string? selector, HtmlPage page, PageVisit visit, HashSet<string> seen, Queue<PageVisit> queue)
    {
        if (selector is null) return;
        foreach (var link in page.Links(selector))
            if (seen.Add(link.Url.AbsoluteUri))
                queue.Enqueue(visit with { Url = link.Url, Referer = page.Url });
    }

    private async Task<HtmlPage?> ReadPageAsync(PageVisit visit, SourceDefinition source, HostMatcher allowed, PoliteClient client, string scratch, CancellationToken cancellationToken)
    {
        var path = Path.Combine(scratch, $"page-{Guid.NewGuid():N}.html");
        try
        {
            var get = new GetOptions(allowed) { Referer = source.Referer ? visit.Referer : null, Headers = source.Headers };
            var outcome = await client.GetAsync(visit.Url, get, path, cancellationToken).ConfigureAwait(false);
            switch (outcome.Status)
            {
                case FetchStatus.Ok:
                    Interlocked.Increment(ref _pagesRead);
                    log.Write(CrawlLogLevel.Detail, $"page {visit.Url}");
                    return HtmlPage.Load(path, outcome.FinalUrl, outcome.Response?.Charset);
                case FetchStatus.Refused:
                    log.Write(CrawlLogLevel.Info, $"skipped page {visit.Url}: {outcome.Reason}");
                    lock (_lock) _pageProblems.Add(new ReportEntry(visit.Url.AbsoluteUri, outcome.Reason ?? "refused", "page-skipped"));
                    return null;
                default:
                    log.Write(CrawlLogLevel.Warning, $"failed page {visit.Url}: {outcome.Reason}");
                    Interlocked.Increment(ref _pagesFailed);
                    lock (_lock) _pageProblems.Add(new ReportEntry(visit.Url.AbsoluteUri, outcome.Reason ?? "failed", "page"));
                    return null;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task ProcessAsync(DocumentLink link, SourceDefinition source, PoliteClient client, string scratch, RunState run, bool followHtml, CancellationToken cancellationToken)
    {
        var url = Key(link.Url);
        var existing = state.Find(url);
        if (existing?.CheckedRun == run.Id) return; // handled earlier in this (resumed) run

        var haveFile = existing?.Path is { } held && File.Exists(held);
        var get = new GetOptions(new HostMatcher(source.AllowedHosts))
        {
            Referer = source.Referer ? link.Referer : null,
            Headers = source.Headers,
            IfNoneMatch = haveFile ? existing!.ETag : null,
            IfModifiedSince = haveFile ? existing!.LastModified : null,
        };
        var temporary = Path.Combine(scratch, $"{Guid.NewGuid():N}.part");
        try
        {
            var outcome = await client.GetAsync(link.Url, get, temporary, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var row = (existing ?? new DocumentState { Url = url, Pipeline = pipeline.Name, Source = source.Name, FirstSeenAt = now }) with
            {
                Pipeline = pipeline.Name,
                Source = source.Name,
                FinalUrl = Key(outcome.FinalUrl),
                Referer = link.Referer is null ? null : Key(link.Referer),
                Title = link.Title ?? existing?.Title,
                Metadata = link.Metadata,
                CheckedAt = now,
                CheckedRun = run.Id,
                Error = null,
            };

            switch (outcome.Status)
            {
                case FetchStatus.NotModified:
                    row = row with { Outcome = Outcomes.Unchanged };
                    break;
                case FetchStatus.Refused:
                    row = row with { Outcome = Outcomes.Skipped, Error = outcome.Reason };
                    break;
                case FetchStatus.Failed:
                    row = row with { Outcome = Outcomes.Failed, Error = outcome.Reason };
                    break;
                default:
                    var kind = ContentSniffer.Sniff(temporary, outcome.Response!.ContentType);
                    if (kind == SniffedKind.Html && followHtml)
                    {
                        var wrapper = HtmlPage.Load(temporary, outcome.FinalUrl, outcome.Response.Charset);
                        var inner = wrapper.PdfLinks();
                        if (inner.Count > 0)
                        {
                            log.Write(CrawlLogLevel.Detail, $"{url} is an HTML page; following its {inner.Count} PDF link(s)");
                            foreach (var pdf in inner)
                            {
                                lock (_lock)
                                    if (!_seenDocuments.Add(pdf.Url.AbsoluteUri)) continue;
                                var child = new DocumentLink(pdf.Url, link.Title ?? pdf.Text, outcome.FinalUrl, link.Metadata);
                                await ProcessAsync(child, source, client, scratch, run, followHtml: false, cancellationToken).ConfigureAwait(false);
                            }
                            return;
                        }
                        row = row with { Outcome = Outcomes.Failed, Error = "expected a PDF but got an HTML page without a PDF link" };
                    }
                    else if (kind == SniffedKind.Html)
                        row = row with { Outcome = Outcomes.Failed, Error = "expected a PDF but got an HTML page (already one level below a link)" };
                    else if (kind == SniffedKind.Other)
                        row = row with { Outcome = Outcomes.Failed, Error = $"not a PDF (content type {outcome.Response.ContentType ?? "none"})" };
                    else
                        row = Store(row, existing, outcome.Response, temporary, now);
                    break;
            }

            state.Save(row);
            Report(row);
            if (sink is not null && row.NeedsIngest) await IngestAsync(row, run, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Keeps a downloaded PDF: unchanged, a duplicate of another URL's bytes, or new content stored under its sha256.</summary>
    private DocumentState Store(DocumentState row, DocumentState? existing, FetchResponse response, string temporary, DateTimeOffset now)
    {
        var sha = response.Sha256!;
        row = row with { ETag = response.ETag, LastModified = response.LastModified, ContentType = response.ContentType };
        if (existing?.Sha256 == sha && existing.Path is { } path && File.Exists(path))
            return row with { Outcome = Outcomes.Unchanged };
        if (state.FindBySha256(sha, row.Url) is { Path: { } otherPath } other && File.Exists(otherPath))
            return row with { Outcome = Outcomes.Duplicate, Sha256 = sha, Path = otherPath, Size = response.Length, FetchedAt = now, IngestedSha256 = sha, Error = $"same content as {other.Url}" };

        var target = Path.Combine(options.OutputDirectory, sha[..2], sha + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temporary, target, overwrite: true); // same name means same bytes; the rename is atomic
        return row with
        {
            Outcome = existing?.Sha256 is null ? Outcomes.New : Outcomes.Changed,
            Sha256 = sha,
            Path = target,
            Size = response.Length,
            FetchedAt = now,
        };
    }

    private async Task IngestAsync(DocumentState row, RunState run, CancellationToken cancellationToken)
    {
        var document = new CrawledDocument(row.Path!, Unkey(row.Url), row.Sha256!, row.FetchedAt ?? row.CheckedAt ?? time.GetUtcNow(),
            row.Pipeline, row.Source, row.Title, row.Referer is null ? null : Unkey(row.Referer), row.Metadata);
        try
        {
            var result = await sink!.AcceptAsync(document, cancellationToken).ConfigureAwait(false);
            row = row with { IngestedSha256 = row.Sha256, IngestRun = run.Id, IngestError = null, Tables = result.Tables, Lines = result.Lines, FailingChecks = result.FailingChecks };
            log.Write(CrawlLogLevel.Detail, $"ingested {row.Url}: {result.Tables} table(s), {result.Lines} line(s)");
        }
        catch (InputException e)
        {
            row = row with { IngestedSha256 = row.Sha256, IngestRun = run.Id, IngestError = e.Cause, Tables = null, Lines = null, FailingChecks = null };
            log.Write(CrawlLogLevel.Warning, $"could not ingest {row.Url}: {e.Cause}");
        }
        state.Save(row);
    }

    private void Report(DocumentState row)
    {
        var (level, text) = row.Outcome switch
        {
            Outcomes.Failed => (CrawlLogLevel.Warning, $"failed  {row.Url}: {row.Error}"),
            Outcomes.Skipped => (CrawlLogLevel.Info, $"skipped {row.Url}: {row.Error}"),
            Outcomes.Unchanged => (CrawlLogLevel.Detail, $"unchanged {row.Url}"),
            Outcomes.Duplicate => (CrawlLogLevel.Info, $"duplicate {row.Url}: {row.Error}"),
            _ => (CrawlLogLevel.Info, $"{row.Outcome,-7} {row.Url} ({row.Size:N0} bytes)"),
        };
        log.Write(level, text);
    }

    private CrawlReport BuildReport(RunState run, DateTimeOffset startedAt, bool completed)
    {
        var finished = time.GetUtcNow();
        var rows = state.CheckedInRun(run.Id);
        int Count(string outcome) => rows.Count(r => r.Outcome == outcome);
        var ingested = sink is null ? null : state.IngestedInRun(run.Id);
        var failures = rows.Where(r => r.Outcome == Outcomes.Failed).Select(r => new ReportEntry(r.Url, r.Error ?? "failed"))
            .Concat(ingested?.Where(r => r.IngestError is not null).Select(r => new ReportEntry(r.Url, r.IngestError!, "ingest")) ?? [])
            .Concat(_pageProblems.Where(p => p.Kind == "page"))
            .ToList();
        var skipped = rows.Where(r => r.Outcome == Outcomes.Skipped).Select(r => new ReportEntry(r.Url, r.Error ?? "skipped"))
            .Concat(_pageProblems.Where(p => p.Kind == "page-skipped").Select(p => p with { Kind = "page" }))
            .ToList();
        return new CrawlReport
        {
            Pipeline = pipeline.Name,
            Run = run.Id,
            Resumed = run.Resumed,
            Completed = completed,
            StartedAt = startedAt,
            FinishedAt = finished,
            DurationSeconds = Math.Round((finished - startedAt).TotalSeconds, 3),
            Documents = new DocumentCounts(Count(Outcomes.New), Count(Outcomes.Changed), Count(Outcomes.Unchanged),
                Count(Outcomes.Duplicate), Count(Outcomes.Failed), Count(Outcomes.Skipped)),
            Ingest = ingested is null ? null : new IngestTotals(ingested.Count, ingested.Sum(r => r.Tables ?? 0), ingested.Sum(r => r.Lines ?? 0),
                ingested.Sum(r => r.FailingChecks ?? 0), ingested.Count(r => r.IngestError is not null)),
            PagesRead = _pagesRead,
            PagesFailed = _pagesFailed,
            Failures = failures,
            Skipped = skipped,
        };
    }

    /// <summary>
    /// The URL as stored: a served site's random port is replaced by <c>{serve}</c>, so runs of a pipeline that
    /// serves its own site recognise their documents.
    /// </summary>
    private string Key(Uri url) =>
        options.ServeBase is { } serve && url.AbsoluteUri.StartsWith(serve.AbsoluteUri, StringComparison.Ordinal)
            ? PipelineLoader.ServePlaceholder + "/" + url.AbsoluteUri[serve.AbsoluteUri.Length..]
            : url.AbsoluteUri;

    private Uri Unkey(string key) => new(Substitute(key));

    private string Substitute(string url) =>
        options.ServeBase is { } serve ? url.Replace(PipelineLoader.ServePlaceholder, serve.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal) : url;

    private static IEnumerable<PageLink> Filter(IEnumerable<PageLink> links, List<string> include, List<string> exclude) =>
        links.Where(l => (include.Count == 0 || include.Any(p => Regex.IsMatch(l.Url.AbsoluteUri, p, RegexOptions.CultureInvariant)))
                         && !exclude.Any(p => Regex.IsMatch(l.Url.AbsoluteUri, p, RegexOptions.CultureInvariant)));

    /// <summary>Inherited metadata plus the rules of a level (or of the document links), taken from the link and its page.</summary>
    private static Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> inherited, Dictionary<string, MetadataRule> rules, PageLink link, HtmlPage page)
    {
        var result = new Dictionary<string, string>(inherited);
        foreach (var (key, rule) in rules)
        {
            var value = rule.Value
                        ?? rule.Refine(rule.Link is null ? null : rule.Link == "text" ? link.Text : link.Element.GetAttribute(rule.Link))
                        ?? rule.Refine(rule.Page is null ? null : page.Text(rule.Page))
                        ?? rule.FromUrl(link.Url.AbsoluteUri) ?? rule.FromUrl(page.Url.AbsoluteUri);
            if (!string.IsNullOrWhiteSpace(value)) result[key] = value.Trim();
        }
        return result;
    }

    /// <summary>Source-wide rules: constants, or a pattern tried on the document URL, then the page, then the start URL.</summary>
    private static Dictionary<string, string> ApplySourceWide(Dictionary<string, string> metadata, Dictionary<string, MetadataRule> rules, Uri document, PageVisit visit)
    {
        foreach (var (key, rule) in rules)
        {
            if (metadata.ContainsKey(key)) continue; // a level's more specific value wins
            var value = rule.Value ?? rule.FromUrl(document.AbsoluteUri) ?? rule.FromUrl(visit.Url.AbsoluteUri) ?? rule.FromUrl(visit.Start.AbsoluteUri);
            if (!string.IsNullOrWhiteSpace(value)) metadata[key] = value;
        }
        return metadata;
    }
}
