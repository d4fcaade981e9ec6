using BudgetExtract.Testing;

namespace BudgetExtract.Cli.Tests;

public sealed class ExtractOcrOptionTests
{
    private static readonly string Scanned = RepoPaths.Corpus("scanned", "shenzhen-statistics-2026-p16-27-bw200.pdf");

    [Fact]
    public async Task Unknown_ocr_mode_is_a_usage_error_naming_the_choices()
    {
        var run = await CliRun.RunAsync("extract", Scanned, "--ocr", "sometimes");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown OCR mode 'sometimes' (expected one of: auto, always, never)", run.StderrLines[0]);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Ocr_never_leaves_a_scanned_page_without_text()
    {
        var run = await CliRun.RunAsync("extract", Scanned, "--ocr", "never", "--format", "text", "--pages", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["--- page 1 ---"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
