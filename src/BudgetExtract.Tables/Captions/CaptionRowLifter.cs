using System.Collections.Immutable;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Captions;

/// <summary>
/// Some producers draw the caption inside the grid: a first row of one cell across the whole width holding
/// the title ("XX项目绩效目标表"), or a band holding "预算单位：… 单位：万元". Such rows are caption, not content:
/// the title (unless a numbered caption is printed above), the meta lines and the unit move to the caption.
/// </summary>
internal static class CaptionRowLifter
{
    private const int MaxCaptionRows = 3;

    public static Fragment Lift(Fragment fragment)
    {
        for (var i = 0; i < MaxCaptionRows && fragment.RowCount > 1; i++)
        {
            var lifted = LiftFirstRow(fragment);
            if (lifted is null) break;
            fragment = lifted;
        }
        return fragment;
    }

    private static Fragment? LiftFirstRow(Fragment fragment)
    {
        var firstRow = fragment.Cells.Where(c => c.Row == 0).ToList();
        if (firstRow.Any(c => c.RowSpan != 1)) return null;
        var filled = firstRow.Where(c => c.Text.Length > 0).ToList();
        if (filled.Count == 0) return null;
        var caption = fragment.Caption;

        if (filled.All(c => CaptionPatterns.Meta().IsMatch(c.Text) || CaptionPatterns.Unit().IsMatch(c.Text)))
        {
            var unit = filled.Select(c => CaptionPatterns.Unit().Match(c.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            var metaLine = string.Join(" ", filled.Select(c => c.Text));
            caption = caption with { Unit = caption.Unit ?? unit, MetaLines = caption.MetaLines.Add(metaLine) };
        }
        else if (firstRow.Count == 1 && firstRow[0].ColSpan == fragment.ColumnCount && LooksLikeTitle(firstRow[0].Text))
        {
            // A printed number (表3) makes the caption above authoritative; a section heading above does not.
            if (caption.Number is null) caption = caption with { Title = CaptionFinder.CollapseSpaces(firstRow[0].Text.Trim()) };
        }
        else
        {
            return null;
        }

        var rest = fragment.Cells.Where(c => c.Row > 0).Select(c => c with { Row = c.Row - 1 }).ToImmutableArray();
        return fragment with
        {
            Caption = caption,
            Cells = rest,
            RowCount = fragment.RowCount - 1,
            Box = fragment.Box with { Y0 = firstRow.Max(c => c.Box.Y1) },
        };
    }

    private static bool LooksLikeTitle(string text)
    {
        text = text.Trim();
        return text.Contains('表') && text.Length <= 60 && !text.EndsWith('。');
    }
}
