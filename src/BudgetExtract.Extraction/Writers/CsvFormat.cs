using System.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction.Writers;

/// <summary>CSV (RFC 4180): one file per table, header rows first, full-width grid.</summary>
public static class CsvFormat
{
    public static void WriteTable(Table table, TextWriter output)
    {
        foreach (var row in table.Grid()) output.Write(string.Join(",", row.Select(Quote)) + "\r\n");
    }

    /// <summary>Writes table i of the document to DIR/stem-table-i.csv; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(ExtractedDocument document, string directory, string stem)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        for (var i = 0; i < document.Tables.Length; i++)
        {
            var path = Path.Combine(directory, $"{stem}-table-{i + 1:D2}.csv");
            using (var writer = new StreamWriter(path + ".partial", false, new UTF8Encoding(true)))
                WriteTable(document.Tables[i], writer);
            File.Move(path + ".partial", path, overwrite: true);
            paths.Add(path);
        }
        return paths;
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
