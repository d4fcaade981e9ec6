using BudgetExtract.Diagnostics;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Tesseract;
using BudgetExtract.Testing;

namespace BudgetExtract.Ocr.Tests;

public sealed class OcrPdfEngineTests
{
    private static OcrPdfEngine Engine(OcrMode mode, string digits = "1,234.56", string? cache = null, Action? onRead = null, GridRasterizer? rasterizer = null) =>
        new(new TwoPageEngine(), new OcrOptions { Mode = mode, CacheDirectory = cache, MaxParallelism = 2 }, rasterizer ?? new GridRasterizer(),
            () => new ReaderPair(new FixedReader("1,234.56", 96, onRead), new FixedReader(digits, 96, onRead)), null);

    [Fact]
    public async Task Auto_replaces_only_the_scanned_page_with_visible_ocr_glyphs_and_raster_rulings()
    {
        using var engine = Engine(OcrMode.Auto);
        var content = await engine.ReadAsync("x.pdf");

        Assert.Equal(TwoPageEngine.TextGlyph, Assert.Single(content.Pages[0].Glyphs));
        var scanned = content.Pages[1];
        Assert.NotEmpty(scanned.Glyphs);
        Assert.All(scanned.Glyphs, g => Assert.False(g.Invisible));
        Assert.All(scanned.Glyphs, g => Assert.Equal("OCR", g.Font));
        Assert.Equal("1,234.56".Length * 8, scanned.Glyphs.Length); // eight cells, each read as 1,234.56
        Assert.Equal(8, scanned.Rulings.Length);
        Assert.Contains(scanned.Rulings, r => r.IsHorizontal && Math.Abs(r.Y0 - 101 * 72.0 / 300) < 0.5);
        Assert.False(scanned.LooksScanned);
        Assert.Contains(scanned.Diagnostics, d => d.Code == "ocr-page" && d.Page == 2);
        Assert.DoesNotContain(scanned.Diagnostics, d => d.Code == "ocr-low-confidence");
    }

    [Fact]
    public async Task Never_returns_the_inner_content_without_rendering_or_reading()
    {
        var rasterizer = new GridRasterizer();
        var reads = 0;
        using var engine = Engine(OcrMode.Never, onRead: () => reads++, rasterizer: rasterizer);
        var content = await engine.ReadAsync("x.pdf");
        Assert.Empty(content.Pages[1].Glyphs);
        Assert.Equal((0, 0), (rasterizer.Renders, reads));
    }

    [Fact]
    public async Task Always_ocrs_text_pages_too()
    {
        using var engine = Engine(OcrMode.Always);
        var content = await engine.ReadAsync("x.pdf");
        Assert.All(content.Pages, p => Assert.All(p.Glyphs, g => Assert.Equal("OCR", g.Font)));
    }

    [Fact]
    public async Task Numbers_the_digit_reader_reads_differently_become_low_confidence_diagnostics_with_page_text_and_box()
    {
        using var engine = Engine(OcrMode.Auto, digits: "1,284.56");
        var content = await engine.ReadAsync("x.pdf");
        var flagged = content.Pages[1].Diagnostics.Where(d => d.Code == "ocr-low-confidence").ToList();
        Assert.Equal(8, flagged.Count);
        Assert.All(flagged, d => Assert.Equal(2, d.Page));
        Assert.All(flagged, d => Assert.Contains("'1,284.56'", d.Message, StringComparison.Ordinal));
        Assert.All(flagged, d => Assert.Matches(@"at \[[\d.]+, [\d.]+, [\d.]+, [\d.]+\]", d.Message));
    }

    [Fact]
    public async Task A_second_run_takes_the_page_from_the_cache_without_reading()
    {
        using var cache = new TempDir();
        var reads = 0;
        using (var first = Engine(OcrMode.Auto, cache: cache.Path, onRead: () => reads++))
            await first.ReadAsync("x.pdf");
        Assert.True(reads > 0);
        var afterFirst = reads;

        using var second = Engine(OcrMode.Auto, cache: cache.Path, onRead: () => reads++);
        var content = await second.ReadAsync("x.pdf");
        Assert.Equal(afterFirst, reads);
        Assert.Equal("1,234.56".Length * 8, content.Pages[1].Glyphs.Length);
        Assert.Equal(8, content.Pages[1].Rulings.Length);
    }

    [Fact]
    public void Missing_language_data_is_a_tool_error_that_says_what_to_install()
    {
        using var empty = new TempDir();
        var e = Assert.Throws<ToolMissingException>(() => new TesseractEngine(empty.Path, "chi_sim", null, 300));
        Assert.Contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim", e.Message, StringComparison.Ordinal);
        Assert.Contains("chi_sim", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_language_data_fails_the_read_instead_of_returning_empty_pages()
    {
        using var empty = new TempDir();
        using var engine = new OcrPdfEngine(new TwoPageEngine(), new OcrOptions { TessdataPath = empty.Path, CacheDirectory = null });
        await Assert.ThrowsAsync<ToolMissingException>(() => engine.ReadAsync("x.pdf"));
    }
}
