using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>Starts mutool with its standard output streamed and its standard error collected.</summary>
internal sealed class MutoolProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private MutoolProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public StreamReader Output => _process.StandardOutput;

    public static MutoolProcess Start(string mutool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(mutool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        try
        {
            return new MutoolProcess(Process.Start(info) ?? throw new ToolMissingException($"could not start {mutool}"));
        }
        catch (Win32Exception e)
        {
            throw new ToolMissingException(
                $"'{mutool}' was not found: install MuPDF's tools (Debian/Ubuntu: apt-get install mupdf-tools)", e);
        }
    }

    /// <summary>Waits for the exit; returns the exit code and mutool's error lines (warnings about ICC dropped).</summary>
    public async Task<(int ExitCode, IReadOnlyList<string> Errors)> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        var stderr = await _stderr.ConfigureAwait(false);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("error:", StringComparison.Ordinal)
                        || (l.StartsWith("warning:", StringComparison.Ordinal) && !l.Contains("ICC", StringComparison.Ordinal)))
            .ToList();
        return (_process.ExitCode, errors);
    }

    /// <summary>Waits for the exit and returns all that mutool wrote to standard error.</summary>
    public string WaitForErrorText()
    {
        _process.WaitForExit();
        return _stderr.GetAwaiter().GetResult();
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill: nothing left to stop.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
