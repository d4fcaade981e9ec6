using System.Security.Cryptography;
using System.Text.Json;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static readonly string Shenzhen = RepoPaths.Corpus("real", "shenzhen-statistics-2026.pdf");

    [Fact]
    public async Task Json_output_follows_the_contract_with_source_filled()
    {
        var run = await CliRun.RunAsync("extract", Shenzhen, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var source = root.GetProperty("source");
        Assert.Equal("shenzhen-statistics-2026.pdf", source.GetProperty("file").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Shenzhen))), source.GetProperty("sha256").GetString());
        Assert.Equal(34, source.GetProperty("pages").GetInt32());
        foreach (var member in new[] { "document", "tables", "lines", "indicators", "checks" })
            Assert.True(root.TryGetProperty(member, out _), member);
        var document = root.GetProperty("document");
        Assert.Equal("深圳市", document.GetProperty("region").GetString());
        Assert.Equal("深圳市统计局", document.GetProperty("department").GetString());
        Assert.Equal(2026, document.GetProperty("year").GetInt32());
        Assert.Equal("部门预算", document.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Text_output_prints_pages_in_reading_order()
    {
        var run = await CliRun.RunAsync("extract", Shenzhen, "--format", "text", "--pages", "2");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("--- page 2 ---", lines[0]);
        Assert.Equal("目 录", lines[1]);
        Assert.Equal("一、文字部分", lines[2]);
        Assert.Equal("第一部分 部门概况", lines[3]);
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.pdf", [], "empty file (0 bytes)" },
        { "page.pdf", "<html><head><title>404</title></head></html>"u8.ToArray(), "not a PDF (it is an HTML page)" },
        { "photo.pdf", [0xFF, 0xD8, 0xFF, 0xE1, 0, 0], "not a PDF (it is a JPEG image)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_exits_2_with_one_line_naming_file_and_cause(string name, byte[] content, string cause)
    {
        using var dir = new TempDir();
        var path = dir.File(name, content);
        var run = await CliRun.RunAsync("extract", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"error: {path}: {cause}", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Missing_file_exits_2_with_one_line()
    {
        var run = await CliRun.RunAsync("extract", "/no/such/budget.pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: /no/such/budget.pdf: file not found", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task Truncated_pdf_exits_2_with_one_line()
    {
        using var dir = new TempDir();
        var bytes = await File.ReadAllBytesAsync(Shenzhen);
        var path = dir.File("cut.pdf", bytes[..(bytes.Length / 3)]);
        var run = await CliRun.RunAsync("extract", path);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"error: {path}: truncated", line);
    }

    [Fact]
    public async Task Pdf_readable_in_part_yields_its_pages_a_diagnostic_and_a_warning()
    {
        // Aspose writes the page tree early: cut at 80% the pages still open, some objects are gone.
        using var dir = new TempDir();
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Corpus("real", "suzhou-audit-2026.pdf"));
        var path = dir.File("cut.pdf", bytes[..(bytes.Length * 8 / 10)]);
        var run = await CliRun.RunAsync("extract", path);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"warning: {path}: only partly readable", Assert.Single(run.StderrLines));
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(33, json.RootElement.GetProperty("source").GetProperty("pages").GetInt32());
        var codes = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("file-truncated", codes);
        Assert.Contains("pdf-engine-error", codes);
    }

    [Fact]
    public async Task Directory_goes_on_past_bad_files_and_lists_failures_at_the_end()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.Combine("in")).FullName;
        File.Copy(Shenzhen, Path.Combine(input, "a-good.pdf"));
        File.WriteAllBytes(Path.Combine(input, "b-bad.pdf"), "<html></html>"u8.ToArray());
        File.WriteAllBytes(Path.Combine(input, "c-empty.pdf"), []);
        var output = dir.Combine("out");

        var run = await CliRun.RunAsync("extract", input, "-o", output, "--pages", "1-2");

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "a-good.json")));
        Assert.False(File.Exists(Path.Combine(output, "b-bad.json")));
        Assert.Contains("2 of 3 file(s) failed:", run.Stderr);
        Assert.EndsWith("c-empty.pdf: empty file (0 bytes)", run.StderrLines[^1]);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "a-good.json")));
        Assert.Equal(34, json.RootElement.GetProperty("source").GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("extract", Shenzhen, "--format", "docx");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'docx'", run.Stderr);
    }

    [Fact]
    public async Task Bad_page_selection_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("extract", Shenzhen, "--pages", "5-2");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("invalid page selection", run.Stderr);
    }
}
