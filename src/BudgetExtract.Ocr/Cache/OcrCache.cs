using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Ocr.Cache;

/// <summary>
/// OCR results on disk, keyed by the SHA-256 of the rendered page image and the options that shape the
/// result, so a re-run (or the same page in another file) skips recognition. Writes are atomic (temp + move).
/// </summary>
public sealed class OcrCache(string directory)
{
    public string Directory { get; } = directory;

    public static string Key(GrayImage image, string fingerprint)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{fingerprint}|{image.Width}x{image.Height}|"));
        sha.AppendData(image.Pixels);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public OcrPage? TryLoad(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path));
            return stored?.ToPage();
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null; // A damaged entry is recomputed and overwritten.
        }
    }

    public void Store(string key, OcrPage page)
    {
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(Stored.From(page)));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");

    private sealed record StoredGlyph(string T, double X0, double Y0, double X1, double Y1, double S);

    private sealed record StoredRuling(double X0, double Y0, double X1, double Y1, double W);

    private sealed record StoredDiagnostic(string Code, string Message);

    private sealed record Stored(List<StoredGlyph> Glyphs, List<StoredRuling> Rulings, double Skew, int Cells, List<StoredDiagnostic> Diagnostics)
    {
        public static Stored From(OcrPage page) => new(
            [.. page.Glyphs.Select(g => new StoredGlyph(g.Text, g.Box.X0, g.Box.Y0, g.Box.X1, g.Box.Y1, g.Size))],
            [.. page.Rulings.Select(r => new StoredRuling(r.X0, r.Y0, r.X1, r.Y1, r.Thickness))],
            page.Skew,
            page.Cells,
            [.. page.Diagnostics.Select(d => new StoredDiagnostic(d.Code, d.Message))]);

        public OcrPage ToPage() => new(
            [.. Glyphs.Select(g => new Glyph(g.T, new Box(g.X0, g.Y0, g.X1, g.Y1), Glyph.OcrFont, g.S, false, true))],
            [.. Rulings.Select(r => new Ruling(r.X0, r.Y0, r.X1, r.Y1, r.W))],
            Skew,
            Cells,
            [.. Diagnostics.Select(d => new Diagnostic(d.Code, d.Message))]);
    }
}
