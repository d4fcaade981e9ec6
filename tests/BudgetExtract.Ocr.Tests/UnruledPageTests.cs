using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class InkChunksTests
{
    private static List<PixelBox> Chunks(GrayImage image)
    {
        var ink = image.Pixels.Select(p => p < 128).ToArray();
        return [.. InkChunks.Find(ink, image.Width, image.Height).Select(c => c.Box)];
    }

    [Fact]
    public void A_wrapped_name_beside_its_vertically_centred_amount_is_cut_into_the_names_lines_and_the_amount()
    {
        // Regression (gray scans of the seeds' unruled renderings, session 12): Tesseract's page layout read the two lines
        // of 行政事业单位养老支 / 出 and the amount centred beside them as one line.
        var image = new GrayImage(1000, 600);
        Synthetic.Block(image, 100, 100, 400, 140); // the name's first line
        Synthetic.Block(image, 100, 155, 140, 195); // its wrapped last character
        Synthetic.Block(image, 600, 128, 750, 168); // the amount, centred on the two lines
        Synthetic.Block(image, 100, 300, 750, 340); // one-line rows below, as on any page: a text line is 40 px
        Synthetic.Block(image, 100, 400, 750, 440);
        Assert.Equal(
            [new PixelBox(100, 100, 400, 140), new PixelBox(100, 155, 140, 195), new PixelBox(600, 128, 750, 168)],
            Chunks(image).Where(b => b.Y1 <= 200).OrderBy(b => b.X0).ThenBy(b => b.Y0).ToList());
    }

    [Fact]
    public void A_space_narrower_than_half_a_line_does_not_cut_a_text()
    {
        var image = new GrayImage(1000, 200);
        Synthetic.Block(image, 100, 50, 200, 90);  // 3,
        Synthetic.Block(image, 210, 50, 330, 90);  // 582. 93: a 10 px space in a 40 px line
        Synthetic.Block(image, 400, 50, 520, 90);  // the next column, 70 px on
        Assert.Equal([new PixelBox(100, 50, 330, 90), new PixelBox(400, 50, 520, 90)], Chunks(image).OrderBy(b => b.X0).ToList());
    }
}

public sealed class InkChunkLineTests
{
    [Fact]
    public void The_strokes_of_an_ordinal_in_a_piece_of_its_own_stay_one_chunk()
    {
        // Regression (g12dev g5, session 14): 三、 beside 卫生健康支出 was cut at the blank after its 、 into a piece of its own,
        // whose rows no other character fills, and that piece was cut into its strokes (read 一一, 一 and ae).
        var image = new GrayImage(1200, 600);
        foreach (var y in new[] { 100, 114, 128 }) Synthetic.Block(image, 100, y, 140, y + 4); // 三
        Synthetic.Block(image, 142, 134, 148, 140); // 、
        Synthetic.Block(image, 200, 100, 500, 140); // 卫生健康支出
        Synthetic.Block(image, 100, 250, 500, 290); // the next row
        var ink = image.Pixels.Select(p => p < 128).ToArray();
        var chunks = InkChunks.Find(ink, image.Width, image.Height).Select(c => c.Box).Where(b => b.X1 <= 150).ToList();
        Assert.Equal([new PixelBox(100, 100, 148, 140)], chunks);
    }
}

