using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Output;

/// <summary>The <c>--format</c> of query and diff output: table (aligned text for people), csv or json (for programs).</summary>
public static class ResultFormat
{
    public static readonly IReadOnlyList<string> Names = ["table", "csv", "json"];

    public static void Write(string format, ResultTable table, TextWriter writer)
    {
        switch (format)
        {
            case "csv": CsvFormat.Write(table, writer); break;
            case "json": JsonFormat.Write(table, writer); break;
            default: TextTableFormat.Write(table, writer); break;
        }
    }
}
