using System.CommandLine;
using BudgetExtract.Cli.Infrastructure;

namespace BudgetExtract.Cli.Commands;

/// <summary>The command-line surface of <c>query</c> and its subcommands.</summary>
internal static class QueryCommandLine
{
    public static Command Build(CliContext context)
    {
        var query = new Command("query", "Query the store: budget lines, tables, full-text search, read-only SQL");
        query.Subcommands.Add(Lines(context));
        query.Subcommands.Add(Tables(context));
        query.Subcommands.Add(Table(context));
        query.Subcommands.Add(Search(context));
        query.Subcommands.Add(Sql(context));
        return query;
    }

    private static Command Lines(CliContext context)
    {
        var o = new StoreCommandOptions();
        var code = new Option<string?>("--code") { Description = "Subject code prefix (208 selects 20805, 2080505)" };
        var name = new Option<string?>("--name") { Description = "Part of the subject name" };
        var column = new Option<string?>("--column") { Description = "Amount column, exactly as printed (e.g. 基本支出)" };
        var command = new Command("lines", "Budget lines (one per amount cell), amounts in yuan") { o.Db, code, name, column, o.Limit, o.Format };
        o.AddDocumentFilters(command);
        command.SetAction((r, _) => context.RunAsync(() => new QueryCommand(context.Stdout).RunAsync(Settings("lines", r, o) with
        {
            Filter = o.Filter(r) with { Code = r.GetValue(code), Name = r.GetValue(name), Column = r.GetValue(column), Limit = r.GetValue(o.Limit) },
        })));
        return command;
    }

    private static Command Tables(CliContext context)
    {
        var o = new StoreCommandOptions();
        var title = new Option<string?>("--title") { Description = "Part of the table title or number (e.g. 三公, 表3)" };
        var command = new Command("tables", "Tables of the stored documents: number, title, kind, pages") { o.Db, title, o.Limit, o.Format };
        o.AddDocumentFilters(command);
        command.SetAction((r, _) => context.RunAsync(() => new QueryCommand(context.Stdout).RunAsync(Settings("tables", r, o) with { Title = r.GetValue(title), Filter = o.Filter(r) with { Limit = r.GetValue(o.Limit) } })));
        return command;
    }

    private static Command Table(CliContext context)
    {
        var o = new StoreCommandOptions();
        var sha = new Argument<string>("sha256") { Description = "The document's sha256 (a unique prefix is enough)" };
        var index = new Argument<int>("table") { Description = "The table's index, as 'query tables' lists it" };
        var command = new Command("table", "One stored table's grid, header and rows as printed") { sha, index, o.Db, o.Format };
        command.SetAction((r, _) => context.RunAsync(() => new QueryCommand(context.Stdout).RunAsync(Settings("table", r, o) with
        {
            Text = r.GetValue(sha),
            Table = r.GetValue(index),
        })));
        return command;
    }

    private static Command Search(CliContext context)
    {
        var o = new StoreCommandOptions();
        var text = new Argument<string>("text") { Description = "Words to find in table titles, table rows and line names (any length, e.g. 三公)" };
        var command = new Command("search", "Full-text search (default limit 100 hits)") { text, o.Db, o.Limit, o.Format };
        o.AddDocumentFilters(command);
        command.SetAction((r, _) => context.RunAsync(() => new QueryCommand(context.Stdout).RunAsync(Settings("search", r, o) with { Text = r.GetValue(text), Filter = o.Filter(r) with { Limit = r.GetValue(o.Limit) } })));
        return command;
    }

    private static Command Sql(CliContext context)
    {
        var o = new StoreCommandOptions();
        var sql = new Argument<string>("sql") { Description = "A SELECT statement; the database is opened read-only" };
        var command = new Command("sql", "Run read-only SQL (tables: documents, tables, lines, indicators, checks; views: line_view, indicator_view)") { sql, o.Db, o.Format };
        command.SetAction((r, _) => context.RunAsync(() => new QueryCommand(context.Stdout).RunAsync(Settings("sql", r, o) with { Text = r.GetValue(sql) })));
        return command;
    }

    private static QuerySettings Settings(string what, ParseResult r, StoreCommandOptions o)
    {
        // table and sql take no document filters: their options are not part of those commands.
        var filtered = what is not ("table" or "sql");
        return new QuerySettings
        {
            What = what,
            Db = r.GetValue(o.Db)!,
            Filter = filtered ? o.Filter(r) : new(),
            Aliases = filtered ? r.GetValue(o.Aliases) : null,
            Format = r.GetValue(o.Format)!,
        };
    }
}
