namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// Pairs extracted tables with expected ones, one to one: a pair with the same 表 N beats a pair with the same
/// title, which beats content alone; within a tier, the pair sharing more cell texts wins. A pair sharing no
/// text is only made on an equal number. Unpaired extracted tables are spurious (or split-off pieces).
/// </summary>
public static class TableMatcher
{
    public static IReadOnlyDictionary<int, int> Match(IReadOnlyList<ScoredTable> expected, IReadOnlyList<ScoredTable> extracted)
    {
        var expectedTexts = expected.Select(t => new Multiset<string>(GridRelations.CellTexts(t))).ToList();
        var extractedTexts = extracted.Select(t => new Multiset<string>(GridRelations.CellTexts(t))).ToList();
        var candidates = new List<(int E, int X, int Tier, int Overlap)>();
        for (var e = 0; e < expected.Count; e++)
        for (var x = 0; x < extracted.Count; x++)
        {
            var tier = Same(expected[e].Number, extracted[x].Number) ? 2 : Same(expected[e].Title, extracted[x].Title) ? 1 : 0;
            var overlap = expectedTexts[e].IntersectionSize(extractedTexts[x]);
            if (overlap > 0 || tier == 2) candidates.Add((e, x, tier, overlap));
        }
        var pairs = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var c in candidates.OrderByDescending(c => c.Tier).ThenByDescending(c => c.Overlap).ThenBy(c => c.E).ThenBy(c => c.X))
        {
            if (pairs.ContainsKey(c.E) || used.Contains(c.X)) continue;
            pairs[c.E] = c.X;
            used.Add(c.X);
        }
        return pairs;
    }

    private static bool Same(string? a, string? b)
    {
        var na = TextNormalizer.Normalize(a);
        return na.Length > 0 && na == TextNormalizer.Normalize(b);
    }
}
