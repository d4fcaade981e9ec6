using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Output;

/// <summary>RFC 4180 CSV: a header row, fields quoted only when they hold a comma, quote or line break; \n line ends.</summary>
public static class CsvFormat
{
    public static void Write(ResultTable table, TextWriter writer)
    {
        WriteRow(table.Columns, writer);
        foreach (var row in table.Rows) WriteRow(row.Select(CellText.Of), writer);
        writer.Flush();
    }

    public static void WriteRow(IEnumerable<string> fields, TextWriter writer)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(Escape(field));
        }
        writer.Write('\n');
    }

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
