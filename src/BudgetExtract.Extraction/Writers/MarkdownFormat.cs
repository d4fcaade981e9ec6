using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction.Writers;

/// <summary>One Markdown document with every table: caption, then a pipe table (header rows first).</summary>
public static class MarkdownFormat
{
    public static void Write(ExtractedDocument document, TextWriter output)
    {
        output.WriteLine($"# {Path.GetFileName(document.File)}");
        output.WriteLine();
        for (var i = 0; i < document.Tables.Length; i++)
        {
            WriteTable(i + 1, document.Tables[i], output);
            output.WriteLine();
        }
    }

    private static void WriteTable(int index, Table table, TextWriter output)
    {
        var caption = string.Join(" ", new[] { table.Number, table.Title }.Where(s => !string.IsNullOrEmpty(s)));
        output.WriteLine($"## {index}. {(caption.Length > 0 ? caption : "(untitled table)")}");
        output.WriteLine();
        var facts = new List<string> { $"pages {string.Join(", ", table.Pages)}" };
        if (table.Unit is not null) facts.Add($"unit {table.Unit}");
        facts.AddRange(table.MetaLines);
        output.WriteLine(string.Join(" · ", facts.Select(Escape)));
        output.WriteLine();
        var grid = table.Grid();
        if (grid.Length == 0) return;
        var headerRows = Math.Max(1, table.HeaderRowCount);
        for (var r = 0; r < grid.Length; r++)
        {
            var cells = grid[r].Select(Escape);
            output.WriteLine(r < headerRows && r > 0
                ? "| " + string.Join(" | ", cells.Select(c => c.Length > 0 ? $"**{c}**" : c)) + " |"
                : "| " + string.Join(" | ", cells) + " |");
            if (r == 0) output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", table.ColumnCount)));
        }
        foreach (var note in table.Notes)
        {
            output.WriteLine();
            output.WriteLine($"> {Escape(note)}");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
