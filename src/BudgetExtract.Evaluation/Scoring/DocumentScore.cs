namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// Counts behind one document's scores (or a sum over documents). Ratios are derived so that totals are
/// micro-averages: sum the counts, then divide.
/// </summary>
public sealed record DocumentScore(
    string Name,
    int Pages,
    double Seconds,
    int ExpectedTables,
    int ExtractedTables,
    int RowsExpected,
    int RowsExtracted,
    int RowsMatched,
    int AdjacenciesExpected,
    int AdjacenciesExtracted,
    int AdjacenciesMatched,
    int ContinuedTables,
    int ContinuedInOnePiece)
{
    /// <summary>The document was read by OCR (some page image-only) or lives in a <c>scanned</c> folder.</summary>
    public bool Scanned { get; init; }

    /// <summary>Numeric cells of a scanned document: exact / wrong-flagged / wrong-unflagged (null for text documents).</summary>
    public NumericCellScore? Numbers { get; init; }

    /// <summary>Share of expected rows found exactly (every cell equal after whitespace removal).</summary>
    public double RowRecall => Ratio(RowsMatched, RowsExpected);

    /// <summary>Share of extracted rows that are exactly an expected row.</summary>
    public double RowPrecision => Ratio(RowsMatched, RowsExtracted, RowsExpected == 0);

    public double AdjacencyRecall => Ratio(AdjacenciesMatched, AdjacenciesExpected);

    public double AdjacencyPrecision => Ratio(AdjacenciesMatched, AdjacenciesExtracted, AdjacenciesExpected == 0);

    /// <summary>ICDAR-2013 cell adjacency F1.</summary>
    public double AdjacencyF1 => AdjacencyRecall + AdjacencyPrecision == 0 ? 0
        : 2 * AdjacencyRecall * AdjacencyPrecision / (AdjacencyRecall + AdjacencyPrecision);

    /// <summary>Share of tables continued across pages that came back as exactly one table covering all their pages (1 when there are none).</summary>
    public double OnePiece => Ratio(ContinuedInOnePiece, ContinuedTables);

    public double PagesPerSecond => Seconds <= 0 ? 0 : Pages / Seconds;

    public static DocumentScore Sum(string name, IEnumerable<DocumentScore> scores)
    {
        var all = scores.ToList();
        return new DocumentScore(name, all.Sum(s => s.Pages), all.Sum(s => s.Seconds), all.Sum(s => s.ExpectedTables),
            all.Sum(s => s.ExtractedTables), all.Sum(s => s.RowsExpected), all.Sum(s => s.RowsExtracted), all.Sum(s => s.RowsMatched),
            all.Sum(s => s.AdjacenciesExpected), all.Sum(s => s.AdjacenciesExtracted), all.Sum(s => s.AdjacenciesMatched),
            all.Sum(s => s.ContinuedTables), all.Sum(s => s.ContinuedInOnePiece))
        {
            Scanned = all.Count > 0 && all.All(s => s.Scanned),
            Numbers = all.Any(s => s.Numbers is not null) ? NumericCellScore.Sum(all.Select(s => s.Numbers).OfType<NumericCellScore>()) : null,
        };
    }

    /// <summary>part/whole; an empty whole scores 1 (nothing to find) unless <paramref name="emptyIsPerfect"/> is false.</summary>
    private static double Ratio(int part, int whole, bool emptyIsPerfect = true) =>
        whole == 0 ? (emptyIsPerfect ? 1 : 0) : (double)part / whole;
}
