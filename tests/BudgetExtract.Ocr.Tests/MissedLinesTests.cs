using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class MissedLinesTests
{
    private static GrayImage Page()
    {
        var image = new GrayImage(600, 400);
        Synthetic.Block(image, 100, 40, 500, 80);   // a line the page read found
        Synthetic.Block(image, 150, 150, 450, 190); // a line it skipped (a title)
        Synthetic.Block(image, 50, 300, 550, 304);  // a rule's remnant, too thin for text
        return image;
    }

    [Fact]
    public void A_line_of_ink_without_any_word_over_it_is_found()
    {
        var words = new[] { new OcrWord("收支总表", new PixelBox(100, 40, 500, 80), 90, new PixelBox(100, 40, 500, 80)) };
        Assert.Equal([new PixelBox(0, 150, 600, 190)], MissedLines.Find(Page(), words));
    }

    [Fact]
    public void Thin_ink_is_not_a_missed_line() =>
        Assert.DoesNotContain(MissedLines.Find(Page(), []), b => b.Y0 >= 290);
}
