using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetExtract.Store.Export;

/// <summary>One workbook, one sheet per table, streamed row by row (a large export never sits in memory as a DOM).</summary>
internal static class XlsxWriter
{
    private const int MaxRows = 1_048_575; // Excel's sheet limit minus the header row

    public static void Write(string path, IReadOnlyList<(string Name, ResultTable Table)> sheets)
    {
        foreach (var (name, table) in sheets)
            if (table.Rows.Count > MaxRows)
                throw new Diagnostics.InputException(path, $"{table.Rows.Count} {name} rows exceed an Excel sheet's {MaxRows}; narrow the export or use --format csv");

        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var entries = new List<Sheet>();
        uint id = 1;
        foreach (var (name, table) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, [.. table.Columns]);
                foreach (var row in table.Rows) WriteRow(writer, row);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            entries.Add(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        workbook.Workbook = new Workbook(new Sheets(entries));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, object?[] values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell());
                    break;
                case decimal or long or int:
                    writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(CellText.Of(value)) });
                    break;
                default:
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(XmlSafe(CellText.Of(value)))) });
                    break;
            }
        }
        writer.WriteEndElement();
    }

    // XML 1.0 forbids most control characters; a stray one from a PDF must not make the workbook unreadable.
    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string([.. text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r')]) : text;
}
