using System.Diagnostics;
using BudgetExtract.Crawl.State;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

/// <summary>The real command in a child process, stopped from outside in the middle of a run, then run again.</summary>
internal static class ChildCrawl
{
    public static Process Start(string pipeline, TempDir dir)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "budgetextract.dll"), "crawl", pipeline,
                "--db", dir.Combine("budget.db"), "--out", dir.Combine("docs"), "--quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    public static async Task<int> RunToEndAsync(string pipeline, TempDir dir)
    {
        using var process = Start(pipeline, dir);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("the crawl did not get far enough");
            await Task.Delay(20);
        }
    }

    public static int DocumentsServed(FixtureSite site) => FixtureSite.ExpectedDocuments.Keys.Sum(site.Served);

    public static IReadOnlyList<DocumentState> LastRunRows(TempDir dir)
    {
        using var store = CrawlStateStore.Open(dir.Combine("budget.db"));
        var run = Enumerable.Range(1, 10).Last(r => store.CheckedInRun(r).Count > 0);
        return store.CheckedInRun(run);
    }
}

public sealed class ProcessKillTests
{
    /// <summary>One request at a time, so a run lasts long enough (about 9 × 0.3 s) to be stopped in the middle.</summary>
    internal const string Serial = """
          delay_ms: 0
          concurrency: 1
          timeout_seconds: 2.5
          retries: 2
          retry_base_delay_ms: 10
          max_retry_after_seconds: 5
          max_bytes: 65536
          circuit_minimum_throughput: 100
        """;

    [Fact]
    public async Task KilledWithSigkill_NextRunResumes_AndRepeatsAtMostTheTransfersInFlight()
    {
        await using var site = new FixtureSite { PdfDelay = TimeSpan.FromMilliseconds(300) };
        using var dir = new TempDir();
        var pipeline = dir.File("site.yaml", System.Text.Encoding.UTF8.GetBytes(CrawlHarness.Yaml(site.BaseUrl, ProcessKillTests.Serial)));

        using (var first = ChildCrawl.Start(pipeline, dir))
        {
            await ChildCrawl.WaitForAsync(() => ChildCrawl.DocumentsServed(site) >= 2);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var servedBeforeKill = ChildCrawl.DocumentsServed(site);
        var code = await ChildCrawl.RunToEndAsync(pipeline, dir);

        Assert.True(servedBeforeKill < FixtureSite.ExpectedDocuments.Count, "the kill came too late to test anything");
        Assert.Equal(1, code); // the fixture's faulty documents
        var rows = ChildCrawl.LastRunRows(dir);
        Assert.Equal(9, rows.Count(r => r.Outcome == Outcomes.New));
        foreach (var row in rows.Where(r => r.Outcome == Outcomes.New)) Assert.True(File.Exists(row.Path));
        foreach (var path in FixtureSite.ExpectedDocuments.Keys) Assert.InRange(site.Served(path), 1, 2);
        // Only the transfer in flight at the kill (concurrency 1) can be repeated.
        Assert.InRange(ChildCrawl.DocumentsServed(site), 9, 9 + 1);
    }
}

public sealed class ProcessTermTests
{
    [Fact]
    public async Task StoppedWithSigterm_FinishesTransfersInFlight_ExitCode130_AndNothingIsFetchedTwice()
    {
        await using var site = new FixtureSite { PdfDelay = TimeSpan.FromMilliseconds(300) };
        using var dir = new TempDir();
        var pipeline = dir.File("site.yaml", System.Text.Encoding.UTF8.GetBytes(CrawlHarness.Yaml(site.BaseUrl, ProcessKillTests.Serial)));

        int firstCode;
        string firstErrors;
        using (var first = ChildCrawl.Start(pipeline, dir))
        {
            var errors = first.StandardError.ReadToEndAsync();
            await ChildCrawl.WaitForAsync(() => ChildCrawl.DocumentsServed(site) >= 2);
            using (var kill = Process.Start("kill", ["-TERM", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            await first.WaitForExitAsync();
            firstCode = first.ExitCode;
            firstErrors = await errors;
        }
        var servedBeforeStop = ChildCrawl.DocumentsServed(site);
        var code = await ChildCrawl.RunToEndAsync(pipeline, dir);

        Assert.True(servedBeforeStop < FixtureSite.ExpectedDocuments.Count, "the stop came too late to test anything");
        Assert.True(firstCode == 130, $"exit {firstCode}: {firstErrors}");
        Assert.Equal(1, code);
        Assert.Equal(9, ChildCrawl.LastRunRows(dir).Count(r => r.Outcome == Outcomes.New));
        foreach (var path in FixtureSite.ExpectedDocuments.Keys) Assert.Equal(1, site.Served(path));
    }
}
