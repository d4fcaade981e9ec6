using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Tables.Captions;
using BudgetExtract.Tables.Headers;
using BudgetExtract.Tables.Model;
using BudgetExtract.Tables.Pipeline;
using BudgetExtract.Tables.Ruled;
using BudgetExtract.Tables.Rulings;
using BudgetExtract.Tables.Stitching;
using BudgetExtract.Tables.Unruled;

namespace BudgetExtract.Tables;

/// <summary>
/// Finds tables page by page — ruled grids first (from ruling lines), then unruled tables (from the
/// alignment of words across lines) in what is left — attaches captions and notes, counts header rows,
/// and stitches parts continued across pages into one table.
/// </summary>
public sealed class GridTableExtractor(TableOptions? options = null) : ITableExtractor
{
    private readonly TableOptions _options = options ?? new TableOptions();

    public ImmutableArray<Table> Extract(IReadOnlyList<PageLayout> pages)
    {
        var placed = new List<PlacedFragment>();
        List<FreeLine> announcing = [];
        foreach (var page in pages)
        {
            // An unruled table running to the foot of the previous page may go on at the top of this one.
            var open = placed.Count > 0 && placed[^1] is { LastOnPage: true, ContentBelow: false, Fragment: { Ruled: false } last }
                       && last.Page == page.Page.Number - 1 ? last : null;
            placed.AddRange(ReadPage(page, out var announcesNext, open, announcing));
            announcing = announcesNext;
        }
        var groups = ContinuedTableStitcher.Group(placed, _options);
        return [.. groups.Select(TableAssembler.Assemble)];
    }

