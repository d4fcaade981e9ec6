namespace BudgetExtract.Evaluation.Scoring;

/// <summary>Scores the tables extracted from one document against the expected ones.</summary>
public static class TableScorer
{
    /// <summary>
    /// Rows and adjacency relations count as found only within matched table pairs (<see cref="TableMatcher"/>);
    /// everything an unmatched extracted table holds counts against precision. A table continued over pages
    /// k..m is in one piece when exactly one extracted table is made mostly of its text and that table covers k..m.
    /// With <paramref name="partial"/> the expected file lists only some of the document's tables (hand-checked
    /// real documents): extracted tables matched to none of them are left out instead of counting against precision.
    /// </summary>
    public static DocumentScore Score(string name, IReadOnlyList<ScoredTable> expected, IReadOnlyList<ScoredTable> extracted, int pages = 0, double seconds = 0,
        bool partial = false)
    {
        var pairs = TableMatcher.Match(expected, extracted);
        if (partial)
        {
            var kept = pairs.Values.Order().ToList();
            var position = kept.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
            extracted = [.. kept.Select(x => extracted[x])];
            pairs = pairs.ToDictionary(p => p.Key, p => position[p.Value]);
        }
        var expectedRows = expected.Select(t => new Multiset<string>(GridRelations.RowKeys(t))).ToList();
        var extractedRows = extracted.Select(t => new Multiset<string>(GridRelations.RowKeys(t))).ToList();
        var expectedAdj = expected.Select(t => new Multiset<Adjacency>(GridRelations.Adjacencies(t))).ToList();
        var extractedAdj = extracted.Select(t => new Multiset<Adjacency>(GridRelations.Adjacencies(t))).ToList();

        int rowsMatched = 0, adjMatched = 0;
        foreach (var (e, x) in pairs)
        {
            rowsMatched += expectedRows[e].IntersectionSize(extractedRows[x]);
            adjMatched += expectedAdj[e].IntersectionSize(extractedAdj[x]);
        }

        var continued = expected.Where(t => t.Pages.Length > 1).ToList();
        var inOnePiece = continued.Count(e => InOnePiece(e, extracted));
        return new DocumentScore(name, pages, seconds, expected.Count, extracted.Count,
            expectedRows.Sum(m => m.Count), extractedRows.Sum(m => m.Count), rowsMatched,
            expectedAdj.Sum(m => m.Count), extractedAdj.Sum(m => m.Count), adjMatched,
            continued.Count, inOnePiece);
    }

    private static bool InOnePiece(ScoredTable expected, IReadOnlyList<ScoredTable> extracted)
    {
        var texts = new Multiset<string>(GridRelations.CellTexts(expected));
        var pieces = extracted.Where(x => x.Pages.Intersect(expected.Pages).Any() && IsMostlyFrom(x, texts)).ToList();
        return pieces.Count == 1 && expected.Pages.All(pieces[0].Pages.Contains);
    }

    /// <summary>At least half of the extracted table's cell texts are the expected table's.</summary>
    private static bool IsMostlyFrom(ScoredTable extracted, Multiset<string> expectedTexts)
    {
        var own = new Multiset<string>(GridRelations.CellTexts(extracted));
        return own.Count > 0 && 2 * own.IntersectionSize(expectedTexts) >= own.Count;
    }
}
