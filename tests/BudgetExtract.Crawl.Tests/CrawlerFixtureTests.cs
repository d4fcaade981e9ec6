using BudgetExtract.Crawl.State;

namespace BudgetExtract.Crawl.Tests;

public sealed class CrawlerFixtureTests
{
    private static string Key(FixtureSite site, string path) => site.Url(path).AbsoluteUri;

    [Fact]
    public async Task FirstRun_FetchesEveryReachableDocumentOnce_AndReportsFaults()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);

        var report = await harness.RunAsync();

        Assert.True(report.Completed);
        foreach (var (path, name) in FixtureSite.ExpectedDocuments)
        {
            Assert.Equal(1, site.Served(path));
        }
        var rows = harness.Rows(report.Run).ToDictionary(r => r.Url);
        foreach (var (path, name) in FixtureSite.ExpectedDocuments)
        {
            var key = path == "/files/target.pdf" ? Key(site, "/files/moved-here.pdf") : Key(site, path);
            var row = rows[key];
            Assert.Equal(Outcomes.New, row.Outcome);
            Assert.Equal(FixtureSite.Pdf(name), File.ReadAllBytes(row.Path!));
            Assert.StartsWith(harness.Documents, row.Path!, StringComparison.Ordinal);
        }
        Assert.Equal(Key(site, "/files/target.pdf"), rows[Key(site, "/files/moved-here.pdf")].FinalUrl);

        // Same bytes under another URL: recorded as a duplicate of a1, not stored or ingested again.
        var copy = rows[Key(site, "/files/copy-of-a1.pdf")];
        Assert.Equal(Outcomes.Duplicate, copy.Outcome);
        Assert.Equal(rows[Key(site, "/files/a1.pdf")].Path, copy.Path);

        Assert.Equal(Outcomes.Failed, rows[Key(site, "/files/c-500.pdf")].Outcome);
        Assert.Contains("HTTP 500 after 3 attempts", rows[Key(site, "/files/c-500.pdf")].Error, StringComparison.Ordinal);
        Assert.Equal(3, site.Requested("/files/c-500.pdf"));
        Assert.Contains("larger than", rows[Key(site, "/files/huge.pdf")].Error, StringComparison.Ordinal);
        Assert.Contains("larger than", rows[Key(site, "/files/huge-streamed.pdf")].Error, StringComparison.Ordinal);
        Assert.Contains("HTML page without a PDF link", rows[Key(site, "/files/b-fake.pdf")].Error, StringComparison.Ordinal);
        Assert.Equal(Outcomes.Skipped, rows[Key(site, "/private/secret.pdf")].Outcome);
        Assert.Contains("robots.txt", rows[Key(site, "/private/secret.pdf")].Error, StringComparison.Ordinal);
        Assert.Equal(Outcomes.Skipped, rows[Key(site, "/files/moved.pdf")].Outcome);
        Assert.Contains("host localhost is not allowed", rows[Key(site, "/files/moved.pdf")].Error, StringComparison.Ordinal);

        Assert.Equal(new(New: 9, Changed: 0, Unchanged: 0, Duplicate: 1, Failed: 4, Skipped: 2), report.Documents);
        Assert.Equal(4, report.Failures.Count);
        Assert.True(report.HasFailures);
        Assert.Equal(9, report.Ingest!.Documents);
        Assert.Equal(18, report.Ingest.Tables);
        Assert.Equal(9, harness.Sink.Documents.Count);
    }

    [Fact]
    public async Task FirstRun_NeverRequestsDisallowedOrForeignUrls_AndLinksOutsideTheSelectorsAreIgnored()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);

        await harness.RunAsync();

        var requests = site.Requests;
        Assert.DoesNotContain(requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Host != "127.0.0.1");
        Assert.DoesNotContain(requests, r => r.Path is "/dept/ignored.html" or "/files/not-a-document.pdf" or "/files/a1.doc" or "/files/elsewhere.pdf");
        // Duplicate links (relative, absolute, with a fragment) and pages linked twice are each requested once.
        Assert.Equal(1, site.Requested("/files/a1.pdf"));
        Assert.Equal(1, site.Requested("/dept/a.html"));
        Assert.Equal(1, site.Requested("/bmys-26-001/index_2.html"));
        Assert.Equal(1, site.Requested("/robots.txt"));
    }

}

