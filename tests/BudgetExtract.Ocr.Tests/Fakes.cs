using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Ocr.Tests;

/// <summary>A PDF with a text page (1) and a scanned page (2), 288 × 216 pt (1200 × 900 px at 300 dpi).</summary>
internal sealed class TwoPageEngine : IPdfEngine
{
    public static readonly Glyph TextGlyph = new("表", new Box(10, 10, 20, 20), "SimSun", 10, false, true);

    public Task<PdfContent> ReadAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default)
    {
        PageContent Page(int number, ImmutableArray<Glyph> glyphs, ImmutableArray<Box> images) =>
            new(number, 288, 216, 0, glyphs, [], [], images, []);
        return Task.FromResult(new PdfContent(file, 2,
            [Page(1, [TextGlyph], []), Page(2, [], [new Box(0, 0, 288, 216)])], []));
    }
}

internal sealed class GridRasterizer : IPageRasterizer
{
    public int Renders { get; private set; }

    public Task<GrayImage> RenderAsync(string file, int page, int dpi, CancellationToken cancellationToken)
    {
        Renders++;
        return Task.FromResult(Synthetic.GridWithSpan());
    }
}

/// <summary>Reads every line-mode image as <paramref name="text"/> over the whole ink; page mode finds nothing.</summary>
internal sealed class FixedReader(string text, float confidence, Action? onRead = null) : ITextReader
{
    public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
    {
        onRead?.Invoke();
        if (mode == ReadMode.Page) return [];
        var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
        return [new OcrWord(text, box, confidence, box)];
    }

    public void Dispose()
    {
    }
}
