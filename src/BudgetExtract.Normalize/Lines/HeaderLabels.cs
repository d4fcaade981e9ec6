using BudgetExtract.Normalize.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Lines;

/// <summary>Column labels from multi-level headers: the texts covering a column, top to bottom, joined by "/".</summary>
internal static class HeaderLabels
{
    public static string[] For(Table table)
    {
        var covering = new string?[table.HeaderRowCount, table.ColumnCount];
        foreach (var cell in table.Cells)
        {
            if (cell.Row >= table.HeaderRowCount) continue;
            for (var r = cell.Row; r < Math.Min(table.HeaderRowCount, cell.Row + Math.Max(1, cell.RowSpan)); r++)
                for (var c = cell.Col; c < Math.Min(table.ColumnCount, cell.Col + Math.Max(1, cell.ColSpan)); c++)
                    covering[r, c] = CellText.Clean(cell.Text);
        }
        var labels = new string[table.ColumnCount];
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var parts = new List<string>();
            for (var r = 0; r < table.HeaderRowCount; r++)
            {
                var t = covering[r, c];
                if (!string.IsNullOrEmpty(t) && (parts.Count == 0 || parts[^1] != t)) parts.Add(t);
            }
            labels[c] = string.Join("/", parts);
        }
        return labels;
    }
}