public sealed class CrawlerResilienceTests
{
    [Fact]
    public async Task FirstRun_HonoursRetryAfter_RetriesTransientFailures_AndSendsTheDepartmentPageAsReferer()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);

        await harness.RunAsync();

        var attempts = site.Requests.Where(r => r.Path == "/files/c-429.pdf").OrderBy(r => r.At).ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.Equal([503, 200], site.Requests.Where(r => r.Path == "/files/c-flaky.pdf").Select(r => r.Status));
        // The slow answer timed out (the client gave up), the retry got the document.
        Assert.Equal(2, site.Requested("/files/c-slow.pdf"));
        Assert.Equal(1, site.Served("/files/c-slow.pdf"));
        var a1 = site.Requests.Single(r => r.Path == "/files/a1.pdf");
        Assert.Equal(site.Url("/dept/a.html").AbsoluteUri, a1.Referer);
    }

    [Fact]
    public async Task FirstRun_TakesMetadataFromPagesAndUrls()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);

        var report = await harness.RunAsync();

        var b1 = harness.Sink.Documents.Single(d => d.Url.AbsolutePath == "/files/b1.pdf");
        Assert.Equal("部门乙", b1.Metadata["department"]);
        Assert.Equal("2026", b1.Metadata["year"]);
        Assert.Equal("测试市", b1.Metadata["region"]);
        Assert.Equal("部门乙2026年部门预算", b1.Title);
        Assert.Equal(site.Url("/dept/b.html"), b1.Referer);
        var attachment = harness.Sink.Documents.Single(d => d.Url.AbsolutePath == "/files/b-article-attachment.pdf");
        Assert.Equal(site.Url("/files/b-article.pdf"), attachment.Referer);
        Assert.Equal(report.Run, harness.Rows(report.Run).Single(r => r.Url.EndsWith("/files/b1.pdf", StringComparison.Ordinal)).IngestRun);
    }

}

public sealed class CrawlerRerunTests
{
    [Fact]
    public async Task SecondRun_SendsConditionalRequests_AndFetchesNothingNew()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);
        await harness.RunAsync();
        var before = site.Requests.Count;

        var second = await harness.RunAsync();

        var again = site.Requests.Skip(before).ToList();
        Assert.DoesNotContain(again, r => r.Path.StartsWith("/files/", StringComparison.Ordinal) && r.Path.EndsWith(".pdf", StringComparison.Ordinal) && r.Status == 200
                                          && r.Path is not ("/files/c-500.pdf" or "/files/huge.pdf" or "/files/huge-streamed.pdf")
                                          && r.Path is not ("/files/b-article.pdf" or "/files/b-fake.pdf")); // HTML pages, read again each run
        foreach (var path in FixtureSite.ExpectedDocuments.Keys)
        {
            var request = Assert.Single(again, r => r.Path == path);
            Assert.Equal(304, request.Status);
            Assert.NotNull(request.IfNoneMatch);
        }
        Assert.Equal(0, second.Documents.New);
        Assert.Equal(0, second.Documents.Changed);
        Assert.Equal(9 + 1, second.Documents.Unchanged + second.Documents.Duplicate);
        Assert.Equal(0, second.Ingest!.Documents);
        Assert.Equal(9, harness.Sink.Documents.Count);
        Assert.False(second.Resumed);
    }

}

public sealed class CrawlerResumeTests
{
    [Fact]
    public async Task StoppedRun_IsResumedByTheNextRun_AndEveryDocumentIsFetchedAndIngestedExactlyOnce()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site, """
              delay_ms: 0
              concurrency: 2
              timeout_seconds: 2.5
              retries: 2
              retry_base_delay_ms: 10
              max_bytes: 65536
              circuit_minimum_throughput: 100
            """);
        using var stop = new CancellationTokenSource();
        var served = 0;
        site.OnPdfServed = _ =>
        {
            if (Interlocked.Increment(ref served) == 3) stop.Cancel();
        };

        var first = await harness.RunAsync(stop.Token);
        site.OnPdfServed = null;
        var second = await harness.RunAsync();

        Assert.False(first.Completed);
        Assert.InRange(first.Documents.New, 3, 8);
        Assert.True(second.Completed);
        Assert.True(second.Resumed);
        Assert.Equal(first.Run, second.Run);
        Assert.Equal(9, second.Documents.New);
        foreach (var path in FixtureSite.ExpectedDocuments.Keys)
            Assert.Equal(1, site.Served(path));
        Assert.Equal(9, harness.Sink.Documents.Count);
        Assert.Equal(9, harness.Sink.Documents.Select(d => d.Sha256).Distinct().Count());
        Assert.Empty(Directory.GetFiles(Path.Combine(harness.Documents, ".partial")));
    }
}

