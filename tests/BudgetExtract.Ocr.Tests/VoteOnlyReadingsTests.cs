using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

/// <summary>Versions of a black-and-white cell read for the character vote only (docs/ocr.md, "Session 11").</summary>
public sealed class VoteOnlyReadingsTests
{
    [Fact]
    public void Closing_along_rows_joins_a_broken_horizontal_stroke_and_leaves_a_vertical_gap_and_the_stroke_ends()
    {
        var image = new GrayImage(40, 40);
        // A horizontal stroke broken by a 3-pixel gap (x 20–22), and a vertical stroke broken by as long a gap (y 20–22).
        for (var x = 5; x < 35; x++)
            if (x is < 20 or > 22) image[x, 5] = 0;
        for (var y = 10; y < 35; y++)
            if (y is < 20 or > 22) image[30, y] = 0;
        var closed = image.ClosedAlongRows(2);
        Assert.Equal(0, closed[21, 5]);
        Assert.Equal(255, closed[30, 21]);
        Assert.Equal((255, 0, 0, 255), (closed[4, 5], closed[5, 5], closed[34, 5], closed[35, 5]));
    }

    [Fact]
    public void Thresholded_turns_pixels_darker_than_the_level_black_and_the_others_white()
    {
        var image = new GrayImage(3, 1, [100, 159, 160]);
        Assert.Equal(new byte[] { 0, 0, 255 }, image.Thresholded(160).Pixels);
    }

    [Fact]
    public void The_vote_reads_a_row_closed_blur_a_thickened_blur_at_half_size_and_a_double_blur_thresholded()
    {
        var crop = new GrayImage(30, 30);
        crop[15, 15] = 0;
        var versions = BilevelText.ForTheVote(crop).ToList();
        Assert.Equal(3, versions.Count);
        Assert.Equal((30, 30, 1.0), (versions[0].Image.Width, versions[0].Image.Height, versions[0].Scale));
        Assert.Equal((15, 15, 0.5), (versions[1].Image.Width, versions[1].Image.Height, versions[1].Scale));
        Assert.Equal((30, 30, 1.0), (versions[2].Image.Width, versions[2].Image.Height, versions[2].Scale));
        Assert.All(versions[2].Image.Pixels, p => Assert.True(p is 0 or 255));
    }

    /// <summary>Reads images narrower than <paramref name="maxWidth"/> (only the half-size version of a cell) as <paramref name="narrow"/>, the others as <paramref name="wide"/>.</summary>
    private sealed class WidthSensitiveReader(string wide, string narrow, int maxWidth) : ITextReader
    {
        public int Reads { get; private set; }

        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            Reads++;
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return [new OcrWord(image.Width < maxWidth ? narrow : wide, box, 90, box)];
        }

        public void Dispose()
        {
        }
    }

    private static (string Text, int Reads) Recognize(string wide, string narrow)
    {
        var page = Synthetic.GridWithSpan();
        for (var i = 0; i < page.Pixels.Length; i++) page.Pixels[i] = (byte)(page.Pixels[i] < 128 ? 0 : 255);
        // Ink blocks are 140 px wide: the padded mask is 164, the padded gray crop 166, its 2/3 versions 110, its half 83.
        var reader = new WidthSensitiveReader(wide, narrow, maxWidth: 100);
        var read = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(reader, new FixedReader("", 0)));
        return (string.Concat(read.Glyphs.Select(g => g.Text)), reader.Reads);
    }

    [Fact]
    public void A_character_only_a_vote_only_version_reads_right_is_put_in_when_budget_text_decides()
    {
        // Regression (1-bit development scans): 指标值 read 指标仁 by all five readings (仁 never follows 标 in real
        // budget text); only a version smoothed another way read 值.
        var (text, _) = Recognize("指标仁", "指标值");
        Assert.Contains("指标值", text);
        Assert.DoesNotContain("指标仁", text);
    }

    [Fact]
    public void A_cell_whose_characters_all_stand_as_in_budget_text_is_not_read_again_and_the_vote_only_reading_never_wins_alone()
    {
        var (text, reads) = Recognize("指标值", "指标仁");
        Assert.DoesNotContain("指标仁", text);
        // Eight one-line cells, each read three times (mask and two smoothed versions agreeing).
        Assert.Equal(8 * 3, reads);
    }
}