public sealed class UnruledPageTests
{
    /// <summary>Reads whatever it is given as <paramref name="text"/> in line and block mode; page mode (as on a scanned
    /// unruled table) joins the whole page into one word over everything.</summary>
    private sealed class LineOnlyReader(string text) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return mode == ReadMode.Page ? [new OcrWord("合计基本支出", box, 90, box)] : [new OcrWord(text, box, 95, box)];
        }

        public void Dispose()
        {
        }
    }

    /// <summary>An unruled table: two rows of two amounts, far apart.</summary>
    private static GrayImage TwoRowsOfAmounts()
    {
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 200, 300 })
        {
            Synthetic.Block(image, 100, y, 300, y + 40);
            Synthetic.Block(image, 700, y, 900, y + 40);
        }
        return image;
    }

    [Fact]
    public void The_cells_of_a_page_without_rulings_are_read_one_by_one_where_their_ink_is()
    {
        // Regression (session 12): a page without a ruled grid was read by Tesseract's page layout, which joined the cells
        // of an unruled table across columns (合计 | 基本支出 read as one word spread over both columns).
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(TwoRowsOfAmounts(), 288, new ReaderPair(new LineOnlyReader("12"), new FixedReader("12", 95)));
        var scale = 288.0 / 1200;
        Assert.Equal(8, page.Glyphs.Length);
        // Within a point of the ink: a chunk line's glyphs reach their side bearings past it (session 14).
        Assert.Equal(4, page.Glyphs.Count(g => g.Box.X1 <= 300 * scale + 1));
        Assert.Equal(4, page.Glyphs.Count(g => g.Box.X0 >= 700 * scale - 1));
    }

    [Fact]
    public void A_page_without_rulings_and_without_rows_of_amounts_is_read_as_a_page()
    {
        // Regression (real scan 泉州 商务局 p2, session 12): the imprint line 泉州市商务局 | 2025 年 2 月 27 | 日印发, letter-spaced,
        // was cut into three chunks and came out as a one-row table. Prose and such lines are read as a page, as before.
        var image = new GrayImage(1200, 900);
        Synthetic.Block(image, 100, 200, 300, 240);
        Synthetic.Block(image, 700, 200, 900, 240);
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new LineOnlyReader("12"), new FixedReader("12", 95)));
        Assert.Equal("合计基本支出", string.Concat(page.Glyphs.Select(g => g.Text)));
    }

    /// <summary>Reads a wide image as two words with a space between them (a letter-spaced text), a narrow one as 12.</summary>
    private sealed class SpacedReader : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            var (x0, x1, y0, y1) = (InkRegion.Padding, image.Width - InkRegion.Padding, InkRegion.Padding, image.Height - InkRegion.Padding);
            var line = new PixelBox(x0, y0, x1, y1);
            var middle = (x0 + x1) / 2;
            if (mode == ReadMode.Page) return [];
            return image.Width < 200 ? [new OcrWord("12", line, 95, line)]
                : [new OcrWord("收入", line with { X1 = middle - 10 }, 95, line), new OcrWord("合计", line with { X0 = middle + 10 }, 95, line)];
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void The_words_of_one_chunk_touch_so_its_spaces_cut_no_cell()
    {
        // Regression (session 12): a chunk holds no blank as wide as a column gap, but the spaces the reader found in it were
        // left as gaps between its glyphs, and the table stage cut a letter-spaced text into cells there.
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 200, 300 })
        {
            Synthetic.Block(image, 100, y, 500, y + 40);
            Synthetic.Block(image, 700, y, 800, y + 40);
        }
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new SpacedReader(), new FixedReader("12", 95)));
        // (The last glyph reaches its side bearing past the ink: session 14.)
        var first = page.Glyphs.Where(g => g.Box.X1 <= 500 * 288.0 / 1200 + 1 && g.Box.Y0 < 250 * 288.0 / 1200).OrderBy(g => g.Box.X0).ToList();
        Assert.Equal("收入合计", string.Concat(first.Select(g => g.Text)));
        for (var i = 0; i + 1 < first.Count; i++) Assert.Equal(first[i].Box.X1, first[i + 1].Box.X0, 3);
    }

    [Fact]
    public void A_page_number_cut_at_its_spaces_is_one_line_again()
    {
        // Regression (session 12): "- 5 -" cut into three chunks came out as three glyph sizes, a table of its own under the
        // table (- | 5 | -), which then was not stitched to its continuation.
        var image = new GrayImage(1200, 900);
        Synthetic.Block(image, 560, 820, 570, 823);   // -
        Synthetic.Block(image, 590, 805, 610, 835);   // 5
        Synthetic.Block(image, 630, 820, 640, 823);   // -
        foreach (var y in new[] { 200, 300 })          // an unruled table above it: two rows of two amounts
        {
            Synthetic.Block(image, 100, y, 300, y + 40);
            Synthetic.Block(image, 700, y, 900, y + 40);
        }
        var page = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new LineOnlyReader("5"), new FixedReader("5", 95)));
        var number = page.Glyphs.Where(g => g.Box.Y0 > 700 * 288.0 / 1200).ToList();
        Assert.Equal("-5-", string.Concat(number.Select(g => g.Text)));
        Assert.Single(number.Select(g => g.Size).Distinct());
    }

    [Fact]
    public void Full_width_punctuation_at_a_chunks_edge_spans_its_em_on_a_page_read_chunk_by_chunk()
    {
        // Regression (session 12): 统筹力度， | 构建市区联动 — a paragraph cell cut at the blank after its comma into two
        // chunks — came out as two columns: the comma's ink is at the left of its em, the text layer's glyph spans the em.
        var glyphs = System.Collections.Immutable.ImmutableArray.CreateBuilder<BudgetExtract.Pdf.Model.Glyph>();
        PageRecognizer.AddGlyphs(glyphs, new OcrWord("力度，", new PixelBox(0, 0, 100, 40), 95, new PixelBox(0, 0, 100, 40)), 40, 1, widenStart: true, widenEnd: true);
        PageRecognizer.AddGlyphs(glyphs, new OcrWord("（非", new PixelBox(200, 0, 260, 40), 95, new PixelBox(200, 0, 260, 40)), 40, 1, widenStart: true, widenEnd: true);
        Assert.Equal(100 + 0.5 * 40, glyphs[2].Box.X1, 1);
        Assert.Equal(200 - 0.5 * 40, glyphs[3].Box.X0, 1);
        Assert.Equal(260 + 0.05 * 40, glyphs[4].Box.X1, 1);
    }
}

