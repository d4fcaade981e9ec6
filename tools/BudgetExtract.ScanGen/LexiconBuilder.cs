using System.Text.Json.Nodes;

namespace BudgetExtract.ScanGen;

/// <summary>How often a cell text must recur before it is a lexicon term; the defaults are what the committed list was built with.</summary>
/// <param name="MinDocuments">Documents a table-cell text must occur in (3: a text of one department's tables is not vocabulary).</param>
/// <param name="MinCities">Cities (top folders) those documents must span (2: one city's house style is not vocabulary either).</param>
/// <param name="MinCodedDocuments">Documents a classification name (a line with a subject code) must occur in (2: the national
/// classification repeats across documents; a name seen once may be a one-off extraction slip).</param>
/// <param name="MaxLength">Longer texts (prose notes in cells) are left out.</param>
public sealed record LexiconOptions(int MinDocuments = 3, int MinCities = 2, int MinCodedDocuments = 2, int MaxLength = 40);

/// <summary>
/// Builds the OCR domain lexicon (src/BudgetExtract.Ocr/Recognition/Lexicon/budget-terms.txt) from the JSON that
/// <c>budgetextract extract DIR -o OUT --format json --ocr never</c> wrote for real text-layer budget PDFs: the
/// digit-free texts of table cells (header and body) that recur across documents and cities, plus the names of
/// lines with a classification code. The vocabulary comes from published documents, not from the test tables.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>The terms, sorted (ordinal), from every *.json under <paramref name="root"/>; the city of a file is its path below root
    /// up to the second folder (cities/021_泉州/x.json → cities/021_泉州; jiangsu/x.json → jiangsu).</summary>
    public static IReadOnlyList<string> Build(string root, LexiconOptions options)
    {
        var documents = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => (City: CityOf(root, f), Json: JsonNode.Parse(File.ReadAllText(f)) ?? throw new FormatException($"{f}: empty JSON")))
            .ToList();
        if (documents.Count == 0) throw new FormatException($"lexicon: no *.json extraction files under {root}");
        return Build(documents.Select(d => (d.City, d.Json)), options);
    }

    public static IReadOnlyList<string> Build(IEnumerable<(string City, JsonNode Document)> documents, LexiconOptions options)
    {
        var cellDocs = new Dictionary<string, (int Docs, HashSet<string> Cities)>(StringComparer.Ordinal);
        var codedDocs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (city, document) in documents)
        {
            foreach (var term in CellTexts(document).Select(Clean).Where(t => IsTerm(t, options)).Distinct())
            {
                var entry = cellDocs.TryGetValue(term, out var e) ? e : (Docs: 0, Cities: new HashSet<string>());
                entry.Cities.Add(city);
                cellDocs[term] = (entry.Docs + 1, entry.Cities);
            }
            foreach (var term in CodedNames(document).Select(Clean).Where(t => IsTerm(t, options)).Distinct())
                codedDocs[term] = codedDocs.GetValueOrDefault(term) + 1;
        }
        return [.. cellDocs.Where(kv => kv.Value.Docs >= options.MinDocuments && kv.Value.Cities.Count >= options.MinCities).Select(kv => kv.Key)
            .Union(codedDocs.Where(kv => kv.Value >= options.MinCodedDocuments).Select(kv => kv.Key))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A lexicon term: 2+ characters, at least two Chinese, no digits (numbers are never corrected by the lexicon).</summary>
    internal static bool IsTerm(string text, LexiconOptions options) =>
        text.Length >= 2 && text.Length <= options.MaxLength
        && text.Count(c => c is >= '\u4E00' and <= '\u9FFF') >= 2
        && !text.Any(c => char.IsDigit(c) || c is >= '０' and <= '９');

    /// <summary>Whitespace removed (as bench compares cells).</summary>
    internal static string Clean(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static IEnumerable<string> CellTexts(JsonNode document)
    {
        foreach (var table in document["tables"]?.AsArray() ?? [])
        {
            foreach (var row in (table?["header"]?.AsArray() ?? []).Concat(table?["rows"]?.AsArray() ?? []))
            foreach (var cell in row?.AsArray() ?? [])
                if (cell?.GetValue<string>() is { } text) yield return text;
        }
    }

    private static IEnumerable<string> CodedNames(JsonNode document)
    {
        foreach (var line in document["lines"]?.AsArray() ?? [])
            if (line?["code"] is not null && line["name"]?.GetValue<string>() is { } name) yield return name;
    }

    private static string CityOf(string root, string file)
    {
        var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        return parts.Length switch
        {
            <= 1 => "",
            2 => parts[0],
            _ => parts[0] + "/" + parts[1],
        };
    }
}
