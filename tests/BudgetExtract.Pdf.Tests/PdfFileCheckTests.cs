using BudgetExtract.Diagnostics;
using BudgetExtract.Pdf.Input;
using BudgetExtract.Testing;

namespace BudgetExtract.Pdf.Tests;

public sealed class PdfFileCheckTests
{
    [Fact]
    public void Missing_file_is_named_with_its_cause()
    {
        var e = Assert.Throws<InputException>(() => PdfFileCheck.EnsureUsable("/no/such/file.pdf", 1000));
        Assert.Equal("/no/such/file.pdf: file not found", e.Message);
    }

    [Fact]
    public void Zero_byte_file_is_empty()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InputException>(() => PdfFileCheck.EnsureUsable(dir.File("e.pdf", []), 1000));
        Assert.Contains("empty file", e.Cause);
    }

    [Fact]
    public void Html_page_saved_as_pdf_is_recognized()
    {
        using var dir = new TempDir();
        var path = dir.File("page.pdf", "<!DOCTYPE html><html><body>404</body></html>"u8.ToArray());
        var e = Assert.Throws<InputException>(() => PdfFileCheck.EnsureUsable(path, 1000));
        Assert.Equal("not a PDF (it is an HTML page)", e.Cause);
    }

    [Fact]
    public void Jpeg_saved_as_pdf_is_recognized()
    {
        using var dir = new TempDir();
        var path = dir.File("scan.pdf", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        var e = Assert.Throws<InputException>(() => PdfFileCheck.EnsureUsable(path, 1000));
        Assert.Equal("not a PDF (it is a JPEG image)", e.Cause);
    }

    [Fact]
    public void File_over_the_size_limit_is_too_large()
    {
        using var dir = new TempDir();
        var path = dir.File("big.pdf", new byte[3 * 1024 * 1024]);
        var e = Assert.Throws<InputException>(() => PdfFileCheck.EnsureUsable(path, 1024 * 1024));
        Assert.StartsWith("too large", e.Cause);
    }

    [Fact]
    public void Pdf_header_after_leading_junk_is_accepted()
    {
        using var dir = new TempDir();
        var path = dir.File("ok.pdf", "\r\n%PDF-1.4\n"u8.ToArray());
        PdfFileCheck.EnsureUsable(path, 1000);
        Assert.True(PdfFileCheck.LooksTruncated(path));
    }
}
