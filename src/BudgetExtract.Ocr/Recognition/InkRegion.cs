using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>The ink of one region of a page mask, cleaned of specks and trimmed, ready for a reader.</summary>
internal sealed class InkRegion
{
    private InkRegion(GrayImage image, PixelBox bounds, int lines)
    {
        Image = image;
        Bounds = bounds;
        Lines = lines;
    }

    /// <summary>Black-on-white, padded image of the ink.</summary>
    public GrayImage Image { get; }

    /// <summary>Where the ink sits on the page (pixels).</summary>
    public PixelBox Bounds { get; }

    /// <summary>Text lines seen in the row profile.</summary>
    public int Lines { get; }

    public const int Padding = 12;

    /// <summary>Null when the region holds no ink beyond specks.</summary>
    public static InkRegion? From(BitImage mask, PixelBox region, int minSpeckle)
    {
        var x0 = Math.Max(0, region.X0);
        var y0 = Math.Max(0, region.Y0);
        var x1 = Math.Min(mask.Width, region.X1);
        var y1 = Math.Min(mask.Height, region.Y1);
        var w = x1 - x0;
        var h = y1 - y0;
        if (w <= 2 || h <= 2) return null;
        var ink = new bool[w * h];
        var any = false;
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
            any |= ink[y * w + x] = mask.Ink[(y + y0) * mask.Width + x + x0];
        if (!any) return null;
        RemoveSpecks(ink, w, h, minSpeckle);

        int left = w, top = h, right = -1, bottom = -1;
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            if (!ink[y * w + x]) continue;
            left = Math.Min(left, x);
            right = Math.Max(right, x);
            top = Math.Min(top, y);
            bottom = Math.Max(bottom, y);
        }
        if (right < 0) return null;

        var image = new GrayImage(right - left + 1 + 2 * Padding, bottom - top + 1 + 2 * Padding);
        var rowHasInk = new bool[bottom - top + 1];
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++)
        {
            if (!ink[y * w + x]) continue;
            image.Pixels[(y - top + Padding) * image.Width + x - left + Padding] = 0;
            rowHasInk[y - top] = true;
        }
        return new InkRegion(image, new PixelBox(x0 + left, y0 + top, x0 + right + 1, y0 + bottom + 1), CountLines(rowHasInk));
    }

    /// <summary>Maps a box in <see cref="Image"/> back to page pixels.</summary>
    public PixelBox ToPage(PixelBox box) =>
        new(box.X0 - Padding + Bounds.X0, box.Y0 - Padding + Bounds.Y0, box.X1 - Padding + Bounds.X0, box.Y1 - Padding + Bounds.Y0);

    /// <summary>The page's gray pixels one pixel around the ink, unpadded: smoother strokes than the thresholded ink.</summary>
    public GrayImage GrayAround(GrayImage gray) => gray.Crop(Bounds.X0 - 1, Bounds.Y0 - 1, Bounds.X1 + 1, Bounds.Y1 + 1);

    /// <summary>Maps a box in <see cref="GrayAround"/>, padded by <see cref="Padding"/>, back to page pixels.</summary>
    public PixelBox GrayToPage(PixelBox box) =>
        new(box.X0 - Padding + Bounds.X0 - 1, box.Y0 - Padding + Bounds.Y0 - 1, box.X1 - Padding + Bounds.X0 - 1, box.Y1 - Padding + Bounds.Y0 - 1);

    /// <summary>Runs of inked rows separated by at least 3 blank rows; short runs (stray dots) do not count.</summary>
    private static int CountLines(bool[] rowHasInk)
    {
        var lines = 0;
        var run = 0;
        var blank = 0;
        foreach (var has in rowHasInk)
        {
            if (has)
            {
                if (blank >= 3 && run >= 8) lines++;
                if (blank >= 3) run = 0;
                run++;
                blank = 0;
            }
            else blank++;
        }
        if (run >= 8) lines++;
        return Math.Max(1, lines);
    }

    /// <summary>Clears 8-connected ink components smaller than <paramref name="minPixels"/>.</summary>
    private static void RemoveSpecks(bool[] ink, int w, int h, int minPixels)
    {
        var seen = new bool[ink.Length];
        var stack = new Stack<int>();
        var component = new List<int>();
        for (var start = 0; start < ink.Length; start++)
        {
            if (!ink[start] || seen[start]) continue;
            component.Clear();
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                component.Add(i);
                var (x, y) = (i % w, i / w);
                for (var dy = -1; dy <= 1; dy++)
                for (var dx = -1; dx <= 1; dx++)
                {
                    var (nx, ny) = (x + dx, y + dy);
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    var j = ny * w + nx;
                    if (ink[j] && !seen[j])
                    {
                        seen[j] = true;
                        stack.Push(j);
                    }
                }
            }
            if (component.Count < minPixels)
                foreach (var i in component) ink[i] = false;
        }
    }
}
