using BudgetExtract.Diagnostics;

namespace BudgetExtract.Pdf.Input;

/// <summary>Cheap checks that turn unusable files into one clear cause before any PDF engine runs.</summary>
public static class PdfFileCheck
{
    private static ReadOnlySpan<byte> PdfMarker => "%PDF-"u8;

    /// <summary>Throws <see cref="InputException"/> when the file is missing, empty, too large or not a PDF.</summary>
    public static void EnsureUsable(string file, long maxBytes)
    {
        var info = new FileInfo(file);
        if (Directory.Exists(file)) throw new InputException(file, "is a directory, not a PDF file");
        if (!info.Exists) throw new InputException(file, "file not found");
        if (info.Length == 0) throw new InputException(file, "empty file (0 bytes)");
        if (info.Length > maxBytes)
            throw new InputException(file, $"too large ({info.Length / (1024 * 1024)} MiB; the limit is {maxBytes / (1024 * 1024)} MiB)");

        Span<byte> head = stackalloc byte[1024];
        int read;
        try
        {
            using var stream = File.OpenRead(file);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw new InputException(file, $"cannot be read ({e.Message})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(file, "cannot be read (permission denied)", e);
        }
        head = head[..read];
        if (head.IndexOf(PdfMarker) < 0) throw new InputException(file, $"not a PDF ({DescribeContent(head)})");
    }

    /// <summary>True when the last bytes of the file hold no %%EOF marker: the download was likely cut short.</summary>
    public static bool LooksTruncated(string file)
    {
        using var stream = File.OpenRead(file);
        var tail = new byte[Math.Min(2048, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) < 0;
    }

    internal static string DescribeContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "it is a JPEG image";
        if (head.StartsWith("\x89PNG"u8)) return "it is a PNG image";
        if (head.StartsWith("GIF8"u8)) return "it is a GIF image";
        if (head.StartsWith("PK\x03\x04"u8)) return "it is a ZIP archive (or an Office document)";
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) return "it is an old Office document (.doc/.xls)";
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith('<'))
        {
            var lower = text.ToLowerInvariant();
            if (lower.Contains("<html") || lower.Contains("<!doctype html") || lower.Contains("<head") || lower.Contains("<body"))
                return "it is an HTML page";
            return "it is XML or markup";
        }
        return "no %PDF- header";
    }
}
