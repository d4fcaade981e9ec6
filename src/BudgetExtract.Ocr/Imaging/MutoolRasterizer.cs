using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Ocr.Imaging;

/// <summary>Renders one page to a grayscale image.</summary>
public interface IPageRasterizer
{
    Task<GrayImage> RenderAsync(string file, int page, int dpi, CancellationToken cancellationToken);
}

/// <summary>Renders with <c>mutool draw -F pgm</c> to standard output (8-bit gray, trivial to parse).</summary>
public sealed class MutoolRasterizer(string mutool = "mutool") : IPageRasterizer
{
    public async Task<GrayImage> RenderAsync(string file, int page, int dpi, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(mutool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "draw", "-q", "-F", "pgm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-o", "-", file, page.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new ToolMissingException($"could not start {mutool}");
        }
        catch (Win32Exception e)
        {
            throw new ToolMissingException($"'{mutool}' was not found: install MuPDF's tools (Debian/Ubuntu: apt-get install mupdf-tools)", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var buffer = new MemoryStream();
            await process.StandardOutput.BaseStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (buffer.Length == 0)
                throw new InputException(file, $"page {page} could not be rendered for OCR ({FirstError(errors) ?? $"mutool exited with code {process.ExitCode}"})");
            return GrayImage.ParsePgm(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
    }

    private static string? FirstError(string stderr) =>
        stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal))?["error:".Length..].Trim();
}
