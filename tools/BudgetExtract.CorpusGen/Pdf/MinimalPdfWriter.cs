using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace BudgetExtract.CorpusGen.Pdf;

/// <summary>
/// Writes a small, valid PDF 1.7 file: one non-embedded Adobe CJK font (STSong-Light, Type0 over a
/// CIDFontType0, Adobe-GB1, UniGB-UCS2-H so strings are UCS-2BE), flate-compressed content streams,
/// and a classic cross-reference table. Deterministic: no dates, no IDs.
/// </summary>
internal static class MinimalPdfWriter
{
    /// <summary>Advance width (1/1000 em) of ASCII characters; every other character is 1000.</summary>
    public const int AsciiWidth = 500;

    public static byte[] Write(IReadOnlyList<PdfPageSpec> pages)
    {
        var objects = new List<byte[]>();
        // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, then per page: page + content.
        var pageIds = Enumerable.Range(0, pages.Count).Select(i => 6 + 2 * i).ToList();
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>"));
        objects.Add(Ascii("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " +
                          "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R " +
                          $"/DW 1000 /W [1 95 {AsciiWidth} 814 939 {AsciiWidth}] >>"));
        objects.Add(Ascii("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] " +
                          "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var (w, h) = page.StoredRotated ? (page.Canvas.Height, page.Canvas.Width) : (page.Canvas.Width, page.Canvas.Height);
            var rotate = page.StoredRotated ? " /Rotate 90" : "";
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {N(w)} {N(h)}]{rotate} " +
                              $"/Resources << /Font << /F1 3 0 R >> >> /Contents {pageIds[i] + 1} 0 R >>"));
            // A page shown with /Rotate 90 is drawn in landscape terms and mapped onto the portrait media box.
            var ops = page.StoredRotated ? $"q 0 1 -1 0 {N(w)} 0 cm\n{page.Canvas.Operators}Q\n" : page.Canvas.Operators;
            objects.Add(Stream(Encoding.ASCII.GetBytes(ops)));
        }

        using var output = new MemoryStream();
        Put(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", latin1: true);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Put(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Put(output, "\nendobj\n");
        }
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Put(output, table.ToString());
        return output.ToArray();
    }

    private static byte[] Stream(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        var body = compressed.ToArray();
        using var result = new MemoryStream();
        result.Write(Encoding.ASCII.GetBytes($"<< /Length {body.Length} /Filter /FlateDecode >>\nstream\n"));
        result.Write(body);
        result.Write(Encoding.ASCII.GetBytes("\nendstream"));
        return result.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static void Put(Stream s, string text, bool latin1 = false) =>
        s.Write(latin1 ? Encoding.Latin1.GetBytes(text) : Encoding.ASCII.GetBytes(text));

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
