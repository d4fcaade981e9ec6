using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Evaluation.Lines;

/// <summary>
/// One column of an expected row: a line with <see cref="Yuan"/> (null for a blank or dash cell), or — JSON null —
/// no line at all (the row has no cell there, e.g. a label spanning that column).
/// </summary>
public readonly record struct ExpectedAmount(bool HasLine, decimal? Yuan);

/// <summary>One expected row of an amount table: its labels and each column's amount, in column order.</summary>
/// <param name="Hierarchy">True when the file gives <c>level</c> (and <c>parent</c>): the line must then carry them too.</param>
/// <param name="Unit">The budget unit the row belongs to, checked when given.</param>
public sealed record ExpectedRow(string? Code, string? Name, bool Hierarchy, int? Level, string? Parent, string? Unit, ImmutableArray<ExpectedAmount> Amounts);

/// <summary>One expected indicator; <see cref="Target"/> is the printed target, the rest its parsed parts.</summary>
public sealed record ExpectedIndicator(string? Level1, string? Level2, string? Level3, string? Target, string? Op, decimal? Value, string? Unit);

/// <summary>
/// The complete lines (or indicators) of one table, or of one side of a two-sided table, as printed: the table is
/// found by its title and a page it is printed on; amounts are printed text × <see cref="Scale"/> yuan.
/// </summary>
public sealed record ExpectedLineTable(
    string? Title,
    int Page,
    string? Side,
    decimal Scale,
    ImmutableArray<string> Columns,
    ImmutableArray<ExpectedRow> Rows,
    ImmutableArray<ExpectedIndicator> Indicators);

/// <summary>
/// Reads a line-level expected file (corpus/expected-lines/&lt;doc&gt;.json):
/// {"tables":[{"title","page","side"?,"unit":"万元","columns":[…],"rows":[{"code"?,"name"?,"level"?,"parent"?,"unit"?,"amounts":["1,234.50","",null,…]}],
/// "indicators":[{"level1","level2","level3","target","op","value","unit"}]}]}.
/// </summary>
public static class ExpectedLinesFile
{
    public static ImmutableArray<ExpectedLineTable> Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!document.RootElement.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
                throw new InputException(path, "expected-lines file has no \"tables\" array");
            return [.. tables.EnumerateArray().Select(t => Table(path, t))];
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
            throw new InputException(path, $"malformed expected-lines table ({e.Message})", e);
        }
    }

    private static ExpectedLineTable Table(string path, JsonElement t)
    {
        var columns = Strings(t, "columns").Select(c => c ?? "").ToImmutableArray();
        var scale = Scale(path, Text(t, "unit"));
        var rows = Array(t, "rows").Select(r => Row(r, scale)).ToImmutableArray();
        foreach (var r in rows)
            if (r.Amounts.Length != columns.Length)
                throw new InputException(path, $"table '{Text(t, "title")}': row '{r.Code ?? r.Name}' has {r.Amounts.Length} amounts for {columns.Length} columns");
        return new ExpectedLineTable(Text(t, "title"), t.GetProperty("page").GetInt32(), Text(t, "side"), scale,
            columns, rows, [.. Array(t, "indicators").Select(Indicator)]);
    }

    private static ExpectedRow Row(JsonElement r, decimal scale)
    {
        var hierarchy = r.TryGetProperty("level", out var level);
        return new ExpectedRow(Text(r, "code"), Text(r, "name"), hierarchy,
            hierarchy && level.ValueKind == JsonValueKind.Number ? level.GetInt32() : null, Text(r, "parent"), Text(r, "unit"),
            [.. Strings(r, "amounts").Select(a => Yuan(a, scale))]);
    }

    /// <summary>Printed amount × scale; blanks and dashes are null; JSON null is no line. Parsed here, independently of the normalizer under test.</summary>
    private static ExpectedAmount Yuan(string? printed, decimal scale)
    {
        if (printed is null) return new ExpectedAmount(false, null);
        var t = new string(printed.Where(c => !char.IsWhiteSpace(c) && c is not (',' or '，')).ToArray());
        if (t.Length == 0 || t.All(c => c is '-' or '—' or '－' or '–')) return new ExpectedAmount(true, null);
        var negative = t[0] is '(' or '（' or '-';
        var digits = t.Trim('(', ')', '（', '）', '-');
        return new ExpectedAmount(true, decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * scale * (negative ? -1 : 1));
    }

    private static ExpectedIndicator Indicator(JsonElement i) =>
        new(Text(i, "level1"), Text(i, "level2"), Text(i, "level3"), Text(i, "target"), Text(i, "op"),
            Text(i, "value") is { } v ? decimal.Parse(v, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null,
            Text(i, "unit"));

    /// <summary>The yuan per printed unit: 元 1, 千元 1 000, 万元 10 000, 亿元 10⁸.</summary>
    private static decimal Scale(string path, string? unit) => unit switch
    {
        null or "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => throw new InputException(path, $"unknown unit '{unit}' (元, 千元, 万元 or 亿元)"),
    };

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static IEnumerable<string?> Strings(JsonElement e, string name) =>
        Array(e, name).Select(x => x.ValueKind == JsonValueKind.Null ? null : x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText());

    private static string? Text(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : v.ValueKind == JsonValueKind.Number ? v.GetRawText()
        : null;
}
