using System.Security.Cryptography;
using BudgetExtract.Testing;
using BudgetExtract.Web.Catalog;
using BudgetExtract.Web.Pages;

namespace BudgetExtract.Web.Tests;

/// <summary>The page-image cache and its provenance checks, with a renderer that writes a stub PNG and counts calls.</summary>
public sealed class PageImagesTests
{
    private sealed class CountingRenderer : IPageRenderer
    {
        public int Calls;

        public Task RenderAsync(string pdfPath, int page, int resolution, string pngPath, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            File.WriteAllBytes(pngPath, [0x89, (byte)'P', (byte)'N', (byte)'G', .. new byte[20]]);
            return Task.CompletedTask;
        }
    }

    private static DocumentEntry Entry(string source, string sha) =>
        new(1, sha, source, Path.GetFileName(source), "2026-03-01", "2026-03-01", 3, null, null, null, null, 1, false, "[]");

    [Fact]
    public async Task A_page_is_rendered_once_and_then_served_from_the_cache()
    {
        using var dir = new TempDir();
        var pdf = dir.File("a.pdf", "%PDF-1.4 a"u8.ToArray());
        var renderer = new CountingRenderer();
        var images = new PageImages(renderer, dir.Combine("cache"), 110);
        var document = Entry(pdf, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(pdf))));
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => images.GetAsync(document, 2, CancellationToken.None)));
        Assert.All(results, r => Assert.Equal(Path.Combine(dir.Combine("cache"), document.Sha256, "p2-r110.png"), r.PngPath));
        Assert.Equal(1, renderer.Calls);
        Assert.Single(Directory.GetFiles(Path.Combine(dir.Combine("cache"), document.Sha256))); // no partial files left
    }

    [Fact]
    public async Task A_file_changed_since_ingest_is_not_rendered_and_the_reader_is_told_why()
    {
        using var dir = new TempDir();
        var pdf = dir.File("a.pdf", "%PDF-1.4 edited"u8.ToArray());
        var renderer = new CountingRenderer();
        var image = await new PageImages(renderer, dir.Combine("cache"), 110).GetAsync(Entry(pdf, new string('a', 64)), 1, CancellationToken.None);
        Assert.Null(image.PngPath);
        Assert.Equal($"The file at {pdf} has changed since it was stored (its sha256 differs from {new string('a', 64)}); the page image is not drawn from other bytes.", image.Problem);
        Assert.Equal(0, renderer.Calls);
    }

    [Fact]
    public async Task A_document_fetched_from_a_url_says_where_to_open_it()
    {
        using var dir = new TempDir();
        var image = await new PageImages(new CountingRenderer(), dir.Combine("cache"), 110)
            .GetAsync(Entry("https://www.sz.gov.cn/a.pdf", new string('b', 64)), 1, CancellationToken.None);
        Assert.StartsWith("The PDF was fetched from https://www.sz.gov.cn/a.pdf and is not kept on this machine", image.Problem);
    }
}
