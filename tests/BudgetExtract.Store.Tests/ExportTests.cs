using System.Text.Json;
using BudgetExtract.Store.Export;
using BudgetExtract.Store.Query;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetExtract.Store.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly StoreScope _scope = new();

    public ExportTests() => _scope.StoreAll(
        (Fixtures.Budget("sz-2024", "深圳市统计局", 2024), "/in/sz-2024.pdf"),
        (Fixtures.Result("sz-2025", "深圳市统计局", 2025, lines:
        [
            Fixtures.Line("2080505", "机关事业单位基本养老保险缴费支出", "基本支出", 1_234_567.89m),
            Fixtures.Line(null, "因公出国（境）费, 含\"港澳台\"", "合计", null),
        ]), "/in/sz-2025.pdf"));

    public void Dispose() => _scope.Dispose();

    private ExportSummary Export(string format, LineFilter? filter = null)
    {
        using var queries = _scope.OpenQueries();
        return new Exporter(queries, new FixedTime(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)))
            .Export(format, Path.Combine(_scope.Dir, "out"), filter ?? new LineFilter());
    }

    [Fact]
    public void Export_columns_match_the_documented_field_schemas()
    {
        Assert.Equal(ExportFields.Lines.Select(f => f.Name), BudgetQueries.LineColumns);
        Assert.Equal(ExportFields.Indicators.Select(f => f.Name), BudgetQueries.IndicatorColumns);
    }

    [Fact]
    public void Csv_holds_exact_amounts_and_quotes_only_where_needed()
    {
        var summary = Export("csv", new LineFilter { Year = 2025 });
        Assert.Equal(2, summary.Lines);
        var lines = File.ReadAllLines(Path.Combine(_scope.Dir, "out", "lines.csv"));
        Assert.Equal(string.Join(",", BudgetQueries.LineColumns), lines[0]);
        Assert.EndsWith(",2080505,机关事业单位基本养老保险缴费支出,3,20805,,基本支出,1234567.89,1234567.89,5", lines[1]);
        Assert.Contains(",\"因公出国（境）费, 含\"\"港澳台\"\"\",", lines[2]);
        Assert.EndsWith(",合计,,-,5", lines[2]);
        Assert.Equal([string.Join(",", BudgetQueries.IndicatorColumns)], File.ReadAllLines(Path.Combine(_scope.Dir, "out", "indicators.csv")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_scope.Dir, "out"), "*.partial"));
    }

    [Fact]
    public void Jsonl_has_one_object_per_line_with_decimal_amounts()
    {
        Export("jsonl");
        var lines = File.ReadAllLines(Path.Combine(_scope.Dir, "out", "lines.jsonl"));
        Assert.Equal(Fixtures.Budget("x", "x", 2024).Lines.Length + 2, lines.Length);
        using var last = JsonDocument.Parse(lines[^2]);
        Assert.Equal(1_234_567.89m, last.RootElement.GetProperty("amount").GetDecimal());
        Assert.Equal(2025, last.RootElement.GetProperty("year").GetInt32());
        var indicators = File.ReadAllLines(Path.Combine(_scope.Dir, "out", "indicators.jsonl"));
        using var first = JsonDocument.Parse(indicators[0]);
        Assert.Equal("举办各类服务活动", first.RootElement.GetProperty("level3").GetString());
        Assert.Equal(500m, first.RootElement.GetProperty("target_value").GetDecimal());
    }

    [Fact]
    public void Xlsx_has_a_sheet_each_with_numbers_as_numbers()
    {
        var summary = Export("xlsx");
        var path = Assert.Single(summary.Files);
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["lines", "indicators"], sheets.Select(s => s.Name!.Value));
        var data = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.GetFirstChild<SheetData>()!;
        var rows = data.Elements<Row>().ToList();
        Assert.Equal(summary.Lines + 1, rows.Count);
        var header = rows[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList();
        Assert.Equal(BudgetQueries.LineColumns, header);
        var amount = rows[^2].Elements<Cell>().ElementAt(header.IndexOf("amount"));
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
        Assert.Equal("1234567.89", amount.CellValue!.Text);
        Assert.Equal("深圳市统计局", rows[1].Elements<Cell>().ElementAt(1).InlineString!.InnerText);
    }

    [Fact]
    public void Datapackage_describes_each_csv_resource_with_typed_fields()
    {
        Export("datapackage", new LineFilter { Department = "深圳市统计局" });
        var dir = Path.Combine(_scope.Dir, "out");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "datapackage.json")));
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Equal("2026-04-01T00:00:00Z", root.GetProperty("created").GetString());
        Assert.Contains("department 深圳市统计局", root.GetProperty("description").GetString());
        foreach (var resource in root.GetProperty("resources").EnumerateArray())
        {
            var csv = Path.Combine(dir, resource.GetProperty("path").GetString()!);
            var header = File.ReadLines(csv).First().Split(',');
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "number" }));
        }
        var amount = root.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "amount");
        Assert.Equal("number", amount.GetProperty("type").GetString());
    }
}
