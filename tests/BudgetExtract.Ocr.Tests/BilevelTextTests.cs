using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;

namespace BudgetExtract.Ocr.Tests;

public sealed class BilevelTextTests
{
    private static readonly PixelBox Box = new(0, 0, 10, 10);

    private static BilevelText.Candidate Read(string text, float confidence) => new([new OcrWord(text, Box, confidence, Box)], b => b);

    private static (BilevelText.Candidate Chosen, BilevelText.Candidate? Runner) Choose(params BilevelText.Candidate[] candidates) =>
        BilevelText.Choose(candidates, w => string.Concat(w.Select(x => x.Text)).Replace(" ", ""));

    [Fact]
    public void Two_readings_that_agree_beat_a_surer_lone_one()
    {
        // 计划数据 read 计旭数其 from the mask with confidence 75 and right from both smoothed versions with 56 and 60.
        var (chosen, runner) = Choose(Read("计旭数其", 75), Read("计划数据", 56), Read("计划 数据", 60));
        Assert.Equal("计划 数据", chosen.Words[0].Text); // the surer of the two that agree
        Assert.Equal("计旭数其", runner!.Words[0].Text);
    }

    [Fact]
    public void Without_a_majority_the_surest_reading_is_kept_and_the_next_surest_is_the_runner_up()
    {
        var (chosen, runner) = Choose(Read("数黄指标", 62), Read("数投指标", 65), Read("数莽指标", 40));
        Assert.Equal("数投指标", chosen.Words[0].Text);
        Assert.Equal("数黄指标", runner!.Words[0].Text);
    }

    [Fact]
    public void When_all_readings_agree_there_is_no_runner_up()
    {
        var (chosen, runner) = Choose(Read("合计", 80), Read("合计", 90));
        Assert.Equal(90, chosen.Confidence);
        Assert.Null(runner);
    }

    private static bool Settled(params BilevelText.Candidate[] candidates) =>
        BilevelText.Settled(candidates, w => string.Concat(w.Select(x => x.Text)).Replace(" ", ""));

    [Fact]
    public void Two_of_the_first_three_readings_agreeing_settle_the_cell_and_three_that_all_differ_do_not()
    {
        Assert.False(Settled(Read("计划数据", 56), Read("计划 数据", 60))); // two readings: the third is always read
        Assert.True(Settled(Read("计旭数其", 75), Read("计划数据", 56), Read("计划 数据", 60)));
        Assert.False(Settled(Read("数黄指标", 62), Read("数投指标", 65), Read("数莽指标", 40)));
        Assert.False(Settled(Read("数黄指标", 62), Read("数投指标", 65), Read("数莽指标", 40), Read("数量指标", 50)));
        Assert.True(Settled(Read("数黄指标", 62), Read("数量指标", 65), Read("数量指标", 40), Read("数量指标", 50)));
    }

    [Fact]
    public void Word_boxes_of_the_reduced_version_map_back_onto_the_crop()
    {
        var words = BilevelText.Unscaled([new OcrWord("合计", new PixelBox(10, 20, 31, 40), 90, new PixelBox(0, 20, 60, 40))], 2.0 / 3);
        Assert.Equal(new PixelBox(15, 30, 47, 60), words[0].Box);
        Assert.Equal(new PixelBox(0, 30, 90, 60), words[0].Line);
    }

    [Fact]
    public void Smoothed_versions_are_a_thickened_blur_a_blur_at_two_thirds_a_median_blur_and_a_thickened_blur_at_two_thirds()
    {
        var crop = new GrayImage(30, 30);
        crop[15, 15] = 0;
        var versions = BilevelText.Smoothed(crop).ToList();
        Assert.Equal(4, versions.Count);
        Assert.Equal((30, 30, 1.0), (versions[0].Image.Width, versions[0].Image.Height, versions[0].Scale));
        Assert.True(versions[0].Image[14, 14] < 255 && versions[0].Image[13, 13] < 255); // grown, then blurred outwards
        Assert.Equal((20, 20, 2.0 / 3), (versions[1].Image.Width, versions[1].Image.Height, versions[1].Scale));
        Assert.Equal((30, 30, 1.0), (versions[2].Image.Width, versions[2].Image.Height, versions[2].Scale));
        Assert.Equal((20, 20, 2.0 / 3), (versions[3].Image.Width, versions[3].Image.Height, versions[3].Scale));
    }

    [Fact]
    public void Speck_beside_a_stroke_of_a_black_and_white_scan_is_gone_from_the_median_version_and_the_stroke_stays()
    {
        // The committed 1-bit scan (003…-bw200) has specks and ragged stroke edges; the median version drops a lone
        // speck that thickening would grow into a dot, and keeps a three-pixel stroke black.
        var crop = new GrayImage(30, 30);
        for (var x = 5; x < 25; x++)
        for (var y = 20; y < 23; y++)
            crop[x, y] = 0;
        crop[10, 8] = 0;
        var median = BilevelText.Smoothed(crop).ElementAt(2).Image;
        Assert.Equal(255, median[10, 8]);
        Assert.True(median[15, 21] < 128);
        Assert.True(BilevelText.Smoothed(crop).ElementAt(0).Image[10, 8] < 128); // the thickened version keeps the speck
    }
}

