using System.Globalization;
using System.IO.Compression;
using System.Text;
using BudgetExtract.Ocr.Imaging;

namespace BudgetExtract.ScanGen;

/// <summary>Writes an image-only PDF: one page per image, each a FlateDecode DeviceGray XObject filling the page.</summary>
public static class ImagePdfWriter
{
    /// <param name="bitsPerPixel">8 (gray), 4 (16 gray levels) or 1 (black and white, like a fax-mode scanner).</param>
    public static void Write(string path, IReadOnlyList<(GrayImage Image, double Width, double Height)> pages, int bitsPerPixel = 8)
    {
        if (bitsPerPixel is not (1 or 4 or 8)) throw new ArgumentOutOfRangeException(nameof(bitsPerPixel), "1, 4 or 8");
        using var file = File.Create(path);
        var offsets = new List<long>();
        void Ascii(string s) => file.Write(Encoding.ASCII.GetBytes(s));
        void BeginObject(int number)
        {
            while (offsets.Count < number) offsets.Add(0);
            offsets[number - 1] = file.Position;
            Ascii($"{number} 0 obj\n");
        }
        string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

        Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        // Objects: 1 catalog, 2 pages, then per page i: page 3+3i, content 4+3i, image 5+3i.
        BeginObject(1);
        Ascii("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        BeginObject(2);
        Ascii($"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(" ", pages.Select((_, i) => $"{3 + 3 * i} 0 R"))}] >>\nendobj\n");
        for (var i = 0; i < pages.Count; i++)
        {
            var (image, width, height) = pages[i];
            var (page, content, xobject) = (3 + 3 * i, 4 + 3 * i, 5 + 3 * i);
            BeginObject(page);
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(width)} {N(height)}] /Resources << /XObject << /Im0 {xobject} 0 R >> >> /Contents {content} 0 R >>\nendobj\n");
            var drawing = Encoding.ASCII.GetBytes($"q {N(width)} 0 0 {N(height)} 0 0 cm /Im0 Do Q\n");
            BeginObject(content);
            Ascii($"<< /Length {drawing.Length} >>\nstream\n");
            file.Write(drawing);
            Ascii("\nendstream\nendobj\n");
            var compressed = Deflate(Pack(image, bitsPerPixel));
            BeginObject(xobject);
            Ascii($"<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceGray /BitsPerComponent {bitsPerPixel} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
            file.Write(compressed);
            Ascii("\nendstream\nendobj\n");
        }
        var xref = file.Position;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
    }

    /// <summary>Rows packed high bits first, each row padded to a whole byte (PDF image sample layout).</summary>
    internal static byte[] Pack(GrayImage image, int bits)
    {
        if (bits == 8) return image.Pixels;
        var rowBytes = (image.Width * bits + 7) / 8;
        var packed = new byte[rowBytes * image.Height];
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var value = image.Pixels[y * image.Width + x];
            var sample = bits == 1 ? (value >= 128 ? 1 : 0) : value >> 4;
            var bit = x * bits;
            packed[y * rowBytes + bit / 8] |= (byte)(sample << (8 - bits - bit % 8));
        }
        return packed;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}
