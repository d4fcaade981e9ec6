using System.Diagnostics;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Web.Pages;

/// <summary><c>mutool draw -F png -r DPI -o OUT FILE PAGE</c>, bounded by a time limit.</summary>
public sealed class MutoolPageRenderer(string mutool = "mutool", TimeSpan? timeLimit = null) : IPageRenderer
{
    private readonly TimeSpan _timeLimit = timeLimit ?? TimeSpan.FromSeconds(30);

    public async Task RenderAsync(string pdfPath, int page, int resolution, string pngPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(mutool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "draw", "-q", "-F", "png", "-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", pngPath, pdfPath, page.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ToolMissingException($"{mutool} not found: install mupdf-tools");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ToolMissingException($"{mutool} not found: install mupdf-tools");
        }
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(_timeLimit);
            var stderr = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InputException(pdfPath, $"mutool did not render page {page} within {_timeLimit.TotalSeconds:0} s");
            }
            if (process.ExitCode != 0 || !File.Exists(pngPath))
                throw new InputException(pdfPath, $"mutool could not render page {page}: {(await stderr).Trim().Split('\n').FirstOrDefault()}");
        }
    }
}
