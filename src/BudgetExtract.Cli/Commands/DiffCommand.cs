using System.Text.Json;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Contract;
using BudgetExtract.Store.Diff;
using BudgetExtract.Store.Names;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract diff</c>.</summary>
public sealed record DiffSettings
{
    public required string Department { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public string? Region { get; init; }
    public string? Kind { get; init; }
    public string? Aliases { get; init; }
    public string Db { get; init; } = Store.Database.StoreOptions.DefaultPath;
    public string Format { get; init; } = "table";

    /// <summary>Leave out subjects and indicators that did not change.</summary>
    public bool ChangesOnly { get; init; }

    public void Validate()
    {
        StoreCommandOptions.ValidateFormat(Format);
        if (From == To) throw new UsageException("--from and --to must be different years");
    }
}

/// <summary>
/// <c>budgetextract diff --department NAME --from Y1 --to Y2</c>: per subject and column the old amount, new amount,
/// change and percent; subjects added and removed; indicators added, removed or with changed targets.
/// table: two aligned sections; csv: one table with a <c>section</c> column; json: one object.
/// </summary>
public sealed class DiffCommand(TextWriter stdout)
{
    public static readonly string[] CsvColumns =
    [
        "section", "status", "document_kind", "table_kind", "unit", "code", "name", "column", "old", "new", "change", "percent",
        "project", "level1", "level2", "level3", "old_target", "new_target",
    ];

    public Task<int> RunAsync(DiffSettings settings)
    {
        settings.Validate();
        var aliases = DepartmentAliases.Load(settings.Aliases);
        using var queries = BudgetQueries.Open(settings.Db);
        var diff = new YearDiff(queries, aliases).Compare(new DiffRequest(settings.Department, settings.From, settings.To, settings.Region, settings.Kind));
        if (settings.ChangesOnly)
            diff = diff with
            {
                Lines = [.. diff.Lines.Where(l => l.Status != DiffStatus.Unchanged)],
                Indicators = [.. diff.Indicators.Where(i => i.Status != DiffStatus.Unchanged)],
            };
        switch (settings.Format)
        {
            case "json":
                stdout.Write(JsonSerializer.Serialize(diff, ContractJson.Options));
                stdout.Write('\n');
                break;
            case "csv":
                CsvFormat.Write(Combined(diff), stdout);
                break;
            default:
                WriteText(diff);
                break;
        }
        stdout.Flush();
        return Task.FromResult(ExitCodes.Ok);
    }

    private void WriteText(DiffResult diff)
    {
        stdout.WriteLine($"{Describe(diff.From)}  →  {Describe(diff.To)}");
        stdout.WriteLine();
        var counts = diff.Lines.GroupBy(l => l.Status).ToDictionary(g => g.Key, g => g.Count());
        stdout.WriteLine($"budget lines: {Count(counts, DiffStatus.Changed)} changed, {Count(counts, DiffStatus.Added)} added, {Count(counts, DiffStatus.Removed)} removed, {Count(counts, DiffStatus.Unchanged)} unchanged");
        TextTableFormat.Write(new ResultTable(
            ["status", "table_kind", "code", "name", "column", "old", "new", "change", "percent"],
            [.. diff.Lines.Select(l => new object?[] { l.Status, l.TableKind, l.Code, l.Name, l.Column, l.Old, l.New, l.Change, l.Percent })]), stdout);
        stdout.WriteLine();
        var indicatorCounts = diff.Indicators.GroupBy(l => l.Status).ToDictionary(g => g.Key, g => g.Count());
        stdout.WriteLine($"indicators: {Count(indicatorCounts, DiffStatus.Changed)} changed, {Count(indicatorCounts, DiffStatus.Added)} added, {Count(indicatorCounts, DiffStatus.Removed)} removed, {Count(indicatorCounts, DiffStatus.Unchanged)} unchanged");
        TextTableFormat.Write(new ResultTable(
            ["status", "project", "level1", "level2", "level3", "old_target", "new_target"],
            [.. diff.Indicators.Select(i => new object?[] { i.Status, i.Project, i.Level1, i.Level2, i.Level3, i.OldTarget, i.NewTarget })]), stdout);
    }

    private static int Count(Dictionary<string, int> counts, string status) => counts.GetValueOrDefault(status);

    private static string Describe(DiffSide side) =>
        $"{side.Year}: {string.Join(", ", side.Departments.DefaultIfEmpty("(department unknown)"))} ({string.Join(", ", side.Files)})";

    private static ResultTable Combined(DiffResult diff)
    {
        var rows = new List<object?[]>();
        foreach (var l in diff.Lines)
            rows.Add(["line", l.Status, l.DocumentKind, l.TableKind, l.Unit, l.Code, l.Name, l.Column, l.Old, l.New, l.Change, l.Percent, null, null, null, null, null, null]);
        foreach (var i in diff.Indicators)
            rows.Add(["indicator", i.Status, null, null, null, null, null, null, null, null, null, null, i.Project, i.Level1, i.Level2, i.Level3, i.OldTarget, i.NewTarget]);
        return new ResultTable(CsvColumns, rows);
    }
}
