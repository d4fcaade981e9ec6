using System.Collections.Immutable;

namespace BudgetExtract.Normalize.Lines;

/// <summary>
/// Levels of names printed without code or numbering, from their indentation: the left edges of the names of a
/// ledger fall into a few steps; a step holding numbered rows has their level, each deeper step one more. Only rows
/// deeper than the level-1 step get a level (an unnumbered name at the top stays without one, as before), and
/// their parent is the row above them one level up.
/// </summary>
internal static class IndentLevels
{
    /// <summary>Left edges closer than this (points) are one step.</summary>
    private const double SameStep = 2.0;

    /// <summary>More distinct steps than this means the names are centered or ragged, not indented.</summary>
    private const int MaxSteps = 4;

    public static ImmutableArray<LedgerRow> Assign(ImmutableArray<LedgerRow> rows, IReadOnlyList<TextIndent?> indents)
    {
        var candidates = Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Role == RowRole.Subject && rows[i].Code is null && rows[i].Name is not null && indents[i] is not null).ToList();
        // Steps come from names set flush or indented; a centered-looking name joins a step only when its edge lines up with one.
        var steps = Steps(candidates.Where(i => !indents[i]!.Value.Centered).Select(i => indents[i]!.Value.Left));
        // (the step must hold at least two unnumbered names: a centered 上年结转资金 that happens to line up with a
        // numbered 1.一般公共预算 is not indented).
        bool Joins(int i) => steps.Any(s => Math.Abs(s - indents[i]!.Value.Left) < SameStep
            && candidates.Count(j => !indents[j]!.Value.Centered && !rows[j].Numbered && Math.Abs(s - indents[j]!.Value.Left) < SameStep) >= 2);
        var named = candidates.Where(i => !indents[i]!.Value.Centered || Joins(i)).ToList();
        if (named.Count < 2 || steps.Count is < 2 or > MaxSteps || !rows.Any(r => r.Level is null && r.Role == RowRole.Subject)) return rows;

        int StepOf(int i) => steps.FindLastIndex(s => indents[i]!.Value.Left >= s - SameStep);
        var levels = new int[steps.Count];
        for (var k = 0; k < steps.Count; k++)
        {
            var numbered = named.Where(i => StepOf(i) == k && rows[i].Numbered && rows[i].Level is not null).Select(i => rows[i].Level!.Value).Distinct().ToList();
            levels[k] = numbered.Count == 1 ? numbered[0] : (k == 0 ? 1 : levels[k - 1] + 1);
        }
        if (!levels.Zip(levels.Skip(1)).All(p => p.First < p.Second)) return rows; // steps and numbering disagree: leave it

        var result = rows.ToBuilder();
        var stepRows = named.ToHashSet();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Level is not null || !stepRows.Contains(i)) continue;
            var level = levels[StepOf(i)];
            if (level < 2) continue;
            string? parent = null;
            for (var j = i - 1; j >= 0; j--)
            {
                // A row without a level between (当年收入小计, 上年结余) ends the outline the row could belong to.
                if (result[j].Role != RowRole.Subject || result[j].Level is null) break;
                if (result[j].Level == level - 1)
                {
                    parent = result[j].Name;
                    break;
                }
            }
            if (parent is not null) result[i] = result[i] with { Level = level, Parent = parent };
        }
        return result.ToImmutable();
    }

    /// <summary>The distinct left edges, merged when closer than <see cref="SameStep"/>, smallest first.</summary>
    private static List<double> Steps(IEnumerable<double> edges)
    {
        var steps = new List<double>();
        foreach (var x in edges.Order())
            if (steps.Count == 0 || x - steps[^1] >= SameStep) steps.Add(x);
        return steps;
    }
}
