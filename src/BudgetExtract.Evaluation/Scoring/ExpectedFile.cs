using System.Collections.Immutable;
using System.Text.Json;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Evaluation.Scoring;

/// <summary>Reads an expected-output file: {"tables":[{"number","title","pages","header","rows",…}]} (DESIGN.md §5 shape).</summary>
public static class ExpectedFile
{
    /// <summary>True when the file says it lists only some of the document's tables (<c>"partial": true</c>).</summary>
    public static bool IsPartial(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.TryGetProperty("partial", out var p) && p.ValueKind == JsonValueKind.True;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            throw new InputException(path, $"cannot read expected file ({e.Message})", e);
        }
    }

    public static ImmutableArray<ScoredTable> Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
                throw new InputException(path, "expected file has no \"tables\" array");
            return [.. tables.EnumerateArray().Select(Table)];
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot read ({e.Message})", e);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not valid JSON ({e.Message})", e);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
        {
            throw new InputException(path, $"malformed expected table ({e.Message})", e);
        }
    }

    /// <summary>Every table's <c>cells</c> with page and <c>bbox</c> (cells without a box are left out).</summary>
    public static ImmutableArray<PlacedCell> LoadCells(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!document.RootElement.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
                throw new InputException(path, "expected file has no \"tables\" array");
            return [.. tables.EnumerateArray()
                .Where(t => t.TryGetProperty("cells", out var c) && c.ValueKind == JsonValueKind.Array)
                .SelectMany(t => t.GetProperty("cells").EnumerateArray())
                .Where(c => c.TryGetProperty("bbox", out var b) && b.ValueKind == JsonValueKind.Array && b.GetArrayLength() == 4)
                .Select(Cell)];
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot read ({e.Message})", e);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not valid JSON ({e.Message})", e);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InputException(path, $"malformed expected cell ({e.Message})", e);
        }
    }

    private static PlacedCell Cell(JsonElement c)
    {
        var b = c.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return new PlacedCell(c.GetProperty("page").GetInt32(), new Geometry.Box(b[0], b[1], b[2], b[3]),
            Text(c, "text") ?? "", c.TryGetProperty("header", out var h) && h.ValueKind == JsonValueKind.True);
    }

    private static ScoredTable Table(JsonElement t)
    {
        var header = Rows(t, "header");
        var rows = Rows(t, "rows");
        var pages = t.TryGetProperty("pages", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(x => x.GetInt32()).ToImmutableArray() : [];
        return new ScoredTable(Text(t, "number"), Text(t, "title"), pages, header.Length, header.AddRange(rows));
    }

    private static ImmutableArray<ImmutableArray<string>> Rows(JsonElement t, string name) =>
        t.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array
            ? [.. rows.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToImmutableArray())]
            : [];

    private static string? Text(JsonElement t, string name) =>
        t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
