using BudgetExtract.Store.Ingest;
using System.Text.Json;
using BudgetExtract.Cli;
using BudgetExtract.Cli.Commands;
using BudgetExtract.Crawl.Sinks;
using BudgetExtract.Crawl.State;
using BudgetExtract.Extraction;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

public sealed class CrawlCommandTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> RunCliAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task DemoPipeline_CrawlsTheBundledSiteOffline_ThenASecondRunFindsEverythingUnchanged()
    {
        using var dir = new TempDir();
        var demo = Path.Combine(RepoPaths.Root, "pipelines", "demo.yaml");
        string[] common = ["--db", dir.Combine("budget.db"), "--out", dir.Combine("docs"), "--quiet"];

        var first = await RunCliAsync(["crawl", demo, "--json", "--report", dir.Combine("first.json"), .. common]);
        var second = await RunCliAsync(["crawl", demo, "--report", dir.Combine("second.json"), .. common]);

        Assert.Equal(0, first.Code);
        Assert.Equal("", first.Stderr);
        using var firstReport = JsonDocument.Parse(first.Stdout);
        Assert.Equal(9, firstReport.RootElement.GetProperty("documents").GetProperty("new").GetInt32());
        Assert.Equal(JsonValueKind.Null, firstReport.RootElement.GetProperty("ingest").ValueKind);
        Assert.Equal(first.Stdout.Trim(), File.ReadAllText(dir.Combine("first.json")).Trim());
        Assert.Equal(9, Directory.GetFiles(dir.Combine("docs"), "*.pdf", SearchOption.AllDirectories).Length);

        Assert.Equal(0, second.Code);
        Assert.Equal("", second.Stdout);
        using var secondReport = JsonDocument.Parse(File.ReadAllText(dir.Combine("second.json")));
        var documents = secondReport.RootElement.GetProperty("documents");
        Assert.Equal(0, documents.GetProperty("new").GetInt32());
        Assert.Equal(9, documents.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task SecondRunWhileOneHoldsTheDatabase_IsRefusedWithExitCode2AndNamesTheHolder()
    {
        using var dir = new TempDir();
        var db = dir.Combine("budget.db");
        using (var store = CrawlStateStore.Open(db)) store.RecordLockHolder("nightly", DateTimeOffset.Parse("2026-11-22T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var held = CrawlLock.Acquire(db, () => null);

        var run = await RunCliAsync("crawl", Path.Combine(RepoPaths.Root, "pipelines", "demo.yaml"), "--db", db, "--out", dir.Combine("docs"));

        Assert.Equal(2, run.Code);
        Assert.Contains("another crawl is running on this database", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("pipeline 'nightly'", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("docs")));
    }

    [Fact]
    public async Task LockIsReleasedWhenTheRunEnds()
    {
        using var dir = new TempDir();
        var db = dir.Combine("budget.db");

        var run = await RunCliAsync("crawl", Path.Combine(RepoPaths.Root, "pipelines", "demo.yaml"), "--db", db, "--out", dir.Combine("docs"), "--quiet");
        using var again = CrawlLock.Acquire(db, () => null);

        Assert.Equal(0, run.Code);
        Assert.True(File.Exists(db + ".crawl-lock"));
    }

    [Theory]
    [InlineData("name: x\nsources: []\n", "no 'sources'")]
    [InlineData("name: [unclosed\n", "line")]
    public async Task BadPipelineFile_CannotStart_ExitCode2WithOneLine(string yaml, string cause)
    {
        using var dir = new TempDir();
        var file = dir.File("p.yaml", System.Text.Encoding.UTF8.GetBytes(yaml));

        var run = await RunCliAsync("run", file, "--db", dir.Combine("budget.db"));

        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}: ", line, StringComparison.Ordinal);
        Assert.Contains(cause, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixtureSiteWithFaults_ExitCode1_ReportListsTheFailures_LogsOnStderrOnly()
    {
        await using var site = new FixtureSite();
        using var dir = new TempDir();
        var pipeline = dir.File("site.yaml", System.Text.Encoding.UTF8.GetBytes(CrawlHarness.Yaml(site.BaseUrl)));

        var run = await RunCliAsync("crawl", pipeline, "--db", dir.Combine("budget.db"), "--out", dir.Combine("docs"), "--report", dir.Combine("r.json"));

        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Stdout);
        Assert.Contains("warning: failed  " + site.Url("/files/c-500.pdf").AbsoluteUri, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("9 new, 0 changed, 0 unchanged, 1 duplicate, 4 failed, 2 skipped", run.Stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(dir.Combine("r.json")));
        var failed = report.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("url").GetString()).ToList();
        Assert.Contains(site.Url("/files/huge.pdf").AbsoluteUri, failed);
        Assert.True(report.RootElement.GetProperty("duration_seconds").GetDouble() > 0);
    }

    [Fact]
    public async Task StoreSink_ExtractsAndStoresTheDownloadedPdf_AndRefusesANonPdf()
    {
        using var dir = new TempDir();
        using var store = SqliteBudgetStore.Open(dir.Combine("budget.db"), TimeProvider.System);
        var sink = new StoreSink(DocumentExtractor.CreateDefault(), store);
        var file = RepoPaths.Corpus("real", "shanghai-water-2026.pdf");

        var result = await sink.AcceptAsync(new CrawledDocument(file, new Uri("https://www.shanghai.gov.cn/x.pdf"), "sha", DateTimeOffset.UnixEpoch,
            "p", "s", null, null, new Dictionary<string, string>()), CancellationToken.None);

        Assert.Equal(9, result.Tables);
        Assert.True(result.Lines > 100);
        Assert.True(store.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))));
        await Assert.ThrowsAsync<BudgetExtract.Diagnostics.InputException>(() => sink.AcceptAsync(
            new CrawledDocument(Path.Combine(RepoPaths.Root, "pipelines", "demo.yaml"), new Uri("https://x/y.pdf"), "sha", DateTimeOffset.UnixEpoch,
                "p", "s", null, null, new Dictionary<string, string>()), CancellationToken.None));
    }
}
