using BudgetExtract.Normalize.Kinds;
using BudgetExtract.Normalize.Lines;
using BudgetExtract.Normalize.Text;

namespace BudgetExtract.Normalize.Checks;

/// <summary>
/// Reconciles the ledgers of a document: parent = sum of children per column (coded and numbered hierarchies), totals
/// and budget-unit rows = sum of their top-level rows, 收入总计 = 支出总计, and the same total across tables.
/// </summary>
internal static class ReconciliationChecker
{
    public static void Check(IReadOnlyList<Ledger> ledgers, CheckTally tally)
    {
        foreach (var ledger in ledgers)
        {
            CodedParents(ledger, tally);
            NumberedParents(ledger, tally);
            Totals(ledger, tally);
            UnitRows(ledger, tally);
            ColumnGroups(ledger, tally);
        }
        foreach (var group in ledgers.GroupBy(l => l.Table))
        {
            var income = group.FirstOrDefault(l => l.Side == "income");
            var expenditure = group.FirstOrDefault(l => l.Side == "expenditure");
            if (income is not null && expenditure is not null) Balance(income, expenditure, tally);
        }
        CrossTable(ledgers, tally);
    }

    /// <summary>A 类 (3 digits) or 款 (5 digits) equals the sum of the codes one level below it that follow it.</summary>
    private static void CodedParents(Ledger ledger, CheckTally tally)
    {
        var rows = ledger.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            var parent = rows[i];
            if (parent.Level is not (1 or 2) || parent.Code is null || parent.Role != RowRole.Subject) continue;
            var children = new List<LedgerRow>();
            for (var j = i + 1; j < rows.Length; j++)
            {
                var r = rows[j];
                if (r.Role != RowRole.Subject || r.Level is null || r.Code is null || r.Code.Length <= parent.Code.Length
                    || !r.Code.StartsWith(parent.Code, StringComparison.Ordinal) || r.Unit != parent.Unit) break;
                if (r.Code.Length == parent.Code.Length + 2) children.Add(r);
            }
            if (children.Count > 0) CompareColumns(ledger, CheckCodes.SumMismatch, parent, children, tally);
        }
    }

    /// <summary>A name numbered 一、 equals the sum of the （一） names under it, when every row under it is numbered.</summary>
    private static void NumberedParents(Ledger ledger, CheckTally tally)
    {
        var rows = ledger.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            var parent = rows[i];
            if (!parent.Numbered || parent.Level is null) continue;
            var children = new List<LedgerRow>();
            var clean = true;
            for (var j = i + 1; j < rows.Length; j++)
            {
                var r = rows[j];
                if (r.Role != RowRole.Subject) break;
                if (!r.Numbered || r.Level is null) { clean = false; break; }
                if (r.Level <= parent.Level) break;
                if (r.Level == parent.Level + 1) children.Add(r);
            }
            if (clean && children.Count > 0) CompareColumns(ledger, CheckCodes.SumMismatch, parent, children, tally);
        }
    }

    /// <summary>
    /// A total row equals the sum of the top-level rows above it (since the previous total) or, printed first, below it;
    /// a 总计 after a 合计 equals that 合计 plus the rows between (上年结转 …).
    /// </summary>
    private static void Totals(Ledger ledger, CheckTally tally)
    {
        var rows = ledger.Rows;
        var previousTotal = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Role != RowRole.Total) continue;
            if (previousTotal > 0)
            {
                // 收入总计 = 本年收入合计 + the carry rows between (上年结转; their sub-items numbered 1. are not added again).
                var between = Between(rows, previousTotal + 1, i).Where(r => r.Role == RowRole.Subject).ToList();
                var plain = between.Where(r => r.Level is null).ToList();
                var carried = plain.Count > 0 ? plain : between.Where(r => r.Level == between.Min(b => b.Level)).ToList();
                CompareColumns(ledger, CheckCodes.TotalMismatch, rows[i], [rows[previousTotal], .. carried], tally);
            }
            else if (TopLevel(rows, previousTotal + 1, i) is { Count: > 0 } above) CompareColumns(ledger, CheckCodes.TotalMismatch, rows[i], above, tally);
            else if (previousTotal < 0)
            {
                var next = NextTotal(rows, i + 1);
                var below = TopLevel(rows, i + 1, next);
                if (below.Count > 0 && UnitRowsBetween(rows, i + 1, next) == 0) CompareColumns(ledger, CheckCodes.TotalMismatch, rows[i], below, tally);
            }
            previousTotal = i;
        }
    }

    /// <summary>A budget unit's row equals the sum of its top-level subjects; a leading department row the sum of its units.</summary>
    private static void UnitRows(Ledger ledger, CheckTally tally)
    {
        var rows = ledger.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            var unit = rows[i];
            var isFirst = unit.Role == RowRole.Unit && rows.Take(i).All(r => r.Role != RowRole.Unit);
            if (unit.Role != RowRole.Unit || unit.Cells.All(c => c.Amount.Value is null)) continue;
            var end = i + 1;
            while (end < rows.Length && rows[end].Role == RowRole.Subject && rows[end].Unit == unit.Unit) end++;
            var scope = TopLevel(rows, i + 1, end);
            if (scope.Count > 0)
            {
                CompareColumns(ledger, CheckCodes.TotalMismatch, unit, scope, tally);
                continue;
            }
            if (isFirst && end == i + 1 && i + 1 < rows.Length && rows[i + 1].Role == RowRole.Unit)
            {
                var units = rows.Skip(i + 1).TakeWhile(r => r.Role != RowRole.Total).Where(r => r.Role == RowRole.Unit).ToList();
                CompareColumns(ledger, CheckCodes.TotalMismatch, unit, units, tally);
            }
        }
    }

    /// <summary>
    /// Under a spanning header, a 小计/合计 column equals the sum of its sibling columns, row by row
    /// (基本支出/小计 = 基本支出/人员经费 + 基本支出/公用经费); "其中：…" columns are parts of a figure, not addends.
    /// </summary>
    private static void ColumnGroups(Ledger ledger, CheckTally tally)
    {
        if (ledger.Rows.IsEmpty) return;
        var labels = ledger.AmountColumns.ToDictionary(c => c, c => ledger.Rows.SelectMany(r => r.Cells).FirstOrDefault(x => x.Col == c)?.Column ?? "");
        foreach (var (col, label) in labels)
        {
            var cut = label.LastIndexOf('/');
            if (cut <= 0 || label[(cut + 1)..] is not ("小计" or "合计")) continue;
            var prefix = label[..(cut + 1)];
            var under = labels.Where(kv => kv.Key != col && kv.Value.StartsWith(prefix, StringComparison.Ordinal))
                .Select(kv => (kv.Key, Parts: kv.Value[prefix.Length..].Split('/'))).ToList();
            // Addends: the direct sub-columns, and a nested group through its own 小计 column. A "其中" column, or a
            // nested group without 小计, leaves the structure unclear: no check.
            if (under.Count == 0 || under.Any(u => u.Parts[0].StartsWith("其中", StringComparison.Ordinal))) continue;
            var groups = under.GroupBy(u => u.Parts[0]).ToList();
            var siblings = new List<int>();
            var clear = true;
            foreach (var g in groups)
            {
                var direct = g.Where(u => u.Parts.Length == 1).Select(u => u.Key).ToList();
                var subtotal = g.Where(u => u.Parts.Length == 2 && u.Parts[1] is "小计" or "合计").Select(u => u.Key).ToList();
                if (direct.Count == 1 && g.Count() == 1) siblings.Add(direct[0]);
                else if (subtotal.Count == 1) siblings.Add(subtotal[0]);
                else clear = false;
            }
            if (!clear || siblings.Count == 0) continue;
            foreach (var row in ledger.Rows)
            {
                var total = row.Cell(col);
                var parts = siblings.Select(row.Cell).Where(c => c is not null).Select(c => c!).ToList();
                if (total is null || parts.Count == 0) continue;
                tally.Compare(CheckCodes.ColumnSumMismatch, ledger.Table, row.Subject, total.Column, parts.Sum(p => p.Amount.Value ?? 0m),
                    total.Amount.Value ?? 0m, parts.Sum(p => p.Amount.HalfUnit) + total.Amount.HalfUnit, total.Page);
            }
        }
    }

    private static void Balance(Ledger income, Ledger expenditure, CheckTally tally)
    {
        var inTotal = LastGrandTotal(income);
        var outTotal = LastGrandTotal(expenditure);
        if (inTotal?.Cells.FirstOrDefault() is not { } a || outTotal?.Cells.FirstOrDefault() is not { } b) return;
        tally.Compare(CheckCodes.BalanceMismatch, income.Table, outTotal.Name, b.Column, a.Amount.Value ?? 0m, b.Amount.Value ?? 0m,
            a.Amount.HalfUnit + b.Amount.HalfUnit, b.Page);
    }

    /// <summary>The same figure printed by two tables: 本年支出合计 of 收支总表 = 支出总表's total, likewise for 收入, and 一般公共预算 by function = by economic class.</summary>
    private static void CrossTable(IReadOnlyList<Ledger> ledgers, CheckTally tally)
    {
        var summary = ledgers.Where(l => l.Kind == TableKind.IncomeExpenditureSummary).ToList();
        Same(summary.FirstOrDefault(l => l.Side == "expenditure"), ledgers.FirstOrDefault(l => l.Kind == TableKind.ExpenditureSummary), tally);
        Same(summary.FirstOrDefault(l => l.Side == "income"), ledgers.FirstOrDefault(l => l.Kind == TableKind.IncomeSummary), tally);
        var function = ledgers.FirstOrDefault(l => l.Kind == TableKind.GeneralBudgetByFunction);
        Same(ledgers.FirstOrDefault(l => l.Kind == TableKind.GeneralBudgetByEconomic), function, tally);
        SameColumn(function, "基本支出", ledgers.FirstOrDefault(l => l.Kind == TableKind.GeneralBudgetBasicByEconomic), tally);
        SameColumn(function, "项目支出", ledgers.FirstOrDefault(l => l.Kind == TableKind.GeneralBudgetProjectByEconomic), tally);
    }

    /// <summary>一般公共预算基本支出表 (by economic class) totals to the 基本支出 column of the by-function table; likewise 项目支出.</summary>
    private static void SameColumn(Ledger? function, string columnWord, Ledger? economic, CheckTally tally)
    {
        if (function is null || economic is null || GrandTotal(function) is not { } fRow || GrandTotal(economic) is not { } eRow) return;
        var a = fRow.Cells.FirstOrDefault(c => c.Column.Split('/')[^1].Contains(columnWord, StringComparison.Ordinal))
            ?? fRow.Cells.FirstOrDefault(c => c.Column.Contains(columnWord, StringComparison.Ordinal));
        var b = eRow.Cells.FirstOrDefault();
        if (a?.Amount.Value is null || b?.Amount.Value is null) return;
        tally.Compare(CheckCodes.CrossTableMismatch, economic.Table, eRow.Subject, b.Column, a.Amount.Value.Value, b.Amount.Value.Value,
            a.Amount.HalfUnit + b.Amount.HalfUnit, b.Page);
    }

    /// <summary>
    /// The total of <paramref name="other"/> equals the reference's: a 收支总表 side's 本年收入合计 — or its 收入总计,
    /// since a 收入总表 may print the total with the 上年结转 carry (福州/长春/泉州 2026) — whichever is nearer.
    /// </summary>
    private static void Same(Ledger? reference, Ledger? other, CheckTally tally)
    {
        if (reference is null || other is null) return;
        var bRow = GrandTotal(other);
        var b = bRow?.Cells.FirstOrDefault();
        if (b?.Amount.Value is not { } printed) return;
        var candidates = reference.Side is null ? [GrandTotal(reference)] : new[] { FirstTotal(reference), LastGrandTotal(reference) };
        var a = candidates.Select(r => r?.Cells.FirstOrDefault()).Where(c => c?.Amount.Value is not null)
            .OrderBy(c => Math.Abs(c!.Amount.Value!.Value - printed)).FirstOrDefault();
        if (a is null || a.Amount.Value is null || b.Amount.Value is null) return;
        tally.Compare(CheckCodes.CrossTableMismatch, other.Table, bRow!.Subject, b.Column, a.Amount.Value.Value, b.Amount.Value.Value,
            a.Amount.HalfUnit + b.Amount.HalfUnit, b.Page);
    }

    /// <summary>The figure a table totals to: its first total row, else its first unit row printed before any subject.</summary>
    private static LedgerRow? GrandTotal(Ledger ledger)
    {
        foreach (var r in ledger.Rows)
        {
            if (r.Role is RowRole.Total or RowRole.Unit) return r;
            if (r.Role == RowRole.Subject) break;
        }
        return ledger.Rows.LastOrDefault(r => r.Role == RowRole.Total);
    }

    private static LedgerRow? FirstTotal(Ledger ledger) => ledger.Rows.FirstOrDefault(r => r.Role == RowRole.Total);

    private static LedgerRow? LastGrandTotal(Ledger ledger) =>
        ledger.Rows.LastOrDefault(r => r.Role == RowRole.Total && CellText.Compact(r.Name).Contains("总计", StringComparison.Ordinal))
        ?? ledger.Rows.LastOrDefault(r => r.Role == RowRole.Total);

    private static void CompareColumns(Ledger ledger, string code, LedgerRow printed, IReadOnlyList<LedgerRow> parts, CheckTally tally)
    {
        foreach (var col in ledger.AmountColumns)
        {
            var found = printed.Cell(col);
            var partCells = parts.Select(p => p.Cell(col)).Where(c => c is not null).Select(c => c!).ToList();
            if (found is null && partCells.Count == 0) continue;
            var expected = partCells.Sum(c => c.Amount.Value ?? 0m);
            var tolerance = partCells.Sum(c => c.Amount.HalfUnit) + (found?.Amount.HalfUnit ?? 0m);
            tally.Compare(code, ledger.Table, printed.Subject, found?.Column ?? partCells[0].Column, expected, found?.Amount.Value ?? 0m,
                tolerance, found?.Page ?? partCells[0].Page);
        }
    }

    private static List<LedgerRow> TopLevel(IReadOnlyList<LedgerRow> rows, int from, int to)
    {
        var list = new List<LedgerRow>();
        for (var i = from; i < to; i++)
            if (rows[i].Role == RowRole.Subject && rows[i].Level == 1) list.Add(rows[i]);
        return list;
    }

    private static IEnumerable<LedgerRow> Between(IReadOnlyList<LedgerRow> rows, int from, int to)
    {
        for (var i = from; i < to; i++) yield return rows[i];
    }

    private static int NextTotal(IReadOnlyList<LedgerRow> rows, int from)
    {
        for (var i = from; i < rows.Count; i++)
            if (rows[i].Role == RowRole.Total) return i;
        return rows.Count;
    }

    private static int UnitRowsBetween(IReadOnlyList<LedgerRow> rows, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
            if (rows[i].Role == RowRole.Unit) n++;
        return n;
    }
}
