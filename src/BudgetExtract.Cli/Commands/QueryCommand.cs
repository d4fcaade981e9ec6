using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Store.Names;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Cli.Commands;

/// <summary>What <c>budgetextract query …</c> asks: the kind of query and its arguments.</summary>
public sealed record QuerySettings
{
    public required string What { get; init; }
    public string Db { get; init; } = Store.Database.StoreOptions.DefaultPath;
    public LineFilter Filter { get; init; } = new();
    public string? Aliases { get; init; }
    public string Format { get; init; } = "table";

    /// <summary>search: the text; sql: the statement; table: the document's sha256 prefix.</summary>
    public string? Text { get; init; }

    /// <summary>tables: substring of title or number. table: the table's 0-based index.</summary>
    public string? Title { get; init; }
    public int? Table { get; init; }

    public void Validate()
    {
        StoreCommandOptions.ValidateFormat(Format);
        if (Filter.Limit is < 1) throw new UsageException("--limit must be at least 1");
        if (What is "search" or "sql" or "table" && string.IsNullOrWhiteSpace(Text)) throw new UsageException($"query {What}: missing argument");
    }
}

/// <summary>
/// <c>budgetextract query lines|tables|table|search|sql</c>: answers from the store on a read-only connection.
/// <c>--format table</c> shows the most useful columns for people; csv and json carry every column.
/// </summary>
public sealed class QueryCommand(TextWriter stdout)
{
    private static readonly string[] LineDisplay = ["department", "year", "table_title", "code", "name", "unit", "column", "amount", "page"];
    private static readonly string[] TableDisplay = ["department", "year", "file", "table", "number", "title", "table_kind", "unit", "pages", "rows"];

    public Task<int> RunAsync(QuerySettings settings)
    {
        settings.Validate();
        var aliases = DepartmentAliases.Load(settings.Aliases);
        using var queries = BudgetQueries.Open(settings.Db);
        var (result, display) = settings.What switch
        {
            "lines" => (queries.Lines(settings.Filter, aliases), LineDisplay),
            "tables" => (queries.Tables(settings.Filter, settings.Title, aliases), TableDisplay),
            "table" => (queries.TableGrid(settings.Text!, settings.Table ?? 0), null),
            "search" => (queries.Search(settings.Text!, settings.Filter with { Limit = settings.Filter.Limit ?? 100 }, aliases), null),
            "sql" => (queries.Sql(settings.Text!), null),
            _ => throw new UsageException($"unknown query '{settings.What}'"),
        };
        var shown = settings.Format == "table" && display is not null ? Project(result, display) : result;
        ResultFormat.Write(settings.Format, shown, stdout);
        return Task.FromResult(ExitCodes.Ok);
    }

    private static ResultTable Project(ResultTable table, string[] columns)
    {
        var indexes = columns.Select(table.IndexOf).ToArray();
        return new ResultTable(columns, [.. table.Rows.Select(r => indexes.Select(i => r[i]).ToArray())]);
    }
}
