using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>Scores of every benched document and their total; PDFs without an expected file are listed as skipped.</summary>
public sealed record BenchReport(IReadOnlyList<DocumentScore> Documents, DocumentScore Total, IReadOnlyList<string> Skipped)
{
    public static BenchReport Of(IReadOnlyList<DocumentScore> documents, IReadOnlyList<string> skipped) =>
        new(documents, DocumentScore.Sum("total", documents), skipped);
}
