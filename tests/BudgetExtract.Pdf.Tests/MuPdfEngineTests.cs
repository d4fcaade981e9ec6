using System.Diagnostics;
using BudgetExtract.Diagnostics;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Testing;

namespace BudgetExtract.Pdf.Tests;

/// <summary>The real mutool on real published PDFs.</summary>
public sealed class MuPdfEngineTests
{
    private static readonly string Shenzhen = RepoPaths.Corpus("real", "shenzhen-statistics-2026.pdf");
    private static readonly string Jiangsu = RepoPaths.Corpus("real", "jiangsu-party-office-2018.pdf");

    [Fact]
    public async Task Reads_every_page_of_a_real_budget_with_text_and_rulings()
    {
        var content = await new MuPdfEngine().ReadAsync(Shenzhen);
        Assert.Equal(34, content.PageCount);
        Assert.Equal(34, content.Pages.Length);
        Assert.Equal(Enumerable.Range(1, 34), content.Pages.Select(p => p.Number));
        var title = string.Concat(content.Pages[0].Glyphs.Select(g => g.Text));
        Assert.Contains("深圳市统计局", title);
        Assert.Contains(content.Pages, p => p.Rulings.Length > 20);
    }

    [Fact]
    public async Task Page_selection_reads_only_those_pages_and_numbers_them_right()
    {
        var content = await new MuPdfEngine().ReadAsync(Shenzhen, PageSelection.Parse("2,5-6"));
        Assert.Equal([2, 5, 6], content.Pages.Select(p => p.Number));
        Assert.Contains("目", content.Pages[0].Glyphs.Select(g => g.Text));
    }

    [Fact]
    public async Task Rotated_page_is_read_landscape_with_upright_text()
    {
        var content = await new MuPdfEngine().ReadAsync(Jiangsu, PageSelection.Parse("1"));
        var page = Assert.Single(content.Pages);
        Assert.Equal(90, page.Rotation);
        Assert.True(page.Width > page.Height);
        Assert.True(page.Glyphs.Count(g => g.Upright) > 0.9 * page.Glyphs.Length);
    }

    [Fact]
    public async Task Password_protected_pdf_is_refused_with_that_cause()
    {
        using var dir = new TempDir();
        var encrypted = dir.Combine("locked.pdf");
        using (var p = Process.Start("mutool", ["clean", "-E", "aes-128", "-U", "secret", "-O", "owner", Shenzhen, encrypted]))
            await p.WaitForExitAsync();
        var e = await Assert.ThrowsAsync<InputException>(() => new MuPdfEngine().ReadAsync(encrypted));
        Assert.Equal(encrypted, e.File);
        Assert.Contains("password", e.Cause);
    }

    [Fact]
    public async Task Pdf_cut_in_half_is_refused_as_truncated()
    {
        using var dir = new TempDir();
        var bytes = await File.ReadAllBytesAsync(Shenzhen);
        var truncated = dir.File("half.pdf", bytes[..(bytes.Length / 2)]);
        var e = await Assert.ThrowsAsync<InputException>(() => new MuPdfEngine().ReadAsync(truncated));
        Assert.Contains("truncated", e.Cause);
    }

    [Fact]
    public async Task Missing_mutool_is_a_clear_tool_error()
    {
        var engine = new MuPdfEngine(new PdfReadOptions { MutoolPath = "/nonexistent/mutool" });
        var e = await Assert.ThrowsAsync<ToolMissingException>(() => engine.ReadAsync(Shenzhen));
        Assert.Contains("mupdf-tools", e.Message);
    }
}
