using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetExtract.ScanGen;

/// <summary>
/// Derives the expected file of a page-subset scan from the verified expected file of the whole document: the
/// tables printed on the kept pages, with page numbers renumbered to the scan's (the i-th kept page becomes
/// page i). Only whole tables are kept: a table with some pages in the subset and some out is an error, because
/// its rows cannot be split by page without guessing.
/// </summary>
public static class ExpectedSubset
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="pages">The original's pages kept in the scan, in scan order.</param>
    /// <param name="source">Where the tables came from, recorded in the output (<c>derivedFrom</c>).</param>
    public static JsonObject Derive(JsonObject expected, IReadOnlyList<int> pages, string source)
    {
        var newNumber = pages.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i + 1);
        var kept = new JsonArray();
        var tables = expected["tables"] as JsonArray ?? throw new FormatException($"{source}: no \"tables\" array");
        foreach (var table in tables.OfType<JsonObject>())
        {
            var tablePages = (table["pages"] as JsonArray ?? throw new FormatException($"{source}: a table has no \"pages\"")).Select(p => p!.GetValue<int>()).ToList();
            var inside = tablePages.Count(newNumber.ContainsKey);
            if (inside == 0) continue;
            if (inside < tablePages.Count)
                throw new FormatException($"{source}: table '{table["number"]} {table["title"]}' spans pages {string.Join(",", tablePages)}; keep all of them or none");
            var copy = (JsonObject)table.DeepClone();
            copy["pages"] = new JsonArray([.. tablePages.Select(p => (JsonNode)newNumber[p])]);
            if (copy["cells"] is JsonArray cells)
                foreach (var cell in cells.OfType<JsonObject>())
                    if (cell["page"] is { } page) cell["page"] = newNumber[page.GetValue<int>()];
            kept.Add(copy);
        }
        var result = new JsonObject { ["derivedFrom"] = $"{source} pages {string.Join(",", pages)} (renumbered 1..{pages.Count})" };
        foreach (var (key, value) in expected)
            if (key is not ("tables" or "derivedFrom")) result[key] = value?.DeepClone();
        result["tables"] = kept;
        return result;
    }

    /// <summary>Reads <paramref name="input"/>, derives the subset and writes it to <paramref name="output"/>; returns the number of tables kept.</summary>
    public static int Write(string input, string output, IReadOnlyList<int> pages)
    {
        var node = JsonNode.Parse(File.ReadAllText(input)) as JsonObject ?? throw new FormatException($"{input}: not a JSON object");
        var subset = Derive(node, pages, input.Replace('\\', '/'));
        var text = new System.Text.StringBuilder();
        Format(subset, text, "");
        File.WriteAllText(output, text.Append('\n').ToString());
        return ((JsonArray)subset["tables"]!).Count;
    }

    /// <summary>Indented like the hand-checked expected files: objects and arrays of arrays open up, a row of scalars or a cell stays on one line.</summary>
    private static void Format(JsonNode? node, System.Text.StringBuilder text, string indent)
    {
        var inner = indent + "  ";
        switch (node)
        {
            case JsonObject o when o.Any(p => p.Value is JsonArray or JsonObject) && !IsCell(o):
                text.Append("{\n");
                var i = 0;
                foreach (var (key, value) in o)
                {
                    text.Append(inner).Append(JsonSerializer.Serialize(key, Compact)).Append(": ");
                    Format(value, text, inner);
                    text.Append(++i < o.Count ? ",\n" : "\n");
                }
                text.Append(indent).Append('}');
                break;
            case JsonArray a when a.Any(e => e is JsonArray or JsonObject):
                text.Append("[\n");
                for (var k = 0; k < a.Count; k++)
                {
                    text.Append(inner);
                    Format(a[k], text, inner);
                    text.Append(k + 1 < a.Count ? ",\n" : "\n");
                }
                text.Append(indent).Append(']');
                break;
            default:
                text.Append(node?.ToJsonString(Compact) ?? "null");
                break;
        }
    }

    private static bool IsCell(JsonObject o) => o.ContainsKey("row") && o.ContainsKey("col");
}
