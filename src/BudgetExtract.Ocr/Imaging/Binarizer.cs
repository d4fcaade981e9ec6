namespace BudgetExtract.Ocr.Imaging;

/// <summary>Global Otsu thresholding: scans are evenly lit, so one threshold per page is enough and fast.</summary>
public static class Binarizer
{
    /// <summary>The Otsu threshold: pixels at or below it are ink.</summary>
    public static byte OtsuThreshold(GrayImage image)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in image.Pixels) histogram[p]++;
        long total = image.Pixels.Length;
        double sumAll = 0;
        for (var i = 0; i < 256; i++) sumAll += i * (double)histogram[i];
        double sumBack = 0;
        long weightBack = 0;
        var best = 0.0;
        var threshold = 127;
        for (var t = 0; t < 256; t++)
        {
            weightBack += histogram[t];
            if (weightBack == 0) continue;
            var weightFore = total - weightBack;
            if (weightFore == 0) break;
            sumBack += t * (double)histogram[t];
            var meanBack = sumBack / weightBack;
            var meanFore = (sumAll - sumBack) / weightFore;
            var between = (double)weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }
        return (byte)threshold;
    }

    /// <summary>Ink mask: true where the pixel is at or below the Otsu threshold.</summary>
    public static BitImage Binarize(GrayImage image)
    {
        var threshold = OtsuThreshold(image);
        var mask = new BitImage(image.Width, image.Height);
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i++) mask.Ink[i] = pixels[i] <= threshold;
        return mask;
    }
}

/// <summary>A binary raster: true = ink.</summary>
public sealed class BitImage(int width, int height)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public bool[] Ink { get; } = new bool[width * height];

    public bool this[int x, int y] => Ink[y * Width + x];

    /// <summary>Black-on-white grayscale rendering of the mask (what Tesseract is given).</summary>
    public GrayImage ToGray(int x0, int y0, int x1, int y1)
    {
        var image = new GrayImage(x1 - x0, y1 - y0);
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            if (Ink[y * Width + x]) image.Pixels[(y - y0) * image.Width + (x - x0)] = 0;
        return image;
    }
}
