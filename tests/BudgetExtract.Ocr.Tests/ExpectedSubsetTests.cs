using System.Text.Json.Nodes;
using BudgetExtract.ScanGen;
using BudgetExtract.Testing;

namespace BudgetExtract.Ocr.Tests;

public sealed class ExpectedSubsetTests
{
    private static readonly string Full = RepoPaths.Corpus("expected", "000_7b0e8fb7a46aa85b-ruled-lines.json");

    [Fact]
    public void Subset_keeps_the_tables_on_the_kept_pages_renumbered_in_scan_order()
    {
        var full = (JsonObject)JsonNode.Parse(File.ReadAllText(Full))!;
        var subset = ExpectedSubset.Derive(full, [4, 5, 16], "full.json");
        var tables = subset["tables"]!.AsArray();
        Assert.Equal(["表 1", "表 9"], tables.Select(t => t!["number"]!.GetValue<string>()));
        Assert.Equal([1, 2], tables[0]!["pages"]!.AsArray().Select(p => p!.GetValue<int>()));
        Assert.Equal([3], tables[1]!["pages"]!.AsArray().Select(p => p!.GetValue<int>()));
        Assert.All(tables[0]!["cells"]!.AsArray(), c => Assert.InRange(c!["page"]!.GetValue<int>(), 1, 2));
        // Rows are the verified ones, untouched.
        var original = full["tables"]!.AsArray().First(t => t!["number"]?.GetValue<string>() == "表 1")!;
        Assert.Equal(original["rows"]!.ToJsonString(), tables[0]!["rows"]!.ToJsonString());
        Assert.Contains("pages 4,5,16", subset["derivedFrom"]!.GetValue<string>());
    }

    [Fact]
    public void Subset_cutting_a_continued_table_is_an_error_naming_it()
    {
        var full = (JsonObject)JsonNode.Parse(File.ReadAllText(Full))!;
        var e = Assert.Throws<FormatException>(() => ExpectedSubset.Derive(full, [4], "full.json"));
        Assert.Contains("收支总表", e.Message);
        Assert.Contains("4,5", e.Message);
    }

    [Fact]
    public void Committed_scan_expected_files_are_what_the_subset_step_derives()
    {
        // corpus/scanned/README.md lists the step; this keeps the committed files and the step in agreement.
        using var dir = new TempDir();
        var output = dir.Combine("out.json");
        ExpectedSubset.Write(Full, output, [4, 5, 16]);
        var committed = JsonNode.Parse(File.ReadAllText(RepoPaths.Corpus("expected", "000_7b0e8fb7a46aa85b-ruled-lines-p4-5-16-gray150.json")))!;
        var derived = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal(committed["tables"]!.ToJsonString(), derived["tables"]!.ToJsonString());
    }
}
