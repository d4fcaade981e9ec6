namespace BudgetExtract.Pdf;

/// <summary>
/// A set of 1-based pages written like <c>1-3,7,10-N</c> (<c>N</c> is the last page).
/// </summary>
public sealed class PageSelection
{
    private readonly List<(int From, int? To)> _ranges;

    private PageSelection(List<(int From, int? To)> ranges, string text)
    {
        _ranges = ranges;
        Text = text;
    }

    public string Text { get; }

    public static PageSelection Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<(int, int?)>();
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = raw.IndexOf('-');
            if (dash < 0)
            {
                ranges.Add((ParseBound(raw, text) ?? throw Bad(text), ParseBound(raw, text)));
                continue;
            }
            var from = dash == 0 ? 1 : ParseBound(raw[..dash], text) ?? throw Bad(text);
            var to = dash == raw.Length - 1 ? null : ParseBound(raw[(dash + 1)..], text);
            if (to is { } t && t < from) throw Bad(text);
            ranges.Add((from, to));
        }
        if (ranges.Count == 0) throw Bad(text);
        return new PageSelection(ranges, text);
    }

    /// <summary>The selected pages of a document with <paramref name="pageCount"/> pages, ascending, no duplicates.</summary>
    public IReadOnlyList<int> Resolve(int pageCount)
    {
        var set = new SortedSet<int>();
        foreach (var (from, to) in _ranges)
            for (var p = from; p <= Math.Min(to ?? pageCount, pageCount); p++) set.Add(p);
        return [.. set];
    }

    private static int? ParseBound(string s, string whole)
    {
        if (s.Equals("N", StringComparison.OrdinalIgnoreCase)) return null;
        return int.TryParse(s, out var n) && n >= 1 ? n : throw Bad(whole);
    }

    private static FormatException Bad(string text) =>
        new($"invalid page selection '{text}' (expected e.g. 1-3,7,10-N)");

    public override string ToString() => Text;
}
