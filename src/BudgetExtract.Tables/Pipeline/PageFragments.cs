using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Layout.Text;
using BudgetExtract.Tables.Captions;

namespace BudgetExtract.Tables.Pipeline;

/// <summary>The page's words flattened (with their line), and the lines left once tables took their words.</summary>
internal static class PageWords
{
    public static List<PageWord> Of(PageLayout page)
    {
        var words = new List<PageWord>();
        for (var i = 0; i < page.Lines.Length; i++)
            foreach (var w in page.Lines[i].Words) words.Add(new PageWord(w, i));
        return words;
    }

    public static List<FreeLine> FreeLines(IReadOnlyList<PageWord> words, HashSet<int> used)
    {
        var lines = new List<FreeLine>();
        var byLine = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used.Contains(i)) continue;
            if (!byLine.TryGetValue(words[i].Line, out var list)) byLine[words[i].Line] = list = [];
            list.Add(i);
        }
        foreach (var (_, indexes) in byLine)
        {
            var ordered = indexes.OrderBy(i => words[i].Word.Box.X0).ToList();
            lines.Add(new FreeLine(
                TextLine.Join(ordered.Select(i => words[i].Word)),
                Box.Bounding(ordered.Select(i => words[i].Word.Box)),
                ordered,
                ordered.Max(i => words[i].Word.FontSize))
            {
                ReadByOcr = ordered.All(i => words[i].Word.ReadByOcr),
                Footnote = ordered.Count > 1 && FootnoteMarkers.IsMarker(words[ordered[0]].Word, ordered.Skip(1).Max(i => words[i].Word.FontSize)),
            });
        }
        return lines;
    }
}