    /// <param name="open">The previous page's last part when it runs to the foot of that page (unruled only).</param>
    /// <param name="announcing">The lines ending the previous page when they announce a table (表 12 / 单位：万元) it does not
    /// hold: the table stands at the top of this page, and they are its caption.</param>
    /// <param name="announcesNext">This page's last free lines when the page ends so; otherwise empty.</param>
    internal List<PlacedFragment> ReadPage(PageLayout page, out List<FreeLine> announcesNext, Fragment? open = null, List<FreeLine>? announcing = null)
    {
        announcing ??= [];
        var words = PageWords.Of(page);
        var used = new HashSet<int>();
        var fragments = new List<Fragment>();
        var rulings = RulingLines.Merge(page.Page.Rulings, _options);
        foreach (var (fragment, taken) in RuledFragmentReader.Read(page, rulings, words, _options))
        {
            fragments.Add(fragment);
            used.UnionWith(taken);
        }
        var unruled = AlignmentFragmentReader.Read(page, rulings.Horizontal, words, used, fragments, out var pageAnnounces, open, announcing.Count > 0);
        foreach (var (fragment, taken) in unruled)
        {
            fragments.Add(fragment);
            used.UnionWith(taken);
        }
        announcesNext = [];
        if (fragments.Count == 0)
        {
            if (pageAnnounces) announcesNext = PageWords.FreeLines(words, used);
            return [];
        }
        fragments.Sort((a, b) => a.Box.Y0.CompareTo(b.Box.Y0));

        var free = PageWords.FreeLines(words, used);
        var consumed = new HashSet<FreeLine>();
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            var upper = i > 0 ? fragments[i - 1].Box.Y1 : double.MinValue;
            var above = free.Where(l => !consumed.Contains(l) && l.Box.Y1 <= f.Box.Y0 + 2 && l.Box.Y0 >= upper)
                .OrderByDescending(l => l.Box.Y1);
            var (caption, captionLines) = CaptionFinder.Find(f, above, _options);
            // Text carried over the page into a later column is no title, however it reads.
            if (i == 0 && !f.Ruled && IsCarriedText(caption, captionLines, f)) (caption, captionLines) = (TableCaption.None, []);
            // The caption the previous page ended with, read as if printed right above the part (unruled parts only: on the
            // LibreOffice and Chromium renderings a ruled part so captioned was cut from the table it continues).
            if (i == 0 && !f.Ruled && caption.IsEmpty && announcing.Count > 0) caption = CaptionFinder.Find(f, JustAbove(announcing, f), _options).Caption;
            consumed.UnionWith(captionLines);
            fragments[i] = CaptionRowLifter.Lift(f with { Caption = caption });
        }
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            var lower = i + 1 < fragments.Count ? fragments[i + 1].Box.Y0 : double.MaxValue;
            var below = free.Where(l => !consumed.Contains(l) && l.Box.Y0 >= f.Box.Y1 - 2 && l.Box.Y1 <= lower)
                .OrderBy(l => l.Box.Y0);
            var (notes, noteLines) = CaptionFinder.FindNotes(f, below, _options);
            consumed.UnionWith(noteLines);
            fragments[i] = f with { Notes = notes, HeaderRows = HeaderRowCounter.Count(f) };
        }

        var lastPart = fragments[^1];
        var (withLabel, labelLines) = TrailingLabelRow.Attach(lastPart, [.. free.Where(l => !consumed.Contains(l) && l.Box.Y0 >= lastPart.Box.Y1 - 2)], words);
        fragments[^1] = withLabel;
        consumed.UnionWith(labelLines);

        var remaining = free.Where(l => !consumed.Contains(l)).ToList();
        if (pageAnnounces) announcesNext = [.. remaining.Where(l => l.Box.Y0 >= fragments[^1].Box.Y1)];
        return [.. fragments.Select((f, i) =>
        {
            var above = remaining.Where(l => l.Box.Y1 <= f.Box.Y0).ToList();
            var carriedOver = i == 0 && !f.Ruled && f.ColumnCount >= 2 && above.All(l => InsideLaterColumns(l.Box, f));
            return new PlacedFragment(
                carriedOver ? f with { CarriedOver = [.. above.OrderBy(l => l.Box.Y0).Select(l => (l.Box, l.Text))] } : f,
                FirstOnPage: i == 0,
                LastOnPage: i == fragments.Count - 1,
                LinesAbove: [.. above.Select(l => l.Text)],
                ContentBelow: remaining.Any(l => l.Box.Y0 >= f.Box.Y1),
                CarriedOverAbove: carriedOver);
        })];
    }

    /// <summary>Lines moved up or down together so that the lowest ends right above the part, closest first.</summary>
    private static IEnumerable<FreeLine> JustAbove(List<FreeLine> lines, Fragment part)
    {
        var shift = part.Box.Y0 - 1 - lines.Max(l => l.Box.Y1);
        return lines.Select(l => l with { Box = new Box(l.Box.X0, l.Box.Y0 + shift, l.Box.X1, l.Box.Y1 + shift) }).OrderByDescending(l => l.Box.Y1);
    }

    /// <summary>
    /// A title alone (no number, unit or meta line) on lines starting where a later column's text starts, as a wrapped
    /// cell's lines do, and reading on from above (a clause mark, a bracket closed): the rest of the previous page's last
    /// row carried over (加大高新技术企业培育力度若干措施》(深府〔2019〕1号)、…), not a title.
    /// </summary>
    private static bool IsCarriedText(TableCaption caption, List<FreeLine> lines, Fragment part)
    {
        if (caption.Title is null || caption.Number is not null || caption.Unit is not null || !caption.MetaLines.IsEmpty || lines.Count == 0
            || part.ColumnCount < 2) return false;
        var columnStarts = part.Cells.Where(c => c.Col > 0 && c.Content is not null).Select(c => c.Content!.Value.X0).ToList();
        return lines.All(l => InsideLaterColumns(l.Box, part) && columnStarts.Count(x => Math.Abs(x - l.Box.X0) <= 1.5) >= 2)
               && lines.Any(l => ReadsOnFromAbove(l.Text));
    }

    /// <summary>A sentence's middle: a clause mark, or a bracket closed that the line never opened (…若干措施》(深府〔2019〕1号)、).</summary>
    private static bool ReadsOnFromAbove(string text)
    {
        if (text.IndexOfAny(['，', '。', '；', '、']) >= 0) return true;
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch is '《' or '（' or '(' or '〔' or '【') depth++;
            else if (ch is '》' or '）' or ')' or '〕' or '】' && --depth < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A line lying within the part's columns after the first (a point of slack at the right edge), or wholly right of
    /// the part: the rest of a cell of a last column this page leaves empty (偏差原因分析 going on over the page).
    /// </summary>
    private static bool InsideLaterColumns(Box line, Fragment part) =>
        line.X0 >= part.ColumnEdges[1] - 1 && (line.X1 <= part.ColumnEdges[^1] + 1 || line.X0 >= part.ColumnEdges[^1] - 1);
}
