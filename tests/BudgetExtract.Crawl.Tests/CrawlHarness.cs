using System.Collections.Concurrent;
using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Crawl.Running;
using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Crawl.State;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

/// <summary>Records every document the crawler hands over.</summary>
internal sealed class RecordingSink : IDocumentSink
{
    public ConcurrentQueue<CrawledDocument> Documents { get; } = new();

    public HashSet<string> Unreadable { get; } = [];

    public Task<SinkResult> AcceptAsync(CrawledDocument document, CancellationToken cancellationToken)
    {
        Documents.Enqueue(document);
        if (Unreadable.Contains(document.Url.AbsolutePath))
            throw new BudgetExtract.Diagnostics.InputException(document.Path, "not a PDF (damaged)");
        return Task.FromResult(new SinkResult(2, 10, 1));
    }
}

/// <summary>Runs the real crawler (real HttpClient, real SQLite) against the fixture site in a temporary directory.</summary>
internal sealed class CrawlHarness : IDisposable
{
    private readonly TempDir _dir = new();

    public CrawlHarness(FixtureSite site, string? politeness = null)
    {
        Pipeline = PipelineLoader.Parse(Yaml(site.BaseUrl, politeness), "fixture.yaml");
    }

    public PipelineDefinition Pipeline { get; }

    public string Database => _dir.Combine("budget.db");

    public string Documents => _dir.Combine("documents");

    public RecordingSink Sink { get; } = new();

    /// <summary>URLs (paths) the sink refuses as unreadable documents.</summary>
    public HashSet<string> Unreadable => Sink.Unreadable;

    public async Task<CrawlReport> RunAsync(CancellationToken cancellationToken = default, bool ingest = true)
    {
        using var store = CrawlStateStore.Open(Database);
        using var http = HttpFetcher.CreateClient();
        var crawler = new Crawler(Pipeline, store, new HttpFetcher(http, TimeProvider.System),
            new CrawlOptions { OutputDirectory = Documents, StopGrace = TimeSpan.FromSeconds(10) },
            ingest ? Sink : null, TimeProvider.System, NullCrawlLog.Instance);
        return await crawler.RunAsync(cancellationToken);
    }

    public IReadOnlyList<DocumentState> Rows(long run)
    {
        using var store = CrawlStateStore.Open(Database);
        return store.CheckedInRun(run);
    }

    public static string Yaml(Uri baseUrl, string? politeness = null) => $$"""
        name: fixture
        user_agent: "BudgetExtractTest/1.0"
        politeness:
        {{politeness ?? """
          delay_ms: 0
          concurrency: 4
          timeout_seconds: 2.5
          retries: 2
          retry_base_delay_ms: 10
          max_retry_after_seconds: 5
          max_bytes: 65536
          circuit_minimum_throughput: 100
        """}}
        sources:
          - name: budgets
            start_urls: ["{{baseUrl}}bmys-26-001/index.html"]
            metadata:
              region: 测试市
              year: { url: 'bmys-(\d{2})-', template: '20$1' }
            levels:
              - follow: "div.rt-yus.dangw ul li a"
                paginate: "div.page a"
            documents:
              select: "div.rt-yus.trout-region-list ul li a"
              title: title
              include: ['\.pdf$']
              metadata:
                department: { page: "h1.dept" }
        """;

    public void Dispose() => _dir.Dispose();
}
