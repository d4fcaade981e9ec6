using System.Text.RegularExpressions;
using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Tests;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_on_loopback_until_cancelled_then_exits_0()
    {
        using var dir = new TempDir();
        var db = dir.Combine("b.db");
        using (var store = SqliteBudgetStore.Open(db)) store.Store(Fixtures.Budget("a", "深圳市统计局", 2025), Fixtures.From("/data/a.pdf"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = CliApp.RunAsync(["serve", "--db", db, "--urls", "http://127.0.0.1:0", "--cache", dir.Combine("pages")], stdout, stderr, stop.Token);
        string? url = null;
        for (var i = 0; i < 200 && url is null && !run.IsCompleted; i++)
        {
            await Task.Delay(50);
            url = Regex.Match(stderr.ToString(), @"http://127\.0\.0\.1:\d+").Value is { Length: > 0 } u ? u : null;
        }
        Assert.True(url is not null, "no address on stderr: " + stderr);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(url + "/search?q=" + Uri.EscapeDataString("三公"));
        Assert.Contains("<mark>三公</mark>", page);
        await stop.CancelAsync();
        Assert.Equal(0, await run);
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task Serve_without_a_database_or_with_a_bad_address_fails_with_one_line()
    {
        using var dir = new TempDir();
        var missing = await CliRun.RunAsync("serve", "--db", dir.Combine("none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal([$"error: {dir.Combine("none.db")}: no such database (run 'budgetextract ingest' first, or pass --db)"], missing.StderrLines);
        var bad = await CliRun.RunAsync("serve", "--db", dir.Combine("none.db"), "--urls", "ftp://x");
        Assert.Single(bad.StderrLines);
        Assert.Contains("--urls: 'ftp://x' is not an http:// address", bad.Stderr);
        Assert.NotEqual(0, bad.ExitCode);
    }
}
