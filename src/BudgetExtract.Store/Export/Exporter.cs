using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetExtract.Contract;
using BudgetExtract.Store.Names;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Export;

/// <summary>What an export wrote: the files, and how many lines and indicators.</summary>
public sealed record ExportSummary(IReadOnlyList<string> Files, int Lines, int Indicators);

/// <summary>
/// Writes the selected lines and indicators to a directory: csv (lines.csv, indicators.csv), jsonl (one object per
/// line), xlsx (budget.xlsx, a sheet each) or datapackage (a Frictionless tabular data package: datapackage.json
/// with field schemas, plus the two CSV resources). Files are written beside and then moved into place.
/// </summary>
public sealed class Exporter(BudgetQueries queries, TimeProvider? time = null)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public ExportSummary Export(string format, string directory, LineFilter filter, DepartmentAliases? aliases = null)
    {
        if (!ExportFormat.Names.Contains(format))
            throw new ArgumentException($"unknown export format '{format}'", nameof(format));
        Directory.CreateDirectory(directory);
        var lines = queries.Lines(filter, aliases);
        var indicators = queries.Indicators(filter, aliases);
        var files = new List<string>();
        switch (format)
        {
            case ExportFormat.Csv:
                files.Add(WriteText(directory, "lines.csv", w => CsvFormat.Write(lines, w)));
                files.Add(WriteText(directory, "indicators.csv", w => CsvFormat.Write(indicators, w)));
                break;
            case ExportFormat.JsonLines:
                files.Add(WriteText(directory, "lines.jsonl", w => JsonFormat.WriteLines(lines, w)));
                files.Add(WriteText(directory, "indicators.jsonl", w => JsonFormat.WriteLines(indicators, w)));
                break;
            case ExportFormat.Xlsx:
                files.Add(Publish(directory, "budget.xlsx", temporary => XlsxWriter.Write(temporary, [("lines", lines), ("indicators", indicators)])));
                break;
            case ExportFormat.DataPackage:
                files.Add(WriteText(directory, "lines.csv", w => CsvFormat.Write(lines, w)));
                files.Add(WriteText(directory, "indicators.csv", w => CsvFormat.Write(indicators, w)));
                files.Add(WriteText(directory, "datapackage.json", w => w.Write(DataPackage(filter, lines.Rows.Count, indicators.Rows.Count))));
                break;
        }
        return new ExportSummary(files, lines.Rows.Count, indicators.Rows.Count);
    }

    private string DataPackage(LineFilter filter, int lineCount, int indicatorCount)
    {
        var created = (time ?? TimeProvider.System).GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "budgetextract-export",
            ["title"] = "Budget lines and performance indicators extracted by BudgetExtract",
            ["description"] = "Selection: " + Describe(filter) + ". Only the current version of each document; amounts in yuan.",
            ["created"] = created,
            ["resources"] = new JsonArray(
                Resource("lines", "lines.csv", "One row per amount cell of a classified budget table", ExportFields.Lines, lineCount),
                Resource("indicators", "indicators.csv", "One row per performance indicator", ExportFields.Indicators, indicatorCount)),
        };
        return package.ToJsonString(ContractJson.Options) + "\n";
    }

    private static JsonObject Resource(string name, string path, string description, IReadOnlyList<ExportField> fields, int rows) => new()
    {
        ["profile"] = "tabular-data-resource",
        ["name"] = name,
        ["path"] = path,
        ["description"] = $"{description} ({rows} rows)",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject { ["delimiter"] = ",", ["header"] = true, ["doubleQuote"] = true },
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["type"] = f.Type,
                ["description"] = f.Description,
            })]),
            ["missingValues"] = new JsonArray(""),
        },
    };

    private static string Describe(LineFilter filter)
    {
        var parts = new List<string>();
        if (filter.Region is not null) parts.Add("region " + filter.Region);
        if (filter.Department is not null) parts.Add("department " + filter.Department);
        if (filter.Year is not null) parts.Add("year " + filter.Year);
        if (filter.Kind is not null) parts.Add("kind " + filter.Kind);
        return parts.Count == 0 ? "everything stored" : string.Join(", ", parts);
    }

    private static string WriteText(string directory, string name, Action<TextWriter> write) =>
        Publish(directory, name, temporary =>
        {
            using var writer = new StreamWriter(temporary, false, Utf8);
            write(writer);
        });

    // Write beside, then move: a reader never sees half a file.
    private static string Publish(string directory, string name, Action<string> write)
    {
        var target = Path.Combine(directory, name);
        var temporary = target + ".partial";
        write(temporary);
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}
