using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BudgetExtract.Diagnostics;
using BudgetExtract.Pdf.Input;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>
/// Reads pages with MuPDF's command-line tool: <c>mutool pages</c> for the page list and rotations,
/// then one <c>mutool trace</c> per document (<see cref="TraceCommand"/>), stream-parsed page by page.
/// </summary>
public sealed partial class MuPdfEngine(PdfReadOptions? options = null) : IPdfEngine
{
    private readonly PdfReadOptions _options = options ?? new PdfReadOptions();

    public async Task<PdfContent> ReadAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default)
    {
        PdfFileCheck.EnsureUsable(file, _options.MaxFileBytes);
        var (pageCount, rotations) = await ReadPageListAsync(file, cancellationToken).ConfigureAwait(false);
        var selected = pages?.Resolve(pageCount) ?? Enumerable.Range(1, pageCount).ToList();
        var documentDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (selected.Count == 0)
            return new PdfContent(file, pageCount, [], [new Diagnostic("no-pages-selected", $"the selection '{pages}' names no page of {pageCount}")]);

        var arguments = TraceCommand.Arguments(_options.MutoolPath, file, pages is null ? null : string.Join(',', selected));
        using var process = MutoolProcess.Start(_options.MutoolPath, arguments);
        using var registration = cancellationToken.Register(process.Kill);
        var parser = new TraceParser(_options);
        var read = new List<PageContent>(selected.Count);
        foreach (var page in parser.Parse(process.Output, selected, rotations))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read.Add(page);
        }
        var (exitCode, errors) = await process.WaitAsync(cancellationToken).ConfigureAwait(false);

        if (read.Count == 0)
            throw new InputException(file, Cause(file, errors, exitCode));
        foreach (var error in errors.Where(e => e.StartsWith("error:", StringComparison.Ordinal)).Distinct().Take(20))
            documentDiagnostics.Add(new Diagnostic("pdf-engine-error", error["error:".Length..].Trim()));
        if (read.Count < selected.Count)
        {
            var truncated = PdfFileCheck.LooksTruncated(file) ? " (the file looks truncated)" : "";
            documentDiagnostics.Add(new Diagnostic("pages-unreadable",
                $"only {read.Count} of {selected.Count} selected page(s) could be read{truncated}"));
        }
        else if (PdfFileCheck.LooksTruncated(file))
        {
            documentDiagnostics.Add(new Diagnostic("file-truncated", "the file has no %%EOF marker at its end; it may be cut short"));
        }
        return new PdfContent(file, pageCount, [.. read], documentDiagnostics.ToImmutable());
    }

    private async Task<(int PageCount, Dictionary<int, int> Rotations)> ReadPageListAsync(string file, CancellationToken cancellationToken)
    {
        using var process = MutoolProcess.Start(_options.MutoolPath, ["pages", file]);
        var output = await process.Output.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var (exitCode, errors) = await process.WaitAsync(cancellationToken).ConfigureAwait(false);
        var rotations = new Dictionary<int, int>();
        var count = 0;
        var current = 0;
        foreach (var line in output.AsSpan().EnumerateLines())
        {
            if (TraceLine.ElementName(line) is "page" && TraceLine.TryGet(line, "pagenum", out var num) && int.TryParse(num, out current))
                count = Math.Max(count, current);
            else if (TraceLine.ElementName(line) is "Rotate" && TraceLine.TryGet(line, "v", out var v) && int.TryParse(v, out var r))
                rotations[current] = ((r % 360) + 360) % 360;
        }
        if (count == 0) throw new InputException(file, Cause(file, errors, exitCode));
        return (count, rotations);
    }

    /// <summary>Turns mutool's error lines into one cause a person understands.</summary>
    internal static string Cause(string file, IReadOnlyList<string> errors, int exitCode)
    {
        var all = string.Join(" | ", errors);
        if (all.Contains("password", StringComparison.OrdinalIgnoreCase) || all.Contains("authenticate", StringComparison.OrdinalIgnoreCase))
            return "password-protected (cannot be opened without its password)";
        if (all.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return "encrypted with an unsupported method";
        var firstError = errors.FirstOrDefault(e => e.StartsWith("error:", StringComparison.Ordinal))?["error:".Length..].Trim();
        if (PdfFileCheck.LooksTruncated(file))
            return $"truncated or damaged PDF (no %%EOF at its end{(firstError is null ? "" : $"; {firstError}")})";
        if (firstError is not null) return $"damaged PDF ({MutoolFileName().Replace(firstError, "")})";
        return exitCode == 0 ? "the PDF has no pages" : $"unreadable PDF (mutool exited with code {exitCode})";
    }

    [GeneratedRegex(@":\s*'?/[^']*'?$")]
    private static partial Regex MutoolFileName();
}
