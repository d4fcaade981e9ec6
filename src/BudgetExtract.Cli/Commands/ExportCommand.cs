using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Store.Export;
using BudgetExtract.Store.Names;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract export</c>.</summary>
public sealed record ExportSettings
{
    public required string Format { get; init; }
    public required string Output { get; init; }
    public LineFilter Filter { get; init; } = new();
    public string? Aliases { get; init; }
    public string Db { get; init; } = Store.Database.StoreOptions.DefaultPath;

    public void Validate()
    {
        if (!ExportFormat.Names.Contains(Format))
            throw new UsageException($"unknown export format '{Format}' (expected one of: {string.Join(", ", ExportFormat.Names)})");
        if (File.Exists(Output)) throw new UsageException($"{Output}: is a file; -o names a directory");
    }
}

/// <summary><c>budgetextract export --format csv|jsonl|xlsx|datapackage -o DIR</c>: lines and indicators of the current documents.</summary>
public sealed class ExportCommand(TimeProvider time, TextWriter stdout)
{
    public Task<int> RunAsync(ExportSettings settings)
    {
        settings.Validate();
        var aliases = DepartmentAliases.Load(settings.Aliases);
        using var queries = BudgetQueries.Open(settings.Db);
        var summary = new Exporter(queries, time).Export(settings.Format, settings.Output, settings.Filter, aliases);
        stdout.WriteLine($"exported {summary.Lines} line(s) and {summary.Indicators} indicator(s) to {string.Join(", ", summary.Files)}");
        return Task.FromResult(ExitCodes.Ok);
    }
}
