using System.Text.Json;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Demo_pipeline_run_stores_the_corpus_with_tables_and_lines_and_a_second_run_adds_nothing()
    {
        using var dir = new TempDir();
        var demo = Path.Combine(RepoPaths.Root, "pipelines", "demo.yaml");
        var db = dir.Combine("budget.db");
        string[] common = ["--db", db, "--out", dir.Combine("docs"), "--quiet"];

        var first = await CliRun.RunAsync(["run", demo, "--json", .. common]);
        Assert.Equal(0, first.ExitCode);
        using (var report = JsonDocument.Parse(first.Stdout))
        {
            var ingest = report.RootElement.GetProperty("ingest");
            Assert.Equal(9, report.RootElement.GetProperty("documents").GetProperty("new").GetInt32());
            Assert.True(ingest.GetProperty("tables").GetInt32() > 50);
            Assert.True(ingest.GetProperty("lines").GetInt32() > 1000);
        }

        var lines = await CliRun.RunAsync("query", "lines", "--db", db, "--department", "深圳市统计局", "--code", "2080505", "--format", "json");
        Assert.Equal(0, lines.ExitCode);
        using (var json = JsonDocument.Parse(lines.Stdout))
        {
            // 表3 支出总表, 表7 一般公共预算支出表 … all print 2080505 机关事业单位基本养老保险缴费支出 211.92 (万元).
            var amounts = json.RootElement.EnumerateArray()
                .Where(l => l.GetProperty("column").GetString()!.Contains("支出总计"))
                .Select(l => l.GetProperty("amount").GetDecimal()).Distinct().ToList();
            Assert.Equal([2119200m], amounts);
        }

        var second = await CliRun.RunAsync(["run", demo, "--json", .. common]);
        Assert.Equal(0, second.ExitCode);
        using var secondReport = JsonDocument.Parse(second.Stdout);
        Assert.Equal(9, secondReport.RootElement.GetProperty("documents").GetProperty("unchanged").GetInt32());
    }
}
