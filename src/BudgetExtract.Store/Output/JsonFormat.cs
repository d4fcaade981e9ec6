using System.Text.Json;
using BudgetExtract.Contract;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Output;

/// <summary>JSON: an array of objects keyed by column (or one object per line); amounts are exact JSON numbers.</summary>
public static class JsonFormat
{
    public static void Write(ResultTable table, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(ToObjects(table), ContractJson.Options));
        writer.Write('\n');
        writer.Flush();
    }

    public static void WriteLines(ResultTable table, TextWriter writer)
    {
        foreach (var row in ToObjects(table))
        {
            writer.Write(JsonSerializer.Serialize(row, ContractJson.Compact));
            writer.Write('\n');
        }
        writer.Flush();
    }

    public static List<Dictionary<string, object?>> ToObjects(ResultTable table) =>
        [.. table.Rows.Select(row => table.Columns.Select((c, i) => KeyValuePair.Create(c, row[i])).ToDictionary())];
}
