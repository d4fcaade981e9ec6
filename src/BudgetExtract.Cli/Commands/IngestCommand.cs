using System.Security.Cryptography;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Contract;
using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Ingest;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// <c>budgetextract ingest FILE|DIR</c>: extracts documents in parallel and stores them through one writer,
/// one transaction per document. Files whose sha256 is already stored are not extracted again. Bad files are
/// listed at the end and make the exit code 2; the others are stored regardless.
/// </summary>
public sealed class IngestCommand(
    Func<string, CancellationToken, Task<ExtractionResult>> extract, TimeProvider time, TextWriter stdout, TextWriter stderr)
{
    private sealed record Prepared(string File, ExtractionResult? Result, bool Known, string? Error);

    public async Task<int> RunAsync(IngestSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        var files = InputFiles.Expand(settings.Path, out var isDirectory);
        if (isDirectory && files.Count == 0) throw new UsageException($"{settings.Path}: no .pdf files in this directory");

        // Open first: a corrupt or foreign database fails before any extraction work.
        using var store = SqliteBudgetStore.Open(settings.Db, time);
        var known = KnownHashes(settings.Db);
        var progress = Progress.ForTerminal(files.Count);
        using var gate = new SemaphoreSlim(settings.Parallelism);
        var work = files.Select(file => Task.Run(() => PrepareAsync(file, known, gate, cancellationToken), cancellationToken)).ToList();

        int added = 0, unchanged = 0, versions = 0;
        var failures = new List<string>();
        // The single writer: results are stored in the order extraction finishes.
        await foreach (var task in Task.WhenEach(work).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var prepared = await task.ConfigureAwait(false);
            progress.Advance(prepared.File);
            if (prepared.Error is not null)
            {
                stderr.WriteLine($"error: {prepared.Error}");
                failures.Add(prepared.Error);
                continue;
            }
            if (prepared.Known)
            {
                unchanged++;
                continue;
            }
            var outcome = store.Store(prepared.Result!, new Provenance(Path.GetFullPath(prepared.File), time.GetUtcNow()));
            switch (outcome.Kind)
            {
                case StoreOutcomeKind.New: added++; break;
                case StoreOutcomeKind.NewVersion: versions++; break;
                default: unchanged++; break;
            }
        }

        stdout.WriteLine($"ingested {files.Count} file(s) into {settings.Db}: {added} new, {unchanged} unchanged, {versions} new version(s), {failures.Count} failed");
        if (failures.Count == 0) return ExitCodes.Ok;
        stderr.WriteLine($"{failures.Count} of {files.Count} file(s) failed:");
        foreach (var failure in failures) stderr.WriteLine($"  {failure}");
        return ExitCodes.BadInput;
    }

    private async Task<Prepared> PrepareAsync(string file, HashSet<string> known, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sha = await Sha256Async(file, cancellationToken).ConfigureAwait(false);
            if (known.Contains(sha)) return new Prepared(file, null, true, null);
            var result = await extract(file, cancellationToken).ConfigureAwait(false);
            return new Prepared(file, result, false, null);
        }
        catch (InputException e)
        {
            return new Prepared(file, null, false, e.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The sha256 of every stored document, read once: lets workers skip extraction without touching the writer's connection.</summary>
    private static HashSet<string> KnownHashes(string db)
    {
        using var queries = Store.Query.BudgetQueries.Open(db);
        return [.. queries.Sql("SELECT sha256 FROM documents").Rows.Select(r => (string)r[0]!)];
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        if (Directory.Exists(file)) throw new InputException(file, "is a directory, not a PDF file");
        if (!File.Exists(file)) throw new InputException(file, "file not found");
        try
        {
            await using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(file, $"cannot be read ({e.Message})", e);
        }
    }
}
