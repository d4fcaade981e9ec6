using System.Text;

namespace BudgetExtract.Crawl.Running;

public enum SniffedKind
{
    Pdf,
    Html,
    Other,
}

/// <summary>Tells a PDF from an HTML page by the first bytes (servers often send PDFs as octet-stream, and HTML as "PDF").</summary>
public static class ContentSniffer
{
    public static SniffedKind Sniff(string path, string? contentType)
    {
        var head = new byte[1024];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var span = head.AsSpan(0, read);
        if (span.IndexOf("%PDF-"u8) >= 0) return SniffedKind.Pdf;
        var text = Encoding.UTF8.GetString(span).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith('<') && (text.Contains("<html", StringComparison.Ordinal) || text.Contains("<!doctype html", StringComparison.Ordinal) ||
                                     text.Contains("<body", StringComparison.Ordinal) || text.Contains("<a ", StringComparison.Ordinal) ||
                                     text.Contains("<head", StringComparison.Ordinal)))
            return SniffedKind.Html;
        if (contentType is "text/html" or "application/xhtml+xml" && text.Contains('<')) return SniffedKind.Html;
        return SniffedKind.Other;
    }
}
