using System.Collections.Immutable;

namespace BudgetExtract.Evaluation.Lines;

/// <summary>
/// Line- and indicator-level counts of one document (or a sum). A line is right when its table, side, code/name and
/// column label match an expected line and its amount (decimal yuan, null for blanks) is equal — and its level and
/// parent, where the expected row gives them. Ratios are micro-averages over the counts.
/// </summary>
public sealed record LineScore(
    string Name,
    int LinesExpected,
    int LinesExtracted,
    int LinesRight,
    int IndicatorsExpected,
    int IndicatorsExtracted,
    int IndicatorsRight,
    ImmutableArray<string> Misses)
{
    public double LineRecall => Ratio(LinesRight, LinesExpected);

    public double LinePrecision => Ratio(LinesRight, LinesExtracted, LinesExpected == 0);

    public double IndicatorRecall => Ratio(IndicatorsRight, IndicatorsExpected);

    public double IndicatorPrecision => Ratio(IndicatorsRight, IndicatorsExtracted, IndicatorsExpected == 0);

    public static LineScore Sum(string name, IEnumerable<LineScore> scores)
    {
        var all = scores.ToList();
        return new LineScore(name, all.Sum(s => s.LinesExpected), all.Sum(s => s.LinesExtracted), all.Sum(s => s.LinesRight),
            all.Sum(s => s.IndicatorsExpected), all.Sum(s => s.IndicatorsExtracted), all.Sum(s => s.IndicatorsRight), []);
    }

    private static double Ratio(int part, int whole, bool emptyIsPerfect = true) =>
        whole == 0 ? (emptyIsPerfect ? 1 : 0) : (double)part / whole;
}
