using System.Globalization;
using System.Text;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Output;

/// <summary>
/// Aligned columns for people. Widths count terminal cells: CJK and full-width characters take two, so Chinese
/// names line up. Numbers are right-aligned; long cells are cut at <see cref="MaxWidth"/> with an ellipsis.
/// </summary>
public static class TextTableFormat
{
    public const int MaxWidth = 40;

    public static void Write(ResultTable table, TextWriter writer)
    {
        if (table.Rows.Count == 0)
        {
            writer.WriteLine("(no rows)");
            return;
        }
        var cells = table.Rows.Select(r => r.Select(v => Cut(CellText.Display(v))).ToArray()).ToList();
        var numeric = Enumerable.Range(0, table.Columns.Count)
            .Select(c => table.Rows.All(r => r[c] is null or decimal or long or int or double)).ToArray();
        var widths = Enumerable.Range(0, table.Columns.Count)
            .Select(c => cells.Select(r => Width(r[c])).Append(Width(table.Columns[c])).Max()).ToArray();

        WriteRow(writer, [.. table.Columns], widths, numeric);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells) WriteRow(writer, row, widths, numeric);
        writer.WriteLine($"({table.Rows.Count} row{(table.Rows.Count == 1 ? "" : "s")})");
        writer.Flush();
    }

    private static void WriteRow(TextWriter writer, string[] row, int[] widths, bool[] numeric)
    {
        var line = new StringBuilder();
        for (var c = 0; c < row.Length; c++)
        {
            if (c > 0) line.Append("  ");
            var pad = new string(' ', widths[c] - Width(row[c]));
            line.Append(numeric[c] ? pad + row[c] : row[c] + (c == row.Length - 1 ? "" : pad));
        }
        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Cut(string text)
    {
        text = text.ReplaceLineEndings(" ");
        if (Width(text) <= MaxWidth) return text;
        var builder = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = RuneWidth(rune);
            if (width + w > MaxWidth - 1) break;
            builder.Append(rune.ToString());
            width += w;
        }
        return builder.Append('…').ToString();
    }

    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += RuneWidth(rune);
        return width;
    }

    private static int RuneWidth(Rune rune)
    {
        var v = rune.Value;
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return 0;
        return v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
    }
}
