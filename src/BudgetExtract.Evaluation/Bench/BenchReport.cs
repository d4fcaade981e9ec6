using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>
/// Scores of every benched document and their total; PDFs without an expected file are listed as skipped.
/// <see cref="Lines"/> holds the documents that also have a line-level expected file; <see cref="Reconciliation"/>
/// every extracted document's checks.
/// </summary>
public sealed record BenchReport(IReadOnlyList<DocumentScore> Documents, DocumentScore Total, IReadOnlyList<string> Skipped)
{
    public IReadOnlyList<LineScore> Lines { get; init; } = [];

    public LineScore LinesTotal => LineScore.Sum("total", Lines);

    public IReadOnlyList<ReconciliationScore> Reconciliation { get; init; } = [];

    public ReconciliationScore ReconciliationTotal => ReconciliationScore.Sum("total", Reconciliation);

    public static BenchReport Of(IReadOnlyList<DocumentScore> documents, IReadOnlyList<string> skipped) =>
        new(documents, DocumentScore.Sum("total", documents), skipped);
}
