using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetExtract.CorpusGen.Render;

/// <summary>
/// Writes an expected document as JSON with one row or one cell per line: readable in a diff, and a fraction
/// of the size of fully indented JSON.
/// </summary>
internal static class ExpectedJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ExpectedDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"tables\": [");
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var table = document.Tables[t];
            sb.Append(t == 0 ? "\n" : ",\n").Append("    {\n");
            Field("number", table.Number);
            Field("title", table.Title);
            Field("unit", table.Unit);
            Field("pages", table.Pages);
            List("header", table.Header);
            List("rows", table.Rows);
            List("cells", table.Cells);
            List("notes", table.Notes, last: true);
            sb.Append("    }");
        }
        sb.Append("\n  ]\n}\n");
        return sb.ToString();

        void Field<T>(string name, T value) =>
            sb.Append("      \"").Append(name).Append("\": ").Append(JsonSerializer.Serialize(value, Compact)).Append(",\n");

        void List<T>(string name, IReadOnlyList<T> items, bool last = false)
        {
            sb.Append("      \"").Append(name).Append("\": [");
            for (var i = 0; i < items.Count; i++)
                sb.Append(i == 0 ? "\n" : ",\n").Append("        ").Append(JsonSerializer.Serialize(items[i], Compact));
            sb.Append(items.Count == 0 ? "]" : "\n      ]").Append(last ? "\n" : ",\n");
        }
    }
}
