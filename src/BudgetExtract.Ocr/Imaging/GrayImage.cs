using System.Text;

namespace BudgetExtract.Ocr.Imaging;

/// <summary>An 8-bit grayscale raster (0 = black, 255 = white), rows top to bottom.</summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, byte[]? pixels = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (pixels is not null && pixels.Length != width * height)
            throw new ArgumentException($"expected {width * height} pixels, got {pixels.Length}", nameof(pixels));
        Width = width;
        Height = height;
        Pixels = pixels ?? NewWhite(width * height);
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Row-major pixels, <c>Width * Height</c> bytes.</summary>
    public byte[] Pixels { get; }

    public byte this[int x, int y]
    {
        get => Pixels[y * Width + x];
        set => Pixels[y * Width + x] = value;
    }

    /// <summary>Parses a binary PGM (P5, maxval 255) as written by <c>mutool draw -F pgm</c>.</summary>
    public static GrayImage ParsePgm(ReadOnlySpan<byte> data)
    {
        var position = 0;
        if (NextToken(data, ref position) != "P5") throw new FormatException("not a binary PGM (P5) image");
        var width = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        if (max != 255) throw new FormatException($"unsupported PGM maxval {max}");
        position++; // the single whitespace after maxval
        var size = width * height;
        if (data.Length - position < size) throw new FormatException($"PGM data cut short ({data.Length - position} of {size} bytes)");
        return new GrayImage(width, height, data.Slice(position, size).ToArray());
    }

    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        var bytes = new byte[header.Length + Pixels.Length];
        header.CopyTo(bytes, 0);
        Pixels.CopyTo(bytes, header.Length);
        return bytes;
    }

    /// <summary>Copies a rectangle (clamped to the image) into a new image.</summary>
    public GrayImage Crop(int x0, int y0, int x1, int y1)
    {
        x0 = Math.Clamp(x0, 0, Width - 1);
        y0 = Math.Clamp(y0, 0, Height - 1);
        x1 = Math.Clamp(x1, x0 + 1, Width);
        y1 = Math.Clamp(y1, y0 + 1, Height);
        var w = x1 - x0;
        var crop = new byte[w * (y1 - y0)];
        for (var y = y0; y < y1; y++)
            Array.Copy(Pixels, y * Width + x0, crop, (y - y0) * w, w);
        return new GrayImage(w, y1 - y0, crop);
    }

    /// <summary>A copy with <paramref name="margin"/> white pixels on every side (Tesseract reads edge text poorly).</summary>
    public GrayImage Pad(int margin)
    {
        var padded = new GrayImage(Width + 2 * margin, Height + 2 * margin);
        for (var y = 0; y < Height; y++)
            Array.Copy(Pixels, y * Width, padded.Pixels, (y + margin) * padded.Width + margin, Width);
        return padded;
    }

    /// <summary>A copy scaled by <paramref name="factor"/> (below 1), each output pixel the mean of the source area it covers.</summary>
    public GrayImage Downscale(double factor)
    {
        var w = Math.Max(1, (int)(Width * factor));
        var h = Math.Max(1, (int)(Height * factor));
        var output = new GrayImage(w, h);
        for (var y = 0; y < h; y++)
        {
            var sy0 = (int)(y / factor);
            var sy1 = Math.Min(Height, Math.Max(sy0 + 1, (int)((y + 1) / factor)));
            for (var x = 0; x < w; x++)
            {
                var sx0 = (int)(x / factor);
                var sx1 = Math.Min(Width, Math.Max(sx0 + 1, (int)((x + 1) / factor)));
                var sum = 0;
                for (var sy = sy0; sy < sy1; sy++)
                for (var sx = sx0; sx < sx1; sx++)
                    sum += Pixels[sy * Width + sx];
                output.Pixels[y * w + x] = (byte)(sum / ((sy1 - sy0) * (sx1 - sx0)));
            }
        }
        return output;
    }

    /// <summary>A copy where each pixel is the mean of its 3×3 neighbourhood: smooths the ragged, blocky strokes of black-and-white scans.</summary>
    public GrayImage Blur()
    {
        var output = new GrayImage(Width, Height);
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
        {
            int sum = 0, n = 0;
            for (var dy = Math.Max(0, y - 1); dy <= Math.Min(Height - 1, y + 1); dy++)
            for (var dx = Math.Max(0, x - 1); dx <= Math.Min(Width - 1, x + 1); dx++)
            {
                sum += Pixels[dy * Width + dx];
                n++;
            }
            output.Pixels[y * Width + x] = (byte)(sum / n);
        }
        return output;
    }

    /// <summary>
    /// A copy where each pixel is the darkest of its 3×3 neighbourhood: ink grows by a pixel on every side,
    /// closing the one-pixel breaks that thresholding leaves in the thin strokes of black-and-white scans.
    /// </summary>
    public GrayImage Thicken()
    {
        var output = new GrayImage(Width, Height);
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
        {
            var darkest = 255;
            for (var dy = Math.Max(0, y - 1); dy <= Math.Min(Height - 1, y + 1); dy++)
            for (var dx = Math.Max(0, x - 1); dx <= Math.Min(Width - 1, x + 1); dx++)
                darkest = Math.Min(darkest, Pixels[dy * Width + dx]);
            output.Pixels[y * Width + x] = (byte)darkest;
        }
        return output;
    }

    /// <summary>
    /// A copy where each pixel is the median of its 3×3 neighbourhood (edges repeated): a lone speck or a
    /// one-pixel notch in a stroke's edge disappears, while strokes two or more pixels wide keep their shape.
    /// Another way, besides thickening and shrinking, of undoing the ragged edges thresholding leaves.
    /// </summary>
    public GrayImage Median()
    {
        var output = new GrayImage(Width, Height);
        Span<byte> window = stackalloc byte[9];
        for (var y = 0; y < Height; y++)
        for (var x = 0; x < Width; x++)
        {
            var n = 0;
            for (var dy = -1; dy <= 1; dy++)
            for (var dx = -1; dx <= 1; dx++)
                window[n++] = Pixels[Math.Clamp(y + dy, 0, Height - 1) * Width + Math.Clamp(x + dx, 0, Width - 1)];
            window.Sort();
            output.Pixels[y * Width + x] = window[4];
        }
        return output;
    }

    /// <summary>
    /// A copy closed along its rows: each pixel the darkest within <paramref name="radius"/> along its row, then the
    /// lightest of those within the same radius. Gaps of up to 2 × radius pixels in horizontal strokes fill, while
    /// strokes keep their length and vertical gaps stay: thresholding a noisy 1-bit scan breaks the hairline
    /// horizontal strokes of the Song face far more often than the vertical ones (docs/ocr.md, "Session 11").
    /// </summary>
    public GrayImage ClosedAlongRows(int radius)
    {
        var darkest = AlongRows(this, radius, darker: true);
        return AlongRows(darkest, radius, darker: false);
    }

    private static GrayImage AlongRows(GrayImage source, int radius, bool darker)
    {
        var output = new GrayImage(source.Width, source.Height);
        for (var y = 0; y < source.Height; y++)
        {
            var row = y * source.Width;
            for (var x = 0; x < source.Width; x++)
            {
                int value = source.Pixels[row + x];
                for (var dx = Math.Max(0, x - radius); dx <= Math.Min(source.Width - 1, x + radius); dx++)
                    value = darker ? Math.Min(value, source.Pixels[row + dx]) : Math.Max(value, source.Pixels[row + dx]);
                output.Pixels[row + x] = (byte)value;
            }
        }
        return output;
    }

    /// <summary>A black-and-white copy: pixels darker than <paramref name="level"/> black, the others white.</summary>
    public GrayImage Thresholded(byte level)
    {
        var output = new GrayImage(Width, Height);
        for (var i = 0; i < Pixels.Length; i++)
            output.Pixels[i] = Pixels[i] < level ? (byte)0 : (byte)255;
        return output;
    }

    /// <summary>
    /// Share of pure black or white pixels from which a page counts as black-and-white (measured at 300 dpi:
    /// 1-bit scans 0.95–0.96 — the rest is the renderer's smoothing of their edges —, noisy gray scans 0.07).
    /// </summary>
    public const double BilevelShare = 0.9;

    /// <summary>Whether nearly every pixel is pure black or white: a black-and-white (1-bit) scan, rendered.</summary>
    public bool LooksBilevel()
    {
        var extreme = 0L;
        foreach (var p in Pixels)
            if (p is 0 or 255) extreme++;
        return extreme >= BilevelShare * Pixels.Length;
    }

    /// <summary>Paints a rectangle white (clamped to the image).</summary>
    public void Clear(int x0, int y0, int x1, int y1)
    {
        x0 = Math.Max(0, x0);
        y0 = Math.Max(0, y0);
        x1 = Math.Min(Width, x1);
        y1 = Math.Min(Height, y1);
        for (var y = y0; y < y1; y++)
            Array.Fill(Pixels, (byte)255, y * Width + x0, Math.Max(0, x1 - x0));
    }

    private static byte[] NewWhite(int size)
    {
        var pixels = new byte[size];
        Array.Fill(pixels, (byte)255);
        return pixels;
    }

    private static string NextToken(ReadOnlySpan<byte> data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == '#')
                while (position < data.Length && data[position] != '\n') position++;
            else if (char.IsWhiteSpace((char)data[position])) position++;
            else break;
        }
        var start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position])) position++;
        if (start == position) throw new FormatException("PGM header cut short");
        return Encoding.ASCII.GetString(data[start..position]);
    }
}
