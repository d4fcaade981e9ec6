using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class OrdinalChunkTests
{
    /// <summary>Reads the ordinal chunk alone as chi_sim read 一、 alone on a scan (一~), with the text after it as 一、科学技术支出,
    /// the text alone as 科学技术支出, anything else 12.</summary>
    private sealed class OrdinalReader : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            var text = (box.X1 - box.X0) switch
            {
                >= 44 and <= 52 => "一~", >= 310 and <= 330 => "科学技术支出", >= 390 and <= 410 => "一、科学技术支出", _ => "12",
            };
            return [new OcrWord(text, box, 95, box)];
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void An_ordinal_cut_off_the_text_after_it_is_read_together_with_that_text()
    {
        // Regression (g12dev g5, session 14): 一、 of 一、科学技术支出 is a chunk of its own (the blank after its 、 is wider than
        // a column gap), and read alone it came out 一~, 5 or _、, a cell of its own between the columns.
        var image = new GrayImage(1200, 900);
        Synthetic.Block(image, 100, 218, 140, 222); // 一
        Synthetic.Block(image, 142, 234, 148, 240); // 、
        Synthetic.Block(image, 180, 200, 500, 240); // 科学技术支出, 32 px on: more than a column gap (half a line)
        Synthetic.Block(image, 700, 200, 900, 240); // its amount
        Synthetic.Block(image, 180, 300, 500, 340);
        Synthetic.Block(image, 700, 300, 900, 340);
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new OrdinalReader(), new FixedReader("12", 95)));
        var text = string.Concat(page.Glyphs.Where(g => g.Box.X1 <= 510 * 288.0 / 1200 && g.Box.Y1 <= 260 * 288.0 / 1200).OrderBy(g => g.Box.X0).Select(g => g.Text));
        Assert.Equal("一、科学技术支出", text);
    }
}
