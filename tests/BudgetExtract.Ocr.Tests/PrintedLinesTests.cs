using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Ocr.Tests;

/// <summary>Session 14: lines of a page read chunk by chunk carry the printed type's em, measured on the ink.</summary>
public sealed class PrintedLinesTests
{
    private const double Scale = 288.0 / 1200;

    /// <summary>Reads a chunk by its ink width: <paramref name="texts"/> maps a width to what is read, boxed
    /// <paramref name="overhang"/> px above and below the ink (Tesseract boxes some words far taller than their ink);
    /// anything else is read 12.</summary>
    private sealed class WidthReader(Dictionary<int, string> texts, int overhang = 0) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var width = image.Width - 2 * InkRegion.Padding;
            var text = texts.FirstOrDefault(t => Math.Abs(t.Key - width) <= 4).Value ?? "12";
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding - overhang, image.Width - InkRegion.Padding,
                image.Height - InkRegion.Padding + overhang);
            return [new OcrWord(text, box, 95, box)];
        }

        public void Dispose()
        {
        }
    }

    /// <summary>An unruled table: rows of a 300 px text chunk at x 100 and a 200 px amount at x 700, the text's ink as
    /// tall as given per row; extra ink drawn by <paramref name="draw"/>.</summary>
    private static OcrPage Page(int[] textHeights, ITextReader text, Action<GrayImage>? draw = null, string digits = "12")
    {
        var image = new GrayImage(1200, 1400);
        var y = 100;
        foreach (var height in textHeights)
        {
            Synthetic.Block(image, 100, y, 400, y + height);
            Synthetic.Block(image, 700, y, 900, y + 40);
            y += 120;
        }
        draw?.Invoke(image);
        return new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(text, new FixedReader(digits, 95)));
    }

    private static List<Glyph> TextGlyphs(OcrPage page, string characters) =>
        [.. page.Glyphs.Where(g => characters.Contains(g.Text) && g.Box.X1 <= 420 * Scale)];

    [Fact]
    public void A_line_boxed_taller_than_its_ink_gets_the_em_its_ink_shows_not_the_readers_box()
    {
        // Regression (g12dev g7/g8, sessions 13–14): Tesseract boxed words about 40 % taller than their ink, the lines came
        // out at 13.6 pt for 9.5 pt type, and the unruled table stage's em-relative gaps joined close columns.
        var page = Page([40, 40], new WidthReader(new() { [300] = "预算金额" }, overhang: 12));
        var glyphs = TextGlyphs(page, "预算金额");
        Assert.Equal(8, glyphs.Count);
        var em = 40 / PrintedLines.IdeographInk * Scale;
        Assert.All(glyphs, g => Assert.Equal(em, g.Size, 0.1));
        Assert.All(glyphs, g => Assert.Equal(em, g.Box.Height, 0.3));
    }

    [Fact]
    public void An_amounts_comma_reaching_below_its_digits_does_not_make_its_type_larger()
    {
        // Regression (session 14): digits were sized from their ink's height × 1.4, a comma's tail included (12.4 pt for
        // 9.5 pt type where the text beside them came out 9.1 pt).
        var page = Page([40, 40], new WidthReader(new() { [300] = "预算金额" }),
            image => Synthetic.Block(image, 800, 140, 806, 150), digits: "1,234");
        var amount = page.Glyphs.First(g => g.Text == "1" && g.Box.X0 >= 690 * Scale);
        Assert.Equal(40 / PrintedLines.DigitInk * Scale, amount.Size, 0.1);
    }

    [Fact]
    public void A_line_of_a_few_rows_of_ink_is_set_in_the_pages_type_centred_on_its_ink()
    {
        // Regression (session 14): a lone 一 or - was sized from its 4 rows of ink (1 pt) and made a line of its own.
        var page = Page([40, 40], new WidthReader(new() { [300] = "预算金额", [40] = "一" }),
            image => Synthetic.Block(image, 500, 238, 540, 242));
        var dash = page.Glyphs.Single(g => g.Text == "一");
        var body = TextGlyphs(page, "预算金额")[0].Size;
        Assert.Equal(body, dash.Size, 0.01);
        Assert.Equal(240 * Scale, dash.Box.CenterY, 0.3);
    }

    [Fact]
    public void Lines_a_few_per_cent_apart_share_one_size_while_a_larger_type_keeps_its_own()
    {
        // Regression (g12dev g7, session 14): 9.5 pt table rows measured 39–43 px and an 11 pt paragraph 45–49 px; one size
        // per measured line let the table's row gaps fall either side of an em, one size for the page took the paragraph's.
        var page = Page([40, 42, 40, 48, 48], new WidthReader(new() { [300] = "预算金额" }));
        var sizes = page.Glyphs.Where(g => g.Text == "预").OrderBy(g => g.Box.Y0).Select(g => g.Size).ToList();
        Assert.Equal(5, sizes.Count);
        Assert.Equal(sizes[0], sizes[1], 0.01);
        Assert.Equal(sizes[0], sizes[2], 0.01);
        Assert.Equal(sizes[3], sizes[4], 0.01);
        Assert.True(sizes[3] > 1.1 * sizes[0], $"{sizes[3]} against {sizes[0]}");
    }

    [Fact]
    public void A_speck_beside_a_line_does_not_make_its_type_larger()
    {
        // Regression (g12dev g4, 4-bit scan with specks, session 14): specks within a few rows of a heading's ink made its
        // 9.5 pt line 14.8 pt, and the table stage took it for a title.
        var page = Page([40, 40], new WidthReader(new() { [300] = "预算金额" }),
            image =>
            {
                foreach (var top in new[] { 100, 220 })
                    for (var x = 110; x < 400; x += 40) Synthetic.Block(image, x, top - 3, x + 2, top - 1);
            });
        var first = page.Glyphs.First(g => g.Text == "预");
        Assert.Equal(40 / PrintedLines.IdeographInk * Scale, first.Size, 0.1);
    }
}
