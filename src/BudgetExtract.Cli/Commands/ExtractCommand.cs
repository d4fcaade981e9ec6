using System.Text;
using System.Text.Json;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Diagnostics;
using BudgetExtract.Extraction;
using BudgetExtract.Contract;
using BudgetExtract.Extraction.Writers;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// <c>budgetextract extract FILE|DIR</c>: runs the extraction stages and writes one result per document.
/// With a directory, every file is attempted; failures are listed at the end and make the exit code 2.
/// </summary>
public sealed class ExtractCommand(DocumentExtractor extractor, TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(ExtractSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        var files = InputFiles.Expand(settings.Path, out var isDirectory);
        if (isDirectory && files.Count == 0) throw new UsageException($"{settings.Path}: no .pdf files in this directory");
        if (isDirectory && settings.Output is not null) Directory.CreateDirectory(settings.Output);

        var pages = settings.PageSelection;
        var progress = Progress.ForTerminal(files.Count);
        var results = new Task<ExtractedDocument>[files.Count];
        using var gate = new SemaphoreSlim(settings.Parallelism);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            results[i] = Task.Run(async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await extractor.ExtractAsync(file, pages, cancellationToken, layoutOnly: settings.Format == "text").ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                    progress.Advance(file);
                }
            }, cancellationToken);
        }

        var failures = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                var document = await results[i].ConfigureAwait(false);
                WarnIfPartlyRead(document);
                if (Environment.GetEnvironmentVariable("BUDGETEXTRACT_TIMING") is "1")
                    stderr.WriteLine($"timing: {document.File}: {document.Pages.Length} pages, read {document.Timings.Read.TotalMilliseconds:F0} ms, layout {document.Timings.Layout.TotalMilliseconds:F0} ms, tables {document.Timings.Tables.TotalMilliseconds:F0} ms");
                Write(document, settings, isDirectory, files.Count);
            }
            catch (InputException e)
            {
                if (!isDirectory) throw;
                stderr.WriteLine($"error: {e.Message}");
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
        {
            stderr.WriteLine($"{failures.Count} of {files.Count} file(s) failed:");
            foreach (var f in failures) stderr.WriteLine($"  {f}");
            return ExitCodes.BadInput;
        }
        return ExitCodes.Ok;
    }

    /// <summary>Partly readable files still give output; a warning on stderr says so (the JSON carries the diagnostics).</summary>
    private void WarnIfPartlyRead(ExtractedDocument document)
    {
        var damage = document.Diagnostics.FirstOrDefault(d => d.Code is "pages-unreadable" or "file-truncated" or "page-incomplete");
        if (damage is not null) stderr.WriteLine($"warning: {document.File}: only partly readable ({damage.Message})");
    }

    private void Write(ExtractedDocument document, ExtractSettings settings, bool isDirectory, int fileCount)
    {
        if (settings.Output is null)
        {
            WriteTo(stdout, document, settings.Format, jsonLines: isDirectory && fileCount > 1);
            return;
        }
        if (settings.Format == "csv")
        {
            // One CSV per table: -o names a directory.
            var stem = Path.GetFileNameWithoutExtension(document.File);
            var folderFor = isDirectory
                ? Path.Combine(settings.Output, Path.GetDirectoryName(Path.GetRelativePath(settings.Path, document.File)) ?? "")
                : settings.Output;
            CsvFormat.WriteAll(document, folderFor, stem);
            return;
        }
        var target = isDirectory
            ? Path.Combine(settings.Output, Path.ChangeExtension(Path.GetRelativePath(settings.Path, document.File), Extension(settings.Format)))
            : settings.Output;
        var folder = Path.GetDirectoryName(Path.GetFullPath(target));
        if (folder is not null) Directory.CreateDirectory(folder);
        // Write beside, then move: a reader never sees half a file.
        var temporary = target + ".partial";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            WriteTo(writer, document, settings.Format, jsonLines: false);
        File.Move(temporary, target, overwrite: true);
    }

    private static void WriteTo(TextWriter writer, ExtractedDocument document, string format, bool jsonLines)
    {
        switch (format)
        {
            case "json":
                var result = ResultMapper.ToResult(document);
                writer.WriteLine(JsonSerializer.Serialize(result, jsonLines ? ContractJson.Compact : ContractJson.Options));
                break;
            case "text":
                if (jsonLines) writer.WriteLine($"=== {document.File} ===");
                PlainTextFormat.Write(document, writer);
                break;
            case "md":
                MarkdownFormat.Write(document, writer);
                break;
            case "csv":
                for (var i = 0; i < document.Tables.Length; i++)
                {
                    if (i > 0) writer.Write("\r\n");
                    CsvFormat.WriteTable(document.Tables[i], writer);
                }
                break;
        }
        writer.Flush();
    }

    private static string Extension(string format) => format switch
    {
        "json" => ".json",
        "md" => ".md",
        _ => ".txt",
    };
}
