using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class PhantomWordsTests
{
    /// <summary>A wrapped cell's ink: a long first line and a short second one (its text ends at x = 60), as page pixels.</summary>
    private static InkRegion WrappedCell()
    {
        var mask = new BitImage(200, 100);
        void Fill(int x0, int y0, int x1, int y1)
        {
            for (var y = y0; y < y1; y++)
            for (var x = x0; x < x1; x++)
                mask.Ink[y * mask.Width + x] = true;
        }
        Fill(10, 10, 150, 40);
        Fill(10, 55, 60, 85);
        return InkRegion.From(mask, new PixelBox(0, 0, 200, 100), 10)!;
    }

    private static OcrWord Word(string text, int x0, int y0, int x1, int y1, float confidence = 90) =>
        new(text, new PixelBox(x0, y0, x1, y1), confidence, new PixelBox(x0, y0, x1, y1));

    [Fact]
    public void A_last_digit_or_mark_read_over_blank_paper_is_dropped()
    {
        // Regression (g12dev g6, 150 dpi 4-bit ruled scan): gray re-reads of wrapped cells ended 拨款 3, 支出 -, 拨款 . at
        // confidence 0–69 where the cleaned mask holds no ink; the cells failed to match their printed text.
        var region = WrappedCell();
        foreach (var mark in new[] { "3", "-", "." })
        {
            IReadOnlyList<OcrWord> read = [Word("一般公共预算", 10, 10, 150, 40), Word("拨款", 10, 55, 60, 85), Word(mark, 100, 58, 130, 85, 0)];
            var kept = PhantomWords.Without(read, b => b, region);
            Assert.Equal(["一般公共预算", "拨款"], kept.Select(w => w.Text));
        }
    }

    [Fact]
    public void A_mark_over_ink_a_chinese_character_or_a_closing_bracket_over_blank_paper_is_kept()
    {
        var region = WrappedCell();
        // Over ink: a real digit at the end of the line.
        IReadOnlyList<OcrWord> inked = [Word("一般公共预算", 10, 10, 150, 40), Word("3", 40, 55, 60, 85)];
        Assert.Equal(2, PhantomWords.Without(inked, b => b, region).Count);
        // chi_sim boxes Chinese characters loosely (惠 boxed 3 × 3 px beside its ink): its box proves nothing.
        IReadOnlyList<OcrWord> han = [Word("一般公共预算", 10, 10, 150, 40), Word("款", 100, 58, 103, 61)];
        Assert.Equal(2, PhantomWords.Without(han, b => b, region).Count);
        IReadOnlyList<OcrWord> bracket = [Word("因公出国(境", 10, 10, 150, 40), Word(")", 100, 58, 110, 85)];
        Assert.Equal(2, PhantomWords.Without(bracket, b => b, region).Count);
    }
}
