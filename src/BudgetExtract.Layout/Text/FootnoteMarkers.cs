namespace BudgetExtract.Layout.Text;

/// <summary>
/// A footnote marker (grants¹, total*) is set smaller and raised, so its glyphs fall in a band of their own and it
/// would stand as a line alone, there to be taken for a cell of the next column. It belongs to the word it follows.
/// </summary>
public static class FootnoteMarkers
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
    internal static List<TextLine> Attach(List<TextLine> lines)
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
                var leads = false;
                if (to < 0 && !result[from].Words.Any(w => w != marker && w.Box.X1 <= marker.Box.X0 + 0.5))
                {
                    // A footnote's own marker opens its line (¹ Includes NASA and NSF.).
                    to = result.FindIndex(l => l.Words.Any(w => w != marker && Leads(marker, w)));
                    leads = true;
                }
                if (from < 0 || to < 0 || from == to) continue;
                result[to] = TextLine.Of([.. result[to].Words, marker with { Attached = !leads }]);
                var rest = result[from].Words.Remove(marker);
                if (rest.IsEmpty) result.RemoveAt(from);
                else result[from] = TextLine.Of(rest);
            }
        }
        return result;
    }

    /// <summary>Smaller, raised, right before the word (the marker opening a footnote), the word the first of its line.</summary>
    private static bool Leads(Word marker, Word word) =>
        SmallerAndRaised(marker, word)
        && word.Box.X0 >= marker.Box.X1 - 0.5 && word.Box.X0 - marker.Box.X1 <= MaxLeadGapRatio * word.FontSize;

    /// <summary>A footnote's text starts within this share of its size after the marker.</summary>
    private const double MaxLeadGapRatio = 0.6;

    /// <summary>A short run of letters, digits or reference signs printed smaller than the word beside it.</summary>
    public static bool IsMarker(Word word, double besideSize) => word.FontSize <= MaxSizeRatio * besideSize && IsMarkerText(word.Text);

    private static bool IsMarkerText(string text) =>
        text.Length <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '*' or '†' or '‡' or '§');

    /// <summary>Smaller, raised, right after the word.</summary>
    private static bool Follows(Word marker, Word word) =>
        SmallerAndRaised(marker, word)
        && marker.Box.X0 >= word.Box.X1 - 0.5 && marker.Box.X0 - word.Box.X1 <= MaxGapRatio * word.FontSize;

    /// <summary>Printed smaller than the word and raised beside it: its top above the word's top, its bottom above the word's bottom.</summary>
    private static bool SmallerAndRaised(Word marker, Word word) =>
        marker.FontSize <= MaxSizeRatio * word.FontSize
        && marker.Box.Y0 < word.Box.Y0 && marker.Box.Y1 < word.Box.Y1 && marker.Box.Y1 > word.Box.Y0;
}
