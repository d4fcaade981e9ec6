using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class UnitChunkTests
{
    /// <summary>Reads a chunk by the width of its ink (gray re-reads pad it a little): 160 px 预算金额, 100 px (万元) (ASCII brackets, as chi_sim reads a
    /// full-width （ beside Chinese text on a scan), anything else 12.</summary>
    private sealed class HeadingReader : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            var text = (box.X1 - box.X0) switch { >= 150 and <= 170 => "预算金额", >= 90 and <= 110 => "(万元)", _ => "12" };
            return [new OcrWord(text, box, 95, box)];
        }

        public void Dispose()
        {
        }
    }

    /// <summary>An unruled table page: a heading 预算金额 and a unit chunk <paramref name="gap"/> px right of it on a 40 px
    /// line, over two rows of two amounts.</summary>
    private static List<BudgetExtract.Pdf.Model.Glyph> HeadingGlyphs(int gap)
    {
        var image = new GrayImage(1400, 900);
        Synthetic.Block(image, 600, 100, 760, 140);
        Synthetic.Block(image, 760 + gap, 100, 860 + gap, 140);
        foreach (var y in new[] { 200, 300 })
        {
            Synthetic.Block(image, 100, y, 300, y + 40);
            Synthetic.Block(image, 700, y, 900, y + 40);
        }
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 336, new ReaderPair(new HeadingReader(), new FixedReader("12", 95)));
        return [.. page.Glyphs.Where(g => g.Box.Y1 < 150 * 336.0 / 1400).OrderBy(g => g.Box.X0)];
    }

    [Fact]
    public void A_bracketed_unit_cut_off_its_heading_by_the_blank_of_its_bracket_is_joined_to_it_full_width()
    {
        // Regression (g12dev g7, session 12): 预算金额（万元） read with an ASCII ( — without the half em of blank a full-width
        // （ holds — left a blank as wide as a column gap; (万元) stood as a column of its own and every amount of the table
        // sat a column right of its heading.
        var glyphs = HeadingGlyphs(gap: 30);
        Assert.Equal("预算金额（万元）", string.Concat(glyphs.Select(g => g.Text)));
        for (var i = 0; i + 1 < glyphs.Count; i++) Assert.True(glyphs[i + 1].Box.X0 <= glyphs[i].Box.X1 + 0.01, $"gap before {glyphs[i + 1].Text}");
    }

    [Fact]
    public void A_bracketed_unit_further_than_a_line_from_the_text_before_it_stays_where_it_is()
    {
        var glyphs = HeadingGlyphs(gap: 60);
        Assert.Equal("预算金额(万元)", string.Concat(glyphs.Select(g => g.Text)));
        Assert.True(glyphs[4].Box.X0 - glyphs[3].Box.X1 > 50 * 336.0 / 1400);
    }

    [Theory]
    [InlineData("(万元)", true)]
    [InlineData("（元）", true)]
    [InlineData("(%)", true)]
    [InlineData("(非", false)]
    [InlineData("(2)", false)]
    [InlineData("(万元)合计", false)]
    public void Only_a_unit_in_brackets_and_nothing_else_is_a_unit_chunk(string text, bool unit) =>
        Assert.Equal(unit, UnitChunks.IsUnit(text));
}
