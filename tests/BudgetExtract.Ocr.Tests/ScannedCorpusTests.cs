using System.Diagnostics;
using BudgetExtract.Layout.Text;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.ScanGen;
using BudgetExtract.Testing;

namespace BudgetExtract.Ocr.Tests;

/// <summary>Real mutool and libtesseract on the scanned fixtures in corpus/scanned, against the original's text layer.</summary>
public sealed class ScannedCorpusTests
{
    private static readonly string Original = RepoPaths.Corpus("real", "shenzhen-statistics-2026.pdf");
    private static readonly OcrOptions NoCache = new() { CacheDirectory = null };

    [Fact]
    public async Task Gray_150_dpi_scan_reads_at_least_95_percent_of_numeric_cells_exactly_and_flags_the_rest()
    {
        var report = await OcrEvaluation.RunAsync(Original, "16,27", RepoPaths.Corpus("scanned", "shenzhen-statistics-2026-p16-27-gray150.pdf"), NoCache);
        Assert.True(report.Total >= 70, $"only {report.Total} numeric cells compared");
        Assert.True(report.Exact >= 0.95 * report.Total, report.ToString());
        Assert.Equal(0, report.WrongUnflagged);
    }

    [Fact]
    public async Task Noisy_black_and_white_scan_leaves_no_wrong_number_unflagged()
    {
        var report = await OcrEvaluation.RunAsync(Original, "16,27", RepoPaths.Corpus("scanned", "shenzhen-statistics-2026-p16-27-bw200.pdf"), NoCache);
        Assert.True(report.Total >= 70, $"only {report.Total} numeric cells compared");
        Assert.True(report.Exact >= 0.85 * report.Total, report.ToString());
        Assert.Equal(0, report.WrongUnflagged);
    }

    [Fact]
    public async Task A_document_mixing_text_and_scanned_pages_is_read_page_by_page()
    {
        using var dir = new TempDir();
        var mixed = dir.Combine("mixed.pdf");
        var merge = Process.Start("mutool", ["merge", "-o", mixed, Original, "27", RepoPaths.Corpus("scanned", "shenzhen-statistics-2026-p16-27-gray150.pdf"), "2"])!;
        await merge.WaitForExitAsync();
        Assert.Equal(0, merge.ExitCode);

        using var engine = new OcrPdfEngine(new MuPdfEngine(), NoCache);
        var content = await engine.ReadAsync(mixed);

        Assert.DoesNotContain(content.Pages[0].Glyphs, g => g.Font == "OCR");
        Assert.All(content.Pages[1].Glyphs, g => Assert.Equal("OCR", g.Font));
        var lines = new BaselineBandLineBuilder().Build(content.Pages[1]).Select(l => l.Text).ToList();
        Assert.True(lines.Any(l => l.Contains("5,417.80 4,104.00 1,313.80", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.Contains(lines, l => l.StartsWith("2010505", StringComparison.Ordinal) && l.EndsWith("701.80 0.00 701.80", StringComparison.Ordinal));
        Assert.True(content.Pages[1].Rulings.Length >= 10);
    }

    [Fact]
    public async Task Real_scanned_budget_page_yields_chinese_text_lines()
    {
        using var engine = new OcrPdfEngine(new MuPdfEngine(), NoCache);
        var content = await engine.ReadAsync(RepoPaths.Corpus("scanned", "quanzhou-commerce-2026-scan.pdf"), BudgetExtract.Pdf.PageSelection.Parse("1"));
        var page = Assert.Single(content.Pages);
        var text = string.Concat(new BaselineBandLineBuilder().Build(page).Select(l => l.Text.Replace(" ", "", StringComparison.Ordinal)));
        Assert.Contains("2024年", text, StringComparison.Ordinal);
        Assert.Contains("商务", text, StringComparison.Ordinal);
        Assert.Contains("高质量发展", text, StringComparison.Ordinal);
        Assert.Contains(page.Diagnostics, d => d.Code == "ocr-page");
    }
}
