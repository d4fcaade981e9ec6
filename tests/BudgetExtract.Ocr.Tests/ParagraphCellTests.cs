using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class ParagraphCellTests
{
    /// <summary>One ruled cell holding <paramref name="lines"/> lines of black ink, on a white (black-and-white) page.</summary>
    private static GrayImage CellWithLines(int lines)
    {
        var image = new GrayImage(1200, 900);
        foreach (var y in new[] { 100, 550 }) Synthetic.HLine(image, y, 100, 1002);
        foreach (var x in new[] { 100, 1000 }) Synthetic.VLine(image, x, 100, 552);
        for (var i = 0; i < lines; i++)
        for (var y = 150 + 40 * i; y < 170 + 40 * i; y++)
        for (var x = 200; x < 800; x++)
            image[x, y] = 0;
        return image;
    }

    private static int TextReads(GrayImage image)
    {
        var reads = 0;
        new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(image, 288, new ReaderPair(new FixedReader("2023年完成目标任务", 90, () => reads++), new FixedReader("0", 90)));
        return reads;
    }

    [Fact]
    public void A_paragraph_cell_on_a_black_and_white_page_is_read_once()
    {
        // Regression (held-out 1-bit 220 dpi scan of seed 001 p3): five readings of each 年度目标 paragraph took half of
        // 12.9 CPU-s for one page. The rest of this page is blank: the cell's read is the only one.
        Assert.True(CellWithLines(4).LooksBilevel());
        Assert.Equal(1, TextReads(CellWithLines(4)));
    }

    [Fact]
    public void A_cell_of_fewer_lines_still_gets_the_majority_reading() =>
        // The mask and two smoothed versions, which agree: settled after three.
        Assert.Equal(3, TextReads(CellWithLines(3)));
}
