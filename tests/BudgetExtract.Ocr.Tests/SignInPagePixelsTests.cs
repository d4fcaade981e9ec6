using BudgetExtract.Diagnostics;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

/// <summary>A ≥ / ≤ whose strokes 1-bit thresholding left as pieces smaller than a speck (1-bit scans of 绩效 targets).</summary>
public sealed class SignInPagePixelsTests
{
    /// <summary>
    /// Reads a line whose ink is more than 1.6 times as wide as high (the whole cell: sign and count) as
    /// <paramref name="whole"/>, a narrower one (the count alone) as <paramref name="rest"/>.
    /// </summary>
    private sealed class WidthSensitiveReader(string whole, string rest) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            int x0 = image.Width, x1 = -1, y0 = image.Height, y1 = -1;
            for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
            {
                if (image[x, y] >= 128) continue;
                (x0, x1, y0, y1) = (Math.Min(x0, x), Math.Max(x1, x), Math.Min(y0, y), Math.Max(y1, y));
            }
            if (x1 < 0) return [];
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return [new OcrWord(x1 - x0 + 1 > 1.6 * (y1 - y0 + 1) ? whole : rest, box, 60, box)];
        }

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// A black-and-white page with one ruled cell: a sign 25 px wide at x = 500 — a solid bar along its foot, its arms
    /// dots of 2 pixels a column apart (each smaller than a speck: the cell's cleaned ink loses them) — then a count, a block
    /// 40 px wide.
    /// </summary>
    private static GrayImage Page(bool chevron)
    {
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 100, 300 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 302);
        const int left = 500, top = 180;
        for (var x = 0; x <= 24; x += 3)
        {
            // ≥: from the top left to the apex at the right (y 12), back to the left (y 24); or a box's sides instead.
            var (upper, lower) = chevron ? (x / 2, 24 - x / 2) : (0, 24);
            foreach (var y in new[] { upper, lower })
                for (var dx = 0; dx < 2; dx++)
                    image[left + x + dx, top + y] = 0;
        }
        Synthetic.Block(image, left, top + 30, left + 25, top + 33);
        Synthetic.Block(image, left + 35, top, left + 75, top + 36);
        return image;
    }

    private static OcrPage Recognize(GrayImage page) =>
        new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(new WidthSensitiveReader("他]家", "1家"), new FixedReader("", 0)));

    [Fact]
    public void A_sign_whose_strokes_the_cleaning_erased_is_seen_in_the_page_pixels_and_the_count_after_it_read_again()
    {
        // Regression (1-bit scan e6 of seed 004): ≥1家 read 他]家, ≤1万元 read 所|万元.
        var page = Recognize(Page(chevron: true));
        Assert.Equal("≥1家", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.Contains(page.Diagnostics, d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("comparison sign"));
    }

    [Fact]
    public void Other_ink_before_the_count_leaves_the_reading_as_it_was()
    {
        var page = Recognize(Page(chevron: false));
        Assert.Equal("他]家", string.Concat(page.Glyphs.Select(g => g.Text)));
    }

    /// <summary>A black-and-white page with one ruled cell: a ≤ drawn whole (strokes 2 px thick) at x = 500, then a number.</summary>
    private static GrayImage WholeSignPage()
    {
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 100, 300 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 302);
        const int left = 500, top = 180;
        foreach (var (x0, y0, x1, y1) in new[] { (24, 0, 0, 12), (0, 12, 24, 24), (0, 30, 24, 30) })
            for (var i = 0; i <= 48; i++)
            {
                var (x, y) = (x0 + (x1 - x0) * i / 48, y0 + (y1 - y0) * i / 48);
                for (var d = 0; d < 2; d++) image[left + x, top + y + d] = 0;
            }
        Synthetic.Block(image, left + 35, top, left + 90, top + 32);
        return image;
    }

    [Fact]
    public void A_sign_read_as_a_character_before_a_number_is_seen_in_the_page_pixels()
    {
        // Regression (1-bit scan e4 of seed 004): ≤100 read <和100 by the text reader and 100 by the digit readers came out 100.
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(WholeSignPage(), 288, new ReaderPair(new FixedReader("<和100", 60), new FixedReader("100", 90)));
        Assert.Equal("≤100", string.Concat(page.Glyphs.Select(g => g.Text)));
        Assert.Contains(page.Diagnostics, d => d.Code == LowConfidenceDiagnostic.Code);
    }

    [Theory]
    [InlineData("<和100", new[] { "100", "100" }, true)]
    [InlineData("2200", new[] { "200", "2200" }, true)]
    [InlineData("1,964", new[] { "1,964", "1,961" }, false)]
    [InlineData("-100", new[] { "100" }, false)]
    [InlineData("200", new[] { "200", "20" }, false)]
    public void Only_a_reading_with_a_character_or_a_2_before_the_number_may_have_read_a_sign(string first, string[] digits, bool expected) =>
        Assert.Equal(expected, NumberText.MayHaveReadSign(first, digits));
}