public sealed class PunctuationBlankTests
{
    [Fact]
    public void An_opening_bracket_starting_a_chunk_spans_the_blank_half_of_its_em_in_the_printed_size()
    {
        // Regression (g12dev g8, session 14): 落实 | 《关于全面提升… — a paragraph line cut at the blank before 《 — made two
        // columns once lines carried their printed size: the bracket's glyph was widened to the line size before its
        // split-off box's right edge, which the reader's inflated sizes (about 1.4 em) had made reach the blank.
        var glyphs = System.Collections.Immutable.ImmutableArray.CreateBuilder<BudgetExtract.Pdf.Model.Glyph>();
        PageRecognizer.AddGlyphs(glyphs, new OcrWord("落实", new PixelBox(0, 0, 76, 40), 95, new PixelBox(0, 0, 76, 40)), 40, 1,
            widenStart: true, widenEnd: true);
        PageRecognizer.AddGlyphs(glyphs, new OcrWord("《关于", new PixelBox(100, 0, 210, 40), 95, new PixelBox(100, 0, 210, 40)), 40, 1,
            widenStart: true, widenEnd: true);
        // 实 ends with its side bearing, 《 starts half an em before its ink: 2 px apart, one text for the table stage.
        Assert.Equal(78, glyphs[1].Box.X1, 1);
        Assert.Equal(80, glyphs[2].Box.X0, 1);
    }
}

public sealed class FullWidthOrdinalTests
{
    /// <summary>Words read side by side, 40 px high, each 40 px wide per character, <paramref name="gaps"/> px apart.</summary>
    private static string Repaired(string[] read, int[] gaps)
    {
        var words = new List<OcrWord>();
        var x = 100;
        for (var i = 0; i < read.Length; i++)
        {
            var box = new PixelBox(x, 100, x + 40 * read[i].Length, 140);
            words.Add(new OcrWord(read[i], box, 90, box));
            x = box.X1 + (i < gaps.Length ? gaps[i] : 0);
        }
        var texts = read.ToArray();
        PageRecognizer.FullWidthOrdinals(words, texts);
        return string.Concat(texts);
    }

    [Theory]
    [InlineData(new[] { "(一", ")", "一般" }, new[] { 2, 20 }, "（一）一般")]       // a blank of half a line after ): full-width
    [InlineData(new[] { "《七", ")", "卫生" }, new[] { 2, 20 }, "（七）卫生")]       // chi_sim reads （ as 《
    [InlineData(new[] { "(一", ")", "一般" }, new[] { 2, 3 }, "(一)一般")]           // ) close to the text: ASCII, as printed
    [InlineData(new[] { "(2", ")", "项目" }, new[] { 2, 20 }, "(2)项目")]            // not a Chinese ordinal
    [InlineData(new[] { "因公出国(境", ")", "费" }, new[] { 2, 20 }, "因公出国(境)费")]
    public void A_bracketed_ordinal_with_a_full_width_blank_after_it_is_full_width(string[] read, int[] gaps, string expected)
    {
        // Regression (session 12, gray 150 dpi scan of seed 003 p6-7): every （一）… heading of 财政拨款收支总表 came out (一) ….
        Assert.Equal(expected, Repaired(read, gaps));
    }
}
