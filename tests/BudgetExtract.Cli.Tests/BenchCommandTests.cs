using System.Text.Json;
using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class BenchCommandTests
{
    private const string Seed = "001_bcdd9000e326aa50-ruled-lines";

    /// <summary>A small corpus: pdfs/&lt;seed&gt;.pdf with its expected file in a sibling expected/ folder.</summary>
    private static TempDir SmallCorpus()
    {
        var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("pdfs"));
        Directory.CreateDirectory(dir.Combine("expected"));
        File.Copy(RepoPaths.Corpus("seeds", Seed + ".pdf"), dir.Combine(Path.Combine("pdfs", Seed + ".pdf")));
        File.Copy(RepoPaths.Corpus("expected", Seed + ".json"), dir.Combine(Path.Combine("expected", Seed + ".json")));
        return dir;
    }

    [Fact]
    public async Task Json_reports_each_document_and_the_total()
    {
        using var dir = SmallCorpus();
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(Seed, doc.GetProperty("name").GetString());
        Assert.Equal(3, doc.GetProperty("pages").GetInt32());
        Assert.Equal(2, doc.GetProperty("expectedTables").GetInt32());
        foreach (var metric in new[] { "rowRecall", "rowPrecision", "adjacencyF1", "onePiece", "pagesPerSecond" })
            Assert.True(doc.TryGetProperty(metric, out _), metric);
        Assert.Equal(3, json.RootElement.GetProperty("total").GetProperty("pages").GetInt32());
    }

    /// <summary>The small corpus with the PDF in a folder named scanned: benched as a scan without needing OCR.</summary>
    private static TempDir ScannedCorpus()
    {
        var dir = SmallCorpus();
        Directory.CreateDirectory(dir.Combine(Path.Combine("pdfs", "scanned")));
        File.Move(dir.Combine(Path.Combine("pdfs", Seed + ".pdf")), dir.Combine(Path.Combine("pdfs", "scanned", Seed + ".pdf")));
        return dir;
    }

    [Fact]
    public async Task Scanned_documents_get_their_own_section_with_numeric_cells_in_json()
    {
        using var dir = ScannedCorpus();
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Empty(json.RootElement.GetProperty("documents").EnumerateArray());
        var scanned = json.RootElement.GetProperty("scanned");
        var doc = Assert.Single(scanned.GetProperty("documents").EnumerateArray());
        Assert.Equal(Seed, doc.GetProperty("name").GetString());
        var numbers = doc.GetProperty("numericCells");
        Assert.True(numbers.GetProperty("cells").GetInt32() > 0);
        // Read from the text layer: every number is exact, none flagged.
        Assert.Equal(numbers.GetProperty("cells").GetInt32(), numbers.GetProperty("exact").GetInt32());
        Assert.Equal(0, numbers.GetProperty("wrongUnflagged").GetInt32());
        Assert.Equal(3, scanned.GetProperty("total").GetProperty("pages").GetInt32());
    }

    [Fact]
    public async Task Scanned_documents_are_printed_under_their_own_heading_with_numeric_columns()
    {
        using var dir = ScannedCorpus();
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scanned documents (OCR)", lines[0]);
        Assert.Contains("wrong-UNFLAGGED", lines[1]);
        Assert.StartsWith(Seed, lines[2]);
        Assert.StartsWith("scanned total", lines[3]);
    }

    [Fact]
    public async Task Text_prints_a_line_per_document_and_a_total()
    {
        using var dir = SmallCorpus();
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("document", lines[0]);
        Assert.StartsWith(Seed, lines[1]);
        Assert.StartsWith("total", lines[2]);
    }

    [Fact]
    public async Task Document_below_its_floor_makes_exit_code_one_and_is_named()
    {
        using var dir = SmallCorpus();
        // No score can reach 1.01: the floor is always missed, whatever the extractor does.
        var floors = dir.File("floors.json", System.Text.Encoding.UTF8.GetBytes(
            $$"""{ "documents": { "{{Seed}}": { "adjacencyF1": 1.01 } } }"""));
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"), "--floors", floors);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(Seed, line);
        Assert.Contains("adjacencyF1", line);
    }

    [Fact]
    public async Task Expected_option_points_at_another_folder()
    {
        using var dir = SmallCorpus();
        Directory.Move(dir.Combine("expected"), dir.Combine("answers"));
        var without = await CliRun.RunAsync("bench", dir.Combine("pdfs"));
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("no PDF with an expected file", Assert.Single(without.StderrLines));

        var with = await CliRun.RunAsync("bench", dir.Combine("pdfs"), "--expected", dir.Combine("answers"));
        Assert.Equal(0, with.ExitCode);
    }

    [Fact]
    public async Task Expected_lines_file_adds_line_and_indicator_scores()
    {
        const string seed = "003_d0b700a6485bd38b-ruled-lines";
        using var dir = new TempDir();
        foreach (var folder in new[] { "pdfs", "expected", "expected-lines" }) Directory.CreateDirectory(dir.Combine(folder));
        File.Copy(RepoPaths.Corpus("seeds", seed + ".pdf"), dir.Combine(Path.Combine("pdfs", seed + ".pdf")));
        File.Copy(RepoPaths.Corpus("expected", seed + ".json"), dir.Combine(Path.Combine("expected", seed + ".json")));
        File.Copy(RepoPaths.Corpus("expected-lines", seed + ".json"), dir.Combine(Path.Combine("expected-lines", seed + ".json")));
        var run = await CliRun.RunAsync("bench", dir.Combine("pdfs"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var lines = Assert.Single(json.RootElement.GetProperty("lines").EnumerateArray());
        Assert.Equal(seed, lines.GetProperty("name").GetString());
        Assert.Equal(209, lines.GetProperty("counts").GetProperty("lines").GetProperty("expected").GetInt32());
        Assert.Equal(1.0, lines.GetProperty("lineRecall").GetDouble());
        Assert.Equal(16, Assert.Single(json.RootElement.GetProperty("reconciliation").EnumerateArray()).GetProperty("classifiedTables").GetInt32());
    }

    [Fact]
    public async Task Reconcile_prints_the_pass_rate_per_folder_without_expected_files()
    {
        using var dir = new TempDir();
        foreach (var city in new[] { "a", "b" })
        {
            Directory.CreateDirectory(dir.Combine(city));
            File.Copy(RepoPaths.Corpus("seeds", Seed + ".pdf"), dir.Combine(Path.Combine(city, Seed + ".pdf")));
        }
        var run = await CliRun.RunAsync("bench", dir.Path, "--reconcile");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("a ", StringComparison.Ordinal) && l.Contains(" 1 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("total", StringComparison.Ordinal) && l.Contains("1.000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_directory_is_a_one_line_error()
    {
        var run = await CliRun.RunAsync("bench", "/nonexistent/corpus");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: /nonexistent/corpus: no such directory", Assert.Single(run.StderrLines));
    }
}
