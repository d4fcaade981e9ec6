using System.Text;
using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Tests;

public sealed class ImagingTests
{
    [Fact]
    public void ParsePgm_reads_header_with_comment_and_pixels()
    {
        var bytes = Encoding.ASCII.GetBytes("P5\n# made by a test\n3 2\n255\n").Concat(new byte[] { 0, 10, 20, 30, 40, 255 }).ToArray();
        var image = GrayImage.ParsePgm(bytes);
        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal(30, image[0, 1]);
        Assert.Equal(255, image[2, 1]);
        Assert.Equal(image.Pixels, GrayImage.ParsePgm(image.ToPgm()).Pixels);
    }

    [Fact]
    public void ParsePgm_rejects_colour_and_short_data()
    {
        Assert.Throws<FormatException>(() => GrayImage.ParsePgm(Encoding.ASCII.GetBytes("P6\n1 1\n255\nabc")));
        Assert.Throws<FormatException>(() => GrayImage.ParsePgm(Encoding.ASCII.GetBytes("P5\n4 4\n255\nab")));
    }

    [Fact]
    public void Otsu_threshold_separates_gray_ink_from_light_paper()
    {
        var image = new GrayImage(100, 100);
        for (var i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = (byte)(i % 10 == 0 ? 60 : 230);
        var threshold = Binarizer.OtsuThreshold(image);
        Assert.InRange(threshold, 60, 229);
        Assert.Equal(1000, Binarizer.Binarize(image).Ink.Count(b => b));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-2.2)]
    [InlineData(0.4)]
    public void Skew_estimate_recovers_the_angle_a_ruled_page_was_rotated_by(double degrees)
    {
        var straight = Synthetic.GridWithSpan();
        var skewed = Skew.Deskew(straight, -degrees);
        var estimate = Skew.Estimate(Binarizer.Binarize(skewed));
        Assert.InRange(estimate, degrees - 0.06, degrees + 0.06);
    }

    [Fact]
    public void Line_finder_finds_the_grid_rulings_but_not_text_blocks()
    {
        var lines = LineFinder.Find(Binarizer.Binarize(Synthetic.GridWithSpan()));
        var horizontal = lines.Where(l => l.Horizontal).OrderBy(l => l.Position).ToList();
        var vertical = lines.Where(l => !l.Horizontal).OrderBy(l => l.Position).ToList();
        Assert.Equal([101, 251, 401, 551], horizontal.Select(l => (int)Math.Round(l.Position)));
        Assert.Equal([101, 401, 701, 1001], vertical.Select(l => (int)Math.Round(l.Position)));
        Assert.All(horizontal, h => Assert.InRange(h.Length, 900, 905));
        Assert.Equal(250, vertical.Single(v => Math.Round(v.Position) == 701).From);
    }

    [Fact]
    public void Grid_builder_merges_cells_where_the_border_is_missing()
    {
        var grids = GridBuilder.Build(LineFinder.Find(Binarizer.Binarize(Synthetic.GridWithSpan())));
        var grid = Assert.Single(grids);
        Assert.Equal(8, grid.Cells.Count);
        var spanning = grid.Cells.Single(c => c.Width > 500);
        Assert.InRange(spanning.X0, 400, 402);
        Assert.InRange(spanning.Y0, 100, 102);
        Assert.InRange(spanning.X1, 1000, 1002);
    }

    [Fact]
    public void Downscale_averages_the_covered_pixels()
    {
        var image = new GrayImage(4, 2, [0, 0, 255, 255, 0, 0, 255, 255]);
        var half = image.Downscale(0.5);
        Assert.Equal((2, 1), (half.Width, half.Height));
        Assert.Equal([0, 255], half.Pixels);
    }

    [Fact]
    public void Thicken_closes_a_one_pixel_break_in_a_thin_stroke()
    {
        var image = new GrayImage(12, 5);
        for (var x = 1; x < 11; x++)
            if (x != 6) image[x, 2] = 0; // a one-pixel-thick stroke broken at x = 6
        var thick = image.Thicken();
        Assert.Equal(0, thick[6, 2]);
        Assert.Equal(0, thick[5, 1]); // grown by a pixel above and below
        Assert.Equal(255, thick[0, 4]);
        Assert.Equal(255, image[6, 2]); // the original is left alone
    }

    [Fact]
    public void Median_removes_a_lone_speck_and_a_notch_but_keeps_a_stroke()
    {
        var image = new GrayImage(12, 12);
        for (var x = 1; x < 11; x++)
        for (var y = 6; y < 9; y++)
            image[x, y] = 0; // a three-pixel-thick stroke
        image[5, 6] = 255; // a notch in its top edge
        image[3, 2] = 0; // a lone speck
        var median = image.Median();
        Assert.Equal(255, median[3, 2]);
        Assert.Equal(0, median[5, 6]);
        Assert.Equal(0, median[5, 7]);
        Assert.Equal(255, median[5, 4]);
        Assert.Equal(0, image[3, 2]); // the original is left alone
    }

    [Fact]
    public void A_rendered_black_and_white_scan_looks_bilevel_and_a_noisy_gray_one_does_not()
    {
        var bw = new GrayImage(100, 100);
        for (var i = 0; i < bw.Pixels.Length; i += 10) bw.Pixels[i] = 0;
        for (var i = 5; i < bw.Pixels.Length; i += 20) bw.Pixels[i] = 128; // 5 %: the renderer's smoothed edges
        Assert.True(bw.LooksBilevel());

        var random = new Random(1);
        var gray = new GrayImage(100, 100);
        for (var i = 0; i < gray.Pixels.Length; i++) gray.Pixels[i] = (byte)(i % 10 == 0 ? random.Next(0, 60) : random.Next(215, 256));
        Assert.False(gray.LooksBilevel());
    }
}
