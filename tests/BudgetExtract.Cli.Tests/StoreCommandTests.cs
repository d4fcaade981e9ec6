using System.Text.Json;
using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Tests;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

/// <summary>query, diff and export through <see cref="CliApp"/> on a real database filled with built extraction results.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _db;

    public StoreCommandTests()
    {
        _db = _dir.Combine("budget.db");
        using var store = SqliteBudgetStore.Open(_db);
        store.Store(Fixtures.Budget("sz-2024", "深圳市统计局", 2024), Fixtures.From("/in/sz-2024.pdf"));
        store.Store(Fixtures.Budget("sz-2025", "深圳市统计局（本级）", 2025, factor: 1.1m, withHealth: false, activityTarget: "≥600场"), Fixtures.From("/in/sz-2025.pdf"));
        store.Store(Fixtures.Budget("jx-2024", "深圳市经济贸易和信息化委员会", 2024), Fixtures.From("/in/jx-2024.pdf"));
        store.Store(Fixtures.Budget("gx-2025", "深圳市工业和信息化局", 2025, factor: 0.5m), Fixtures.From("/in/gx-2025.pdf"));
    }

    public void Dispose() => _dir.Dispose();

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync([.. args, "--db", _db]);

    [Fact]
    public async Task Query_lines_csv_is_clean_on_stdout_with_exact_amounts()
    {
        var run = await Run("query", "lines", "--department", "深圳市统计局", "--year", "2025", "--code", "2080505", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("region,department,year,kind,file,sha256,table,table_title,", lines[0]);
        Assert.StartsWith("深圳市,深圳市统计局（本级）,2025,部门预算,sz-2025.pdf,", lines[1]);
        Assert.Contains(",2080505,机关事业单位基本养老保险缴费支出,3,20805,,合计,1243000,", lines[1]);
    }

    [Fact]
    public async Task Query_lines_json_and_table_formats()
    {
        var json = await Run("query", "lines", "--department", "深圳市统计局", "--year", "2024", "--format", "json");
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(5, document.RootElement.GetArrayLength());
        Assert.Equal(456_789.12m, document.RootElement[3].GetProperty("amount").GetDecimal());
        var table = await Run("query", "lines", "--department", "深圳市统计局", "--year", "2024", "--name", "医疗");
        Assert.Equal(0, table.ExitCode);
        var rows = table.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("department", rows[0]);
        Assert.Contains("行政单位医疗", rows[2]);
        Assert.Contains("456,789.12", rows[2]);
        Assert.Equal("(1 row)", rows[^1]);
    }

    [Fact]
    public async Task Query_search_finds_two_character_words()
    {
        var run = await Run("query", "search", "三公", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.EndsWith(",表7 一般公共预算“三公”经费支出表", r));
    }

    [Fact]
    public async Task Query_tables_and_one_tables_grid()
    {
        var tables = await Run("query", "tables", "--department", "深圳市统计局", "--year", "2025", "--format", "json");
        using var list = JsonDocument.Parse(tables.Stdout);
        Assert.Equal(4, list.RootElement.GetArrayLength());
        var sha = list.RootElement[1].GetProperty("sha256").GetString()!;
        var grid = await Run("query", "table", sha[..12], "1", "--format", "csv");
        Assert.Equal(0, grid.ExitCode);
        Assert.Equal("科目编码,科目名称,合计,基本支出\n208,社会保障和就业支出,113,113\n2080505,机关事业单位基本养老保险缴费支出,113,113\n", grid.Stdout);
    }

    [Fact]
    public async Task Query_sql_reads_and_refuses_writes_in_one_line()
    {
        var read = await Run("query", "sql", "SELECT year, COUNT(*) AS documents FROM documents GROUP BY year ORDER BY year", "--format", "csv");
        Assert.Equal("year,documents\n2024,2\n2025,2\n", read.Stdout);
        var write = await Run("query", "sql", "DELETE FROM lines");
        Assert.Equal(2, write.ExitCode);
        Assert.Equal("error: query sql: the database is opened read-only here; only SELECT (and other reading statements) are allowed", Assert.Single(write.StderrLines));
        var after = await Run("query", "sql", "SELECT COUNT(*) FROM lines", "--format", "csv");
        Assert.Equal("COUNT(*)\n20\n", after.Stdout);
    }

    [Fact]
    public async Task Diff_json_lists_changes_added_removed_and_indicator_targets()
    {
        var run = await Run("diff", "--department", "深圳市统计局", "--from", "2024", "--to", "2025", "--format", "json", "--changes-only");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        var pension = lines.Single(l => l.GetProperty("code").GetString() == "2080505");
        Assert.Equal(1_130_000m, pension.GetProperty("old").GetDecimal());
        Assert.Equal(1_243_000m, pension.GetProperty("new").GetDecimal());
        Assert.Equal(10m, pension.GetProperty("percent").GetDecimal());
        Assert.Contains(lines, l => l.GetProperty("status").GetString() == "removed" && l.GetProperty("code").GetString() == "2101101");
        Assert.Contains(lines, l => l.GetProperty("status").GetString() == "added" && l.GetProperty("code").GetString() == "2130101");
        Assert.DoesNotContain(lines, l => l.GetProperty("status").GetString() == "unchanged");
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Contains(indicators, i => i.GetProperty("status").GetString() == "changed" && i.GetProperty("newTarget").GetString() == "≥600场");
        Assert.Contains(indicators, i => i.GetProperty("status").GetString() == "added" && i.GetProperty("level3").GetString() == "带动就业");
    }

    [Fact]
    public async Task Diff_table_and_csv_with_an_alias_file_for_a_renamed_department()
    {
        var aliases = _dir.File("aliases.yaml", "深圳市工业和信息化局:\n  - 深圳市经济贸易和信息化委员会\n"u8.ToArray());
        var without = await Run("diff", "--department", "深圳市工业和信息化局", "--from", "2024", "--to", "2025");
        Assert.Equal(2, without.ExitCode);
        Assert.Equal("error: --department 深圳市工业和信息化局: no stored document for 2024 (stored years: 2025)", Assert.Single(without.StderrLines));

        var table = await Run("diff", "--department", "深圳市工业和信息化局", "--from", "2024", "--to", "2025", "--aliases", aliases);
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("2024: 深圳市经济贸易和信息化委员会 (jx-2024.pdf)  →  2025: 深圳市工业和信息化局 (gx-2025.pdf)", table.Stdout);
        Assert.Contains("budget lines: 4 changed, 0 added, 0 removed, 1 unchanged", table.Stdout);

        var csv = await Run("diff", "--department", "深圳市工业和信息化局", "--from", "2024", "--to", "2025", "--aliases", aliases, "--format", "csv");
        var rows = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", Commands.DiffCommand.CsvColumns), rows[0]);
        Assert.Equal("line,changed,部门预算,general-budget-by-function,,2080505,机关事业单位基本养老保险缴费支出,合计,1130000,565000,-565000,-50,,,,,,",
            Assert.Single(rows, r => r.Contains(",2080505,", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.StartsWith("indicator,added,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_datapackage_writes_schema_and_csv_resources()
    {
        var output = _dir.Combine("export");
        var run = await Run("export", "--format", "datapackage", "-o", output, "--year", "2025");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("exported 10 line(s) and 6 indicator(s) to ", run.Stdout);
        Assert.Equal(11, File.ReadAllLines(Path.Combine(output, "lines.csv")).Length);
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")));
        Assert.Equal(2, package.RootElement.GetProperty("resources").GetArrayLength());
    }

    [Theory]
    [InlineData("csv", "lines.csv")]
    [InlineData("jsonl", "lines.jsonl")]
    [InlineData("xlsx", "budget.xlsx")]
    public async Task Export_formats_write_their_files(string format, string file)
    {
        var output = _dir.Combine("export-" + format);
        var run = await Run("export", "--format", format, "-o", output, "--department", "深圳市统计局");
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(Path.Combine(output, file)).Length > 100);
    }

    [Fact]
    public async Task Unknown_formats_are_usage_errors()
    {
        Assert.Equal("error: unknown format 'xml' (expected one of: table, csv, json)", Assert.Single((await Run("query", "lines", "--format", "xml")).StderrLines));
        Assert.Equal("error: unknown export format 'pdf' (expected one of: csv, jsonl, xlsx, datapackage)", Assert.Single((await Run("export", "--format", "pdf", "-o", _dir.Combine("x"))).StderrLines));
    }

    [Fact]
    public async Task Corrupt_database_is_one_line_and_exit_2_for_every_command()
    {
        var bad = _dir.File("bad.db", [.. Enumerable.Repeat((byte)0x5A, 4096)]);
        foreach (var args in new[] { new[] { "query", "lines" }, ["diff", "--department", "x", "--from", "1", "--to", "2"], ["export", "--format", "csv", "-o", _dir.Combine("e")], ["ingest", RepoPaths.Corpus("real", "shanghai-water-2026.pdf")] })
        {
            var run = await CliRun.RunAsync([.. args, "--db", bad]);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"error: {bad}: not a SQLite database (the file is corrupt or of another kind)", Assert.Single(run.StderrLines));
        }
    }
}
