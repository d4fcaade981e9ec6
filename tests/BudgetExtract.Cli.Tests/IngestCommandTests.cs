using System.Collections.Concurrent;
using BudgetExtract.Cli.Commands;
using BudgetExtract.Contract;
using BudgetExtract.Store.Tests;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class IngestCommandTests
{
    private static readonly string Shenzhen = RepoPaths.Corpus("real", "shenzhen-statistics-2026.pdf");
    private static readonly string Shanghai = RepoPaths.Corpus("real", "shanghai-water-2026.pdf");

    [Fact]
    public async Task Real_pdfs_are_stored_once_and_a_second_run_changes_nothing()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.Combine("in")).FullName;
        File.Copy(Shenzhen, Path.Combine(input, "shenzhen.pdf"));
        File.Copy(Shanghai, Path.Combine(input, "shanghai.pdf"));
        var db = dir.Combine("data/budget.db");

        var first = await CliRun.RunAsync("ingest", input, "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"ingested 2 file(s) into {db}: 2 new, 0 unchanged, 0 new version(s), 0 failed\n", first.Stdout);
        var second = await CliRun.RunAsync("ingest", input, "--db", db);
        Assert.Equal($"ingested 2 file(s) into {db}: 0 new, 2 unchanged, 0 new version(s), 0 failed\n", second.Stdout);

        var stored = await CliRun.RunAsync("query", "sql", "SELECT file_name, pages, source FROM documents ORDER BY file_name", "--db", db, "--format", "csv");
        Assert.Equal($"file_name,pages,source\nshanghai.pdf,20,{Path.Combine(input, "shanghai.pdf")}\nshenzhen.pdf,34,{Path.Combine(input, "shenzhen.pdf")}\n", stored.Stdout);
    }

    [Fact]
    public async Task Bad_files_are_listed_the_rest_stored_and_exit_is_2()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.Combine("in")).FullName;
        File.Copy(Shanghai, Path.Combine(input, "a-good.pdf"));
        File.WriteAllBytes(Path.Combine(input, "b-page.pdf"), "<html><title>404</title></html>"u8.ToArray());
        var db = dir.Combine("budget.db");

        var run = await CliRun.RunAsync("ingest", input, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("1 new, 0 unchanged, 0 new version(s), 1 failed", run.Stdout);
        Assert.Equal("1 of 2 file(s) failed:", run.StderrLines[^2]);
        Assert.EndsWith("b-page.pdf: not a PDF (it is an HTML page)", run.StderrLines[^1]);
        var count = await CliRun.RunAsync("query", "sql", "SELECT COUNT(*) AS n FROM documents", "--db", db, "--format", "csv");
        Assert.Equal("n\n1\n", count.Stdout);
    }

    [Fact]
    public async Task New_bytes_at_a_known_path_become_a_new_version_without_extracting_known_files_again()
    {
        using var dir = new TempDir();
        var a = dir.File("a.pdf", "%PDF-1.7 first"u8.ToArray());
        var b = dir.File("b.pdf", "%PDF-1.7 other"u8.ToArray());
        var db = dir.Combine("budget.db");
        var extracted = new ConcurrentBag<string>();
        var fixedNow = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

        async Task<(int Code, string Out)> Ingest()
        {
            var stdout = new StringWriter();
            var command = new IngestCommand((file, _) =>
            {
                extracted.Add(Path.GetFileName(file));
                var bytes = File.ReadAllBytes(file);
                var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
                return Task.FromResult(Fixtures.Result("unused", "深圳市统计局", 2025, file: Path.GetFileName(file)) with { Source = new SourceInfo(Path.GetFileName(file), sha, 1) });
            }, new FixedTime(fixedNow), stdout, TextWriter.Null);
            var code = await command.RunAsync(new IngestSettings { Path = dir.Path, Db = db, Parallelism = 2 }, CancellationToken.None);
            return (code, stdout.ToString());
        }

        var first = await Ingest();
        Assert.Contains("1 new, 0 unchanged, 1 new version(s), 0 failed", first.Out); // same department, year and kind
        File.WriteAllBytes(a, "%PDF-1.7 republished"u8.ToArray());
        extracted.Clear();
        var second = await Ingest();
        Assert.Contains("0 new, 1 unchanged, 1 new version(s), 0 failed", second.Out);
        Assert.Equal(["a.pdf"], extracted);

        var versions = await CliRun.RunAsync("query", "sql", "SELECT version, superseded_by IS NULL AS current, fetched_at FROM documents ORDER BY id", "--db", db, "--format", "csv");
        Assert.Equal("version,current,fetched_at\n1,0,2026-05-01T12:00:00.0000000+00:00\n2,0,2026-05-01T12:00:00.0000000+00:00\n3,1,2026-05-01T12:00:00.0000000+00:00\n", versions.Stdout);
    }

    [Fact]
    public async Task Missing_file_is_one_line_and_exit_2()
    {
        using var dir = new TempDir();
        var run = await CliRun.RunAsync("ingest", "/no/such/budget.pdf", "--db", dir.Combine("b.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: /no/such/budget.pdf: file not found", run.StderrLines[0]);
    }
}
