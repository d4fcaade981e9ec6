using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.Ocr.Tests;

/// <summary>Draws test rasters: ruled grids and ink blocks standing in for text.</summary>
internal static class Synthetic
{
    public static void HLine(GrayImage image, int y, int x0, int x1, int thickness = 3)
    {
        for (var t = 0; t < thickness; t++)
        for (var x = x0; x <= x1; x++)
            image[x, y + t] = 0;
    }

    public static void VLine(GrayImage image, int x, int y0, int y1, int thickness = 3)
    {
        for (var t = 0; t < thickness; t++)
        for (var y = y0; y <= y1; y++)
            image[x + t, y] = 0;
    }

    public static void Block(GrayImage image, int x0, int y0, int x1, int y1)
    {
        for (var y = y0; y < y1; y++)
        for (var x = x0; x < x1; x++)
            image[x, y] = 20;
    }

    /// <summary>
    /// A 3-row × 3-column grid on a 1200×900 page, lines 3 px thick; the border between the two top-right cells
    /// is missing (a spanning header). Each cell holds one ink block, except the spanning cell which holds one.
    /// </summary>
    public static GrayImage GridWithSpan()
    {
        var image = new GrayImage(1200, 900);
        int[] xs = [100, 400, 700, 1000];
        int[] ys = [100, 250, 400, 550];
        foreach (var y in ys) HLine(image, y, xs[0], xs[^1] + 2);
        foreach (var x in xs)
        {
            // The x=700 line does not cross the first row: cells (0,1) and (0,2) merge.
            var from = x == 700 ? ys[1] : ys[0];
            VLine(image, x, from, ys[^1] + 2);
        }
        for (var r = 0; r < 3; r++)
        for (var c = 0; c < 3; c++)
        {
            if (r == 0 && c == 2) continue;
            Block(image, xs[c] + 60, ys[r] + 50, xs[c] + 200, ys[r] + 100);
        }
        return image;
    }
}
