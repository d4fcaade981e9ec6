using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>
/// Scores of every benched document, in two sections with their own totals: documents with a text layer
/// (<see cref="Documents"/>, <see cref="Total"/>) and scanned ones read by OCR (<see cref="Scanned"/>,
/// <see cref="ScannedTotal"/>), whose figures say how OCR does and must not blur the text-layer ones.
/// PDFs without an expected file are listed as skipped. <see cref="Lines"/> holds the documents that also have
/// a line-level expected file; <see cref="Reconciliation"/> every extracted document's checks.
/// </summary>
public sealed record BenchReport(IReadOnlyList<DocumentScore> Documents, DocumentScore Total, IReadOnlyList<string> Skipped)
{
    public IReadOnlyList<DocumentScore> Scanned { get; init; } = [];

    public DocumentScore ScannedTotal { get; init; } = DocumentScore.Sum("scanned total", []);

    /// <summary>Both sections: what floors are checked on.</summary>
    public IEnumerable<DocumentScore> All => Documents.Concat(Scanned);

    public IReadOnlyList<LineScore> Lines { get; init; } = [];

    public LineScore LinesTotal => LineScore.Sum("total", Lines);

    public IReadOnlyList<ReconciliationScore> Reconciliation { get; init; } = [];

    public ReconciliationScore ReconciliationTotal => ReconciliationScore.Sum("total", Reconciliation);

    public static BenchReport Of(IReadOnlyList<DocumentScore> documents, IReadOnlyList<string> skipped)
    {
        var text = documents.Where(d => !d.Scanned).ToList();
        var scanned = documents.Where(d => d.Scanned).ToList();
        return new(text, DocumentScore.Sum("total", text), skipped)
        {
            Scanned = scanned,
            ScannedTotal = DocumentScore.Sum("scanned total", scanned),
        };
    }
}
