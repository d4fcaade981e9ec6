using System.CommandLine;
using BudgetExtract.Store.Database;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Cli.Commands;

/// <summary>The options shared by the store commands (ingest, query, diff, export): database, document filters, format.</summary>
internal sealed class StoreCommandOptions
{
    public Option<string> Db { get; } = new("--db") { Description = $"SQLite database file (default: {StoreOptions.DefaultPath}, relative to the current directory)", DefaultValueFactory = _ => StoreOptions.DefaultPath };
    public Option<string?> Region { get; } = new("--region") { Description = "Region, e.g. 深圳市 (深圳 matches too)" };
    public Option<string?> Department { get; } = new("--department") { Description = "Department; matched by normalized name (region prefix, 本级, brackets, spaces ignored) and --aliases" };
    public Option<int?> Year { get; } = new("--year") { Description = "Budget year" };
    public Option<string?> Kind { get; } = new("--kind") { Description = "Document kind, e.g. 部门预算" };
    public Option<string?> Aliases { get; } = new("--aliases") { Description = "Department alias file (YAML 'canonical: [alias, …]' or CSV 'alias,canonical'); see docs/store.md" };
    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many rows" };
    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output: table (aligned text), csv or json", DefaultValueFactory = _ => "table" };

    public void AddDocumentFilters(Command command)
    {
        command.Options.Add(Region);
        command.Options.Add(Department);
        command.Options.Add(Year);
        command.Options.Add(Kind);
        command.Options.Add(Aliases);
    }

    /// <summary>The document filters; only for commands that <see cref="AddDocumentFilters"/>.</summary>
    public LineFilter Filter(ParseResult result) => new()
    {
        Region = result.GetValue(Region),
        Department = result.GetValue(Department),
        Year = result.GetValue(Year),
        Kind = result.GetValue(Kind),
    };

    public static void ValidateFormat(string format)
    {
        if (!ResultFormat.Names.Contains(format))
            throw new Infrastructure.UsageException($"unknown format '{format}' (expected one of: {string.Join(", ", ResultFormat.Names)})");
    }
}
