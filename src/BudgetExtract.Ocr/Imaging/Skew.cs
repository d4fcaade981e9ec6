namespace BudgetExtract.Ocr.Imaging;

/// <summary>
/// Skew estimation by projection profiles: text lines and rulings make the row histogram of ink sharpest
/// (largest sum of squares) when projected along the true text direction.
/// </summary>
public static class Skew
{
    /// <summary>Angle θ in degrees such that horizontal content runs with slope tan θ (y down); 0 when no ink.</summary>
    public static double Estimate(BitImage bits, double maxDegrees = 3.0)
    {
        var points = SampleInk(bits, maxPoints: 150_000);
        if (points.Count < 100) return 0;
        var coarse = Best(points, bits.Height, -maxDegrees, maxDegrees, 0.1);
        return Best(points, bits.Height, coarse - 0.1, coarse + 0.1, 0.01);
    }

    /// <summary>
    /// Rotates content with slope tan θ back to horizontal, about the image centre, bilinear, white outside.
    /// <c>Rotate(image, -θ)</c> skews a straight image by θ.
    /// </summary>
    public static GrayImage Deskew(GrayImage image, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        var cos = Math.Cos(radians);
        var sin = Math.Sin(radians);
        var cx = (image.Width - 1) / 2.0;
        var cy = (image.Height - 1) / 2.0;
        var output = new GrayImage(image.Width, image.Height);
        var src = image.Pixels;
        var w = image.Width;
        var h = image.Height;
        for (var v = 0; v < h; v++)
        {
            var dy = v - cy;
            var row = v * w;
            for (var u = 0; u < w; u++)
            {
                var dx = u - cx;
                var sx = cx + dx * cos - dy * sin;
                var sy = cy + dx * sin + dy * cos;
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
                var fx = sx - x0;
                var fy = sy - y0;
                var i = y0 * w + x0;
                var top = src[i] + (src[i + 1] - src[i]) * fx;
                var bottom = src[i + w] + (src[i + w + 1] - src[i + w]) * fx;
                output.Pixels[row + u] = (byte)Math.Clamp((int)(top + (bottom - top) * fy + 0.5), 0, 255);
            }
        }
        return output;
    }

    private static List<(float X, float Y)> SampleInk(BitImage bits, int maxPoints)
    {
        var count = 0;
        foreach (var b in bits.Ink) if (b) count++;
        var stride = Math.Max(1, count / maxPoints);
        var points = new List<(float, float)>(Math.Min(count, maxPoints) + 1);
        var seen = 0;
        for (var y = 0; y < bits.Height; y++)
        for (var x = 0; x < bits.Width; x++)
            if (bits.Ink[y * bits.Width + x] && seen++ % stride == 0)
                points.Add((x - bits.Width / 2f, y));
        return points;
    }

    private static double Best(List<(float X, float Y)> points, int height, double from, double to, double step)
    {
        var bins = new int[height * 2 + 16];
        var offset = height / 2 + 8;
        var best = 0.0;
        var bestScore = double.MinValue;
        for (var angle = from; angle <= to + 1e-9; angle += step)
        {
            Array.Clear(bins);
            var slope = Math.Tan(angle * Math.PI / 180);
            foreach (var (x, y) in points)
            {
                var bin = (int)(y - x * slope) + offset;
                if ((uint)bin < (uint)bins.Length) bins[bin]++;
            }
            double score = 0;
            foreach (var c in bins) score += (double)c * c;
            if (score > bestScore)
            {
                bestScore = score;
                best = angle;
            }
        }
        return Math.Round(best, 2);
    }
}
