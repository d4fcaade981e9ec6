using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class UnitChunkTests
{
    /// <summary>Reads a chunk by the width of its ink (gray re-reads pad it a little): 160 px 预算金额, 100 px (万元) (ASCII
    /// brackets, as chi_sim reads a full-width （ beside Chinese text on a scan), 60 px (非, 400 px 信息化新建项目, anything else 12.</summary>
    private sealed class HeadingReader : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            var text = (box.X1 - box.X0) switch
            {
                >= 150 and <= 170 => "预算金额", >= 90 and <= 110 => "(万元)", >= 55 and <= 65 => "(非", >= 390 and <= 410 => "信息化新建项目", _ => "12",
            };
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

    /// <summary>A name 信息化新建项目 and a chunk (非 30 px right of it on a 40 px line, over rows of amounts; chunks of
    /// <paramref name="alignedRows"/> of those rows start where (非 starts.</summary>
    private static string NameLine(int alignedRows)
    {
        var image = new GrayImage(1400, 900);
        Synthetic.Block(image, 100, 100, 500, 140);
        Synthetic.Block(image, 530, 100, 590, 140);
        var y = 200;
        for (var row = 0; row < 3; row++, y += 100)
        {
            Synthetic.Block(image, row < alignedRows ? 530 : 700, y, row < alignedRows ? 730 : 900, y + 40);
            Synthetic.Block(image, 1000, y, 1200, y + 40);
        }
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 336, new ReaderPair(new HeadingReader(), new FixedReader("12", 95)));
        return string.Concat(page.Glyphs.Where(g => g.Box.Y1 < 150 * 336.0 / 1400).OrderBy(g => g.Box.X0).Select(g => g.Text));
    }

    [Fact]
    public void Text_cut_off_at_its_opening_bracket_is_joined_to_the_text_before_it_unless_a_column_starts_there()
    {
        // Regression (g12dev g7, session 13): 信息化新建项目（非 / 政府投资项目） wrapped in its cell; the blank of the full-width （
        // cut (非 off as a chunk, which the table stage made a column of its own between the names and their contents.
        Assert.Equal("信息化新建项目（非", NameLine(alignedRows: 0));
        // Chunks of other rows starting where it starts: (非 stands at a column's left edge, a cell of its own.
        Assert.Equal("信息化新建项目(非", NameLine(alignedRows: 2));
    }
}