public sealed class CrawlerLayoutTests
{
    [Fact]
    public async Task DocumentsOnEveryLevel_AndMetadataPatterns_AreApplied_PaginationLinksAreNotDocuments()
    {
        await using var site = new FixtureSite();
        using var dir = new BudgetExtract.Testing.TempDir();
        var yaml = $$"""
            name: layout
            politeness: { delay_ms: 0, concurrency: 4, retries: 0, timeout_seconds: 5, max_bytes: 65536 }
            sources:
              - name: s
                start_urls: ["{{site.BaseUrl}}dept/d.html"]
                documents:
                  paginate: "div.footer a"
                  title: title
                  metadata:
                    year: { link: title, pattern: '(\d{4})年' }
                    department: { page: "h1.dept", pattern: '部门(.)' }
            """;
        var pipeline = BudgetExtract.Crawl.Pipelines.PipelineLoader.Parse(yaml, "layout.yaml");
        var sink = new RecordingSink();
        using (var store = BudgetExtract.Crawl.State.CrawlStateStore.Open(dir.Combine("db")))
        using (var http = BudgetExtract.Crawl.Fetching.HttpFetcher.CreateClient())
        {
            var crawler = new BudgetExtract.Crawl.Running.Crawler(pipeline, store, new BudgetExtract.Crawl.Fetching.HttpFetcher(http, TimeProvider.System),
                new BudgetExtract.Crawl.Running.CrawlOptions { OutputDirectory = dir.Combine("docs") }, sink, TimeProvider.System,
                BudgetExtract.Crawl.Running.NullCrawlLog.Instance);
            var report = await crawler.RunAsync(CancellationToken.None);

            // d1 and the copy of a1 are documents; the footer link is followed as a page (paginate), not taken as a document.
            Assert.Equal(2, report.Documents.New);
            Assert.Equal(0, report.Documents.Failed);
        }
        var d1 = sink.Documents.Single(d => d.Url.AbsolutePath == "/files/d1.pdf");
        Assert.Equal("2026", d1.Metadata["year"]);
        Assert.Equal("丁", d1.Metadata["department"]);
    }
}

public sealed class CrawlerChangeTests
{
    [Fact]
    public async Task ChangedDocument_IsFetchedStoredAsANewVersionAndIngestedAgain_OldVersionKept()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);
        var first = await harness.RunAsync();
        var oldPath = harness.Rows(first.Run).Single(r => r.Url.EndsWith("/files/d1.pdf", StringComparison.Ordinal)).Path!;

        site.D1Version = "-v2";
        var second = await harness.RunAsync();

        Assert.Equal(1, second.Documents.Changed);
        Assert.Equal(0, second.Documents.New);
        var row = harness.Rows(second.Run).Single(r => r.Url.EndsWith("/files/d1.pdf", StringComparison.Ordinal));
        Assert.Equal(Outcomes.Changed, row.Outcome);
        Assert.Equal(FixtureSite.Pdf("d1-v2"), File.ReadAllBytes(row.Path!));
        Assert.Equal(FixtureSite.Pdf("d1"), File.ReadAllBytes(oldPath));
        Assert.Equal(2, harness.Sink.Documents.Count(d => d.Url.AbsolutePath == "/files/d1.pdf"));
        Assert.Equal(1, second.Ingest!.Documents);
    }

    [Fact]
    public async Task UnreadableDocument_IsAnIngestFailure_AndIsNotOfferedAgainUntilItChanges()
    {
        await using var site = new FixtureSite();
        using var harness = new CrawlHarness(site);
        harness.Unreadable.Add("/files/b1.pdf");

        var first = await harness.RunAsync();
        var second = await harness.RunAsync();

        Assert.Equal(1, first.Ingest!.Failed);
        var failure = Assert.Single(first.Failures, f => f.Kind == "ingest");
        Assert.EndsWith("/files/b1.pdf", failure.Url, StringComparison.Ordinal);
        Assert.Equal("not a PDF (damaged)", failure.Reason);
        Assert.Equal(1, harness.Sink.Documents.Count(d => d.Url.AbsolutePath == "/files/b1.pdf"));
        Assert.Equal(0, second.Ingest!.Documents);
    }
}
