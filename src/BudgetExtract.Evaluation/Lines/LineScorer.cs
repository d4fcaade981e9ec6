using System.Collections.Immutable;
using System.Globalization;
using BudgetExtract.Contract;
using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Evaluation.Lines;

/// <summary>
/// Scores a document's normalized lines and indicators against hand-checked expected ones. Only the tables the
/// expected file lists are scored, each completely: every line the normalizer gave for such a table (or side) that is
/// not right counts against precision (furniture, titles, notes, wrong labels or amounts), every expected line not
/// given right counts against recall. An expected table is the extracted one printed on its page with the same
/// title (whitespace ignored); when none has that title, the one on that page whose title contains it or is contained in it.
/// </summary>
public static class LineScorer
{
    /// <summary>How many misses a score lists, for the bench's diagnostics.</summary>
    public const int MissesListed = 40;

    public static LineScore Score(string name, IReadOnlyList<ExpectedLineTable> expected, IReadOnlyList<Table> tables,
        IReadOnlyList<BudgetLineRecord> lines, IReadOnlyList<IndicatorRecord> indicators)
    {
        int linesExpected = 0, linesExtracted = 0, linesRight = 0, indExpected = 0, indExtracted = 0, indRight = 0;
        var misses = new List<string>();
        foreach (var e in expected)
        {
            var table = Find(e, tables);
            var label = $"{e.Title} p{e.Page}{(e.Side is null ? "" : " " + e.Side)}";
            var wanted = Wanted(e).ToList();
            linesExpected += wanted.Count;
            indExpected += e.Indicators.Length;
            if (table is null)
            {
                misses.Add($"{label}: no such table extracted");
                continue;
            }
            var got = lines.Where(l => l.Table == table && (e.Side is null || l.Side == e.Side)).ToList();
            linesExtracted += got.Count;
            linesRight += Match(wanted, got, w => w.Key, LineKey, SameLine, label, misses, w => $"{w.Key} = {Show(w.Amount)}", Describe);
            var gotInd = indicators.Where(i => i.Table == table).ToList();
            indExtracted += gotInd.Count;
            indRight += Match(e.Indicators.ToList(), gotInd, i => Norm(i.Level3), i => Norm(i.Level3), SameIndicator, label, misses,
                i => $"{i.Level1}/{i.Level2}/{i.Level3} = {i.Target}", i => $"{i.Level1}/{i.Level2}/{i.Level3} = {i.Target?.Text}");
        }
        return new LineScore(name, linesExpected, linesExtracted, linesRight, indExpected, indExtracted, indRight,
            [.. misses.Take(MissesListed)]);
    }

    /// <summary>One expected line per (row, column): the key it is found by, its amount in yuan and the hierarchy to check.</summary>
    private sealed record WantedLine(string Key, decimal? Amount, ExpectedRow Row);

    private static IEnumerable<WantedLine> Wanted(ExpectedLineTable e)
    {
        foreach (var row in e.Rows)
            for (var c = 0; c < e.Columns.Length; c++)
                if (row.Amounts[c].HasLine) yield return new WantedLine(Key(row.Code, row.Name, e.Columns[c]), row.Amounts[c].Yuan, row);
    }

    private static string LineKey(BudgetLineRecord l) => Key(l.Code, l.Name, l.Column);

    private static string Key(string? code, string? name, string column) => $"{Norm(code)}|{Norm(name)}|{Norm(column)}";

    private static bool SameLine(WantedLine w, BudgetLineRecord g) =>
        w.Amount == g.Amount && (!w.Row.Hierarchy || (w.Row.Level == g.Level && Norm(w.Row.Parent) == Norm(g.Parent)))
        && (w.Row.Unit is null || Norm(w.Row.Unit) == Norm(g.Unit));

    private static bool SameIndicator(ExpectedIndicator e, IndicatorRecord g) =>
        Norm(e.Level1) == Norm(g.Level1) && Norm(e.Level2) == Norm(g.Level2) && Norm(e.Level3) == Norm(g.Level3)
        && Norm(e.Target) == Norm(g.Target?.Text) && e.Op == g.Target?.Op && e.Value == g.Target?.Value && Norm(e.Unit) == Norm(g.Target?.Unit);

    /// <summary>
    /// Pairs expected and extracted items with the same key, in printed order (a name may repeat), and counts the
    /// pairs that are right. Unpaired or wrong items are listed as misses.
    /// </summary>
    private static int Match<TW, TG>(List<TW> wanted, List<TG> got, Func<TW, string> wantedKey, Func<TG, string> gotKey, Func<TW, TG, bool> right,
        string label, List<string> misses, Func<TW, string> showWanted, Func<TG, string> showGot)
    {
        var pool = got.Select((g, i) => (g, i)).GroupBy(x => gotKey(x.g)).ToDictionary(x => x.Key, x => new Queue<(TG G, int I)>(x));
        var used = new HashSet<int>();
        var count = 0;
        foreach (var w in wanted)
        {
            var key = wantedKey(w);
            if (!pool.TryGetValue(key, out var queue) || queue.Count == 0)
            {
                misses.Add($"{label}: missing {showWanted(w)}");
                continue;
            }
            var (g, i) = queue.Dequeue();
            used.Add(i);
            if (right(w, g)) count++;
            else misses.Add($"{label}: wrong {showGot(g)}, expected {showWanted(w)}");
        }
        for (var i = 0; i < got.Count; i++)
            if (!used.Contains(i)) misses.Add($"{label}: extra {showGot(got[i])}");
        return count;
    }

    private static string Describe(BudgetLineRecord l) =>
        $"{Norm(l.Code)}|{Norm(l.Name)}|{Norm(l.Column)} = {Show(l.Amount)} (level {l.Level?.ToString(CultureInfo.InvariantCulture) ?? "-"}, parent {l.Parent ?? "-"}, unit {l.Unit ?? "-"})";

    private static string Show(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static int? Find(ExpectedLineTable e, IReadOnlyList<Table> tables)
    {
        var title = Norm(e.Title);
        var onPage = Enumerable.Range(0, tables.Count).Where(i => tables[i].Pages.Contains(e.Page)).ToList();
        foreach (var i in onPage)
            if (Norm(tables[i].Title) == title) return i;
        foreach (var i in onPage)
        {
            var t = Norm(tables[i].Title);
            if (t.Length > 0 && title.Length > 0 && (t.Contains(title, StringComparison.Ordinal) || title.Contains(t, StringComparison.Ordinal))) return i;
        }
        return null;
    }

    private static string Norm(string? text) => TextNormalizer.Normalize(text);
}
