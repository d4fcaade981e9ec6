namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// How the numeric cells of the expected tables came out of a scanned document: read exactly, wrong but
/// flagged by an <c>ocr-low-confidence</c> diagnostic, or wrong and unflagged (the costly case); plus correct
/// cells that were flagged anyway (the price of flagging every doubt).
/// </summary>
public sealed record NumericCellScore(int Cells, int Exact, int WrongFlagged, int WrongUnflagged, int CorrectFlagged)
{
    public static readonly NumericCellScore None = new(0, 0, 0, 0, 0);

    /// <summary>The wrong cells, for reading what went wrong (document name filled in by sums over documents).</summary>
    public IReadOnlyList<NumericMiss> Wrong { get; init; } = [];

    /// <summary>Share of numeric cells read exactly (1 when there are none).</summary>
    public double ExactShare => Cells == 0 ? 1 : (double)Exact / Cells;

    public static NumericCellScore Sum(IEnumerable<NumericCellScore> scores) =>
        scores.Aggregate(None, (a, b) => new(a.Cells + b.Cells, a.Exact + b.Exact, a.WrongFlagged + b.WrongFlagged,
            a.WrongUnflagged + b.WrongUnflagged, a.CorrectFlagged + b.CorrectFlagged) { Wrong = [.. a.Wrong, .. b.Wrong] });
}

/// <summary>A numeric cell read wrong: where, what was printed, what came out ("" when no cell was extracted there).</summary>
public sealed record NumericMiss(int Page, string Expected, string Read, bool Flagged);
