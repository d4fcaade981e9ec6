namespace BudgetExtract.Layout.Text;

/// <summary>
/// A footnote marker (grants¹, total*) is set smaller and raised, so its glyphs fall in a band of their own and it
/// would stand as a line alone, there to be taken for a cell of the next column. It belongs to the word it follows.
/// </summary>
internal static class FootnoteMarkers
{
    /// <summary>A marker has at most this many characters …</summary>
    private const int MaxLength = 3;

    /// <summary>… is printed at most this share of the size of the word it follows …</summary>
    private const double MaxSizeRatio = 0.85;

    /// <summary>… and starts within this share of that word's size after its end.</summary>
    private const double MaxGapRatio = 0.3;

    /// <summary>
    /// Moves each marker to the line of the word it follows. Its own band may hold other text (the values of the
    /// row, when the label beside them sits lower), so markers are looked for word by word.
    /// </summary>
    public static List<TextLine> Attach(List<TextLine> lines)
    {
        var result = lines.ToList();
        var largest = lines.Count == 0 ? 0 : lines.Max(l => l.FontSize);
        foreach (var line in lines)
        {
            // Most short words (amounts of one digit, codes) are set in the body size: no marker among them.
            foreach (var marker in line.Words.Where(w => w.FontSize <= MaxSizeRatio * largest && IsMarkerText(w.Text)))
            {
                var from = result.FindIndex(l => l.Words.Contains(marker));
                var to = result.FindIndex(l => l.Words.Any(w => w != marker && Follows(marker, w)));
                if (from < 0 || to < 0 || from == to) continue;
                result[to] = TextLine.Of([.. result[to].Words, marker with { Attached = true }]);
                var rest = result[from].Words.Remove(marker);
                if (rest.IsEmpty) result.RemoveAt(from);
                else result[from] = TextLine.Of(rest);
            }
        }
        return result;
    }

    private static bool IsMarkerText(string text) =>
        text.Length <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '*' or '†' or '‡' or '§');

    /// <summary>Smaller, raised (its top above the word's top, its bottom above the word's bottom), right after it.</summary>
    private static bool Follows(Word marker, Word word) =>
        marker.FontSize <= MaxSizeRatio * word.FontSize
        && marker.Box.Y0 < word.Box.Y0 && marker.Box.Y1 < word.Box.Y1 && marker.Box.Y1 > word.Box.Y0
        && marker.Box.X0 >= word.Box.X1 - 0.5 && marker.Box.X0 - word.Box.X1 <= MaxGapRatio * word.FontSize;
}
