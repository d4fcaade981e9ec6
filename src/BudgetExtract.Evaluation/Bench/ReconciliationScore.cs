using System.Collections.Immutable;
using BudgetExtract.Normalize;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>
/// Reconciliation of one document (or a sum): classified tables, those without a failed check, checks run and
/// failed. <see cref="Group"/> is the folder the PDF lies in (a city of the real set).
/// </summary>
public sealed record ReconciliationScore(string Name, string Group, int Documents, int ClassifiedTables, int TablesPassing, int ChecksRun,
    int ChecksFailed, ImmutableArray<string> Failures)
{
    /// <summary>Share of classified tables without a failed check (1 when there are none).</summary>
    public double PassRate => ClassifiedTables == 0 ? 1 : (double)TablesPassing / ClassifiedTables;

    public static ReconciliationScore Of(string name, string group, NormalizedDocument? normalized)
    {
        var summary = normalized?.Summary;
        var failures = normalized is null ? [] : normalized.Checks
            .Select(c => $"{c.Code} table {c.Table} p{c.Page} {c.Subject} [{c.Column}] expected {c.Expected} found {c.Found}")
            .ToImmutableArray();
        return new ReconciliationScore(name, group, 1, summary?.ClassifiedTables ?? 0, summary?.TablesPassing ?? 0,
            summary?.ChecksRun ?? 0, summary?.ChecksFailed ?? 0, failures);
    }

    public static ReconciliationScore Sum(string name, IEnumerable<ReconciliationScore> scores)
    {
        var all = scores.ToList();
        return new ReconciliationScore(name, name, all.Sum(s => s.Documents), all.Sum(s => s.ClassifiedTables), all.Sum(s => s.TablesPassing),
            all.Sum(s => s.ChecksRun), all.Sum(s => s.ChecksFailed), []);
    }

    /// <summary>One sum per group, in group order, then nothing else (the caller adds the grand total).</summary>
    public static IReadOnlyList<ReconciliationScore> ByGroup(IEnumerable<ReconciliationScore> scores) =>
        [.. scores.GroupBy(s => s.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Sum(g.Key, g))];
}
