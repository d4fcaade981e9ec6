using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Captions;

/// <summary>
/// Some producers draw the title inside the grid, as a first row of one cell across the whole width
/// ("XX项目绩效目标表"). Unless a numbered caption is printed above, that row is the title, not content.
/// </summary>
internal static class TitleRowLifter
{
    public static Fragment Lift(Fragment fragment)
    {
        // A printed number (表3) makes the caption authoritative; a section heading above does not.
        if (fragment.Caption.Number is not null || fragment.RowCount < 2) return fragment;
        var firstRow = fragment.Cells.Where(c => c.Row == 0).ToList();
        if (firstRow.Count != 1 || firstRow[0].ColSpan != fragment.ColumnCount || firstRow[0].RowSpan != 1) return fragment;
        var text = firstRow[0].Text.Trim();
        if (!text.Contains('表') || text.Length > 60 || text.EndsWith('。')) return fragment;
        var rest = fragment.Cells.Where(c => c.Row > 0).Select(c => c with { Row = c.Row - 1 }).ToList();
        var box = fragment.Box with { Y0 = firstRow[0].Box.Y1 };
        return fragment with
        {
            Caption = fragment.Caption with { Title = CaptionFinder.CollapseSpaces(text) },
            Cells = [.. rest],
            RowCount = fragment.RowCount - 1,
            Box = box,
        };
    }
}