/// <summary>Text cells of a black-and-white page: the smoothed readings outvote the mask's.</summary>
public sealed class BilevelPageTests
{
    /// <summary>Reads the thresholded mask (only pure black and white) as one text and smoothed pixels as another.</summary>
    private sealed class SmoothingSensitiveReader(string fromMask, string fromSmoothed) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var smoothed = image.Pixels.Any(p => p is > 0 and < 255);
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return [new OcrWord(smoothed ? fromSmoothed : fromMask, box, smoothed ? 60 : 90, box)];
        }

        public void Dispose()
        {
        }
    }

    private static string Read(GrayImage page) =>
        string.Concat(new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(new SmoothingSensitiveReader("计旭数其", "计划数据"), new FixedReader("", 0)))
            .Glyphs.Select(g => g.Text));

    private static GrayImage Page(bool blackAndWhite)
    {
        var page = Synthetic.GridWithSpan();
        var random = new Random(7);
        for (var i = 0; i < page.Pixels.Length; i++)
            page.Pixels[i] = blackAndWhite ? (byte)(page.Pixels[i] < 128 ? 0 : 255)
                : (byte)(page.Pixels[i] < 128 ? page.Pixels[i] : random.Next(220, 256)); // paper noise
        return page;
    }

    [Fact]
    public void On_a_black_and_white_page_two_smoothed_readings_outvote_the_surer_mask_reading()
    {
        var text = Read(Page(blackAndWhite: true));
        Assert.Contains("计划数据", text);
        Assert.DoesNotContain("计旭数其", text);
    }

    [Fact]
    public void On_a_gray_page_a_confident_mask_reading_is_kept()
    {
        var text = Read(Page(blackAndWhite: false));
        Assert.Contains("计旭数其", text);
        Assert.DoesNotContain("计划数据", text);
    }
}

/// <summary>A cell of a black-and-white page that Tesseract reads only from smoothed pixels.</summary>
public sealed class SmoothedOnlyCellTests
{
    /// <summary>Reads nothing from pure black and white pixels (the mask, the gray crop of a 1-bit page), the text from smoothed ones.</summary>
    private sealed class SmoothedOnlyReader(string text) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page || !image.Pixels.Any(p => p is > 0 and < 255)) return [];
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return [new OcrWord(text, box, 90, box)];
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void A_cell_read_from_none_of_the_black_and_white_pixels_is_read_from_the_smoothed_ones_and_flagged()
    {
        // Regression (1-bit scans e2, e4, k2, k3): 资金用途, 3家, 三级指标, 金额 were read from neither the mask nor the gray
        // pixels and came out empty.
        var page = Synthetic.GridWithSpan();
        for (var i = 0; i < page.Pixels.Length; i++) page.Pixels[i] = (byte)(page.Pixels[i] < 128 ? 0 : 255);
        var read = new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(new SmoothedOnlyReader("资金用途"), new FixedReader("", 0)));
        Assert.Contains("资金用途", string.Concat(read.Glyphs.Select(g => g.Text)));
        Assert.Contains(read.Diagnostics, d => d.Message.Contains("smoothed pixels only"));
        Assert.DoesNotContain(read.Diagnostics, d => d.Message.Contains("no text recognized"));
    }
}

/// <summary>Numbers on a black-and-white page: a fifth digit reading from thickened pixels must agree too.</summary>
public sealed class BilevelNumberTests
{
    /// <summary>Reads thickened, blurred pixels (gray levels, at least the page crop's size) as <paramref name="fromThickened"/>, anything else as <paramref name="otherwise"/>.</summary>
    private sealed class ThickeningSensitiveReader(string otherwise, string fromThickened, int minWidth) : ITextReader
    {
        public IReadOnlyList<OcrWord> Read(GrayImage image, ReadMode mode)
        {
            if (mode == ReadMode.Page) return [];
            var thickened = image.Width >= minWidth && image.Pixels.Any(p => p is > 0 and < 255);
            var box = new PixelBox(InkRegion.Padding, InkRegion.Padding, image.Width - InkRegion.Padding, image.Height - InkRegion.Padding);
            return [new OcrWord(thickened ? fromThickened : otherwise, box, 95, box)];
        }

        public void Dispose()
        {
        }
    }

    private static IReadOnlyList<BudgetExtract.Diagnostics.Diagnostic> Recognize()
    {
        var page = Synthetic.GridWithSpan();
        for (var i = 0; i < page.Pixels.Length; i++) page.Pixels[i] = (byte)(page.Pixels[i] < 128 ? 0 : 255);
        // Ink blocks are 140 px wide: the padded mask is 164, the 2/3 version 109, the padded gray crop 166.
        var digits = new ThickeningSensitiveReader("39.27", "59.27", minWidth: 160);
        return new PageRecognizer(new OcrOptions { CacheDirectory = null })
            .Recognize(page, 288, new ReaderPair(new FixedReader("39.27", 95), digits)).Diagnostics;
    }

    [Fact]
    public void On_a_black_and_white_page_a_thickened_reading_that_disagrees_flags_the_number()
    {
        // A thresholded 5 read as 3 by every other reading (59.27 → 39.27 on the committed 1-bit scan).
        Assert.Contains(Recognize(), d => d.Code == LowConfidenceDiagnostic.Code && d.Message.Contains("'59.27'"));
    }
}
