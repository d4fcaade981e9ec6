using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BudgetExtract.Normalize.Amounts;
using BudgetExtract.Normalize.Kinds;
using BudgetExtract.Normalize.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Lines;

/// <summary>
/// Reads the body rows of an amount table into ledger rows: subject code/name, level and parent (from codes, or from
/// 一、/（一）/1. numbering), the budget unit a row belongs to, and one cell per amount column. Two-sided tables
/// (收入 | 支出) give one ledger per side.
/// </summary>
internal static partial class LedgerReader
{
    /// <param name="documentUnit">The unit most of the document's tables print, for a table whose own unit line was not found.</param>
    /// <param name="indents">Where the text of a cell starts, for levels shown by indentation only.</param>
    public static ImmutableArray<Ledger> Read(int index, Table table, string? kind, string? documentUnit = null, TextIndents? indents = null)
    {
        if (table.RowCount <= table.HeaderRowCount || table.ColumnCount == 0) return [];
        var grid = table.Grid();
        var body = grid.Skip(table.HeaderRowCount).Select(r => (IReadOnlyList<string>)r).ToList();
        var labels = HeaderLabels.For(table);
        var scale = AmountUnit.Scale(UnitOf(table) ?? documentUnit);
        var context = new ReadContext(table, body, scale, CellPages(table), CoveringCells(table), kind, indents ?? TextIndents.None);
        var ledgers = ImmutableArray.CreateBuilder<Ledger>();
        foreach (var (start, end, side) in Sides(grid, table.HeaderRowCount, table.ColumnCount))
        {
            var sideLabels = side is null ? labels : [.. labels.Select(StripSideWord)];
            var plans = PlanGroups(body, sideLabels, start, end, side).ToList();
            for (var g = 0; g < plans.Count; g++)
            {
                var rows = ReadRows(context, plans[g], plans.Skip(g + 1).ToList());
                ledgers.Add(new Ledger(index, kind, side, rows, [.. plans[g].Columns(ColumnRole.Amount)]));
            }
        }
        return ledgers.ToImmutable();
    }

    /// <summary>What reading the rows of one table needs besides the column plan.</summary>
    private sealed record ReadContext(
        Table Table, List<IReadOnlyList<string>> Body, decimal Scale, Dictionary<(int, int), int> Pages,
        Dictionary<(int, int), TableCell> Covering, string? Kind, TextIndents Indents);

    /// <summary>
    /// A side may print several name | amount groups next to each other (Jiangsu's 支出: 功能分类 names and
    /// amounts, then 支出用途 names and amounts). Each group is its own ledger: an amount belongs to the name
    /// column to its left, never to the first name column of the side.
    /// </summary>
    private static IEnumerable<ColumnPlan> PlanGroups(IReadOnlyList<IReadOnlyList<string>> body, IReadOnlyList<string> labels, int start, int end, string? side)
    {
        var plan = ColumnPlanner.Plan(body, labels, start, end, side);
        var seenName = false;
        var seenAmount = false;
        for (var c = start; c < end; c++)
        {
            var role = plan.Roles[c - start];
            if (role == ColumnRole.Name) seenName = true;
            else if (role == ColumnRole.Amount && seenName) seenAmount = true;
            else if (role == ColumnRole.OtherText && seenName && seenAmount)
            {
                yield return ColumnPlanner.Plan(body, labels, start, c, side);
                foreach (var rest in PlanGroups(body, labels, c, end, side)) yield return rest;
                yield break;
            }
        }
        yield return plan;
    }

    /// <summary>The table's printed unit, or the one named in its meta lines.</summary>
    public static string? UnitOf(Table table) =>
        table.Unit ?? table.MetaLines.Select(AmountUnit.FromMetaLine).FirstOrDefault(u => u is not null);

    /// <summary>
    /// Reads the rows of one column group. <paramref name="laterGroups"/> are the groups printed to its right on the same
    /// side: a label spanning into them (Jiangsu's 当年支出小计 across 功能分类 and 支出用途) names their row too, and its
    /// figure, printed once in their amount column, is borrowed for this group's checks (not emitted again as a line).
    /// </summary>
    private static ImmutableArray<LedgerRow> ReadRows(ReadContext context, ColumnPlan plan, IReadOnlyList<ColumnPlan> laterGroups)
    {
        var (table, body, scale, pages, covering, kind, textIndents) = context;
        var indents = new List<TextIndent?>();
        var raw = new List<LedgerRow>();
        var styles = new List<int>();
        var ordinals = new List<int>();
        string? unit = null;
        string? codeClass = null, codeSection = null;
        var defaultPage = table.Pages.IsDefaultOrEmpty ? 1 : table.Pages[0];
        for (var i = 0; i < body.Count; i++)
        {
            var row = body[i];
            string Text(int c) => CellText.Clean(c < row.Count ? row[c] : "");
            var unitText = plan.Columns(ColumnRole.Unit).Select(Text).FirstOrDefault(t => t.Length > 0);
            if (unitText is not null) unit = unitText;

            var code = plan.Columns(ColumnRole.SubjectCode).Select(Text).FirstOrDefault(t => t.Length > 0);
            var otherCode = plan.Columns(ColumnRole.OtherCode).Select(Text).FirstOrDefault(t => t.Length > 0);
            code ??= ComposeSplitCode(plan, Text, ref codeClass, ref codeSection);
            var nameColumn = plan.Columns(ColumnRole.Name).Concat(plan.Columns(ColumnRole.OtherText)).Cast<int?>().FirstOrDefault(c => Text(c!.Value).Length > 0);
            var name = nameColumn is { } nc ? Text(nc) : SpanningLabel(plan, covering, i + table.HeaderRowCount);
            // A label printed across the code and name columns (合计 over 科目编码 | 科目名称) is a name, not a code.
            if (code is not null && name is null && !code.Any(char.IsDigit)) (name, code) = (code, null);
            if (otherCode is not null && name is null && !otherCode.Any(char.IsDigit)) (name, otherCode) = (otherCode, null);
            if (code is null && name is not null && LeadingCode().Match(name) is { Success: true } lead)
            {
                code = lead.Groups[1].Value;
                name = lead.Groups[2].Value.Trim();
            }

            var cells = ImmutableArray.CreateBuilder<LedgerCell>();
            var gridRow = i + table.HeaderRowCount;
            foreach (var c in plan.Columns(ColumnRole.Amount))
            {
                // A position covered by a label spanning from another column holds no amount of its own.
                if (covering.TryGetValue((gridRow, c), out var cover) && cover.Col != c) continue;
                var text = Text(c);
                if (!AmountParser.TryParse(text, ColumnScale(plan.Label(c), scale), out var amount)) continue;
                cells.Add(new LedgerCell(c, plan.Label(c), text, amount, pages.GetValueOrDefault((gridRow, c), defaultPage)));
            }
            if (cells.Count == 0 && name is not null && SpanEnd(plan, covering, gridRow) is { } spanEnd)
            {
                // The figures printed after the span stand, in order, for this group's amount columns.
                var own = plan.Columns(ColumnRole.Amount).ToList();
                var printed = laterGroups.SelectMany(g => g.Columns(ColumnRole.Amount).Where(c => c >= spanEnd).Select(c => (Col: c, Label: g.Label(c)))).ToList();
                for (var k = 0; k < own.Count && printed.Count == own.Count; k++)
                {
                    var text = Text(printed[k].Col);
                    if (AmountParser.TryParse(text, ColumnScale(printed[k].Label, scale), out var amount))
                        cells.Add(new LedgerCell(own[k], plan.Label(own[k]), text, amount, pages.GetValueOrDefault((gridRow, printed[k].Col), defaultPage), Borrowed: true));
                }
            }
            var hasAmount = cells.Any(c => c.Amount.Value is not null);
            if (code is null && name is null && unitText is null && otherCode is null && !hasAmount) continue;
            if (cells.Count == 0) continue;

            var (style, bare) = name is null ? (0, (string?)null) : Numbering.Read(name);
            var cleanName = bare?.TrimEnd('★', '*', '＊').Trim();
            var subjectCode = code is not null && SubjectCode().IsMatch(code) ? code : null;
            RowRole role;
            if (cleanName is not null && IsTotal(cleanName) && subjectCode is null) role = RowRole.Total;
            else if (code is null && cleanName is null && otherCode is null && unitText is not null) role = RowRole.Unit;
            else if (code is null && cleanName is null && otherCode is null && raw.Count == 0) role = RowRole.Total; // unlabeled first row: the sum
            else role = RowRole.Subject;

            int? level = subjectCode is null ? null : (subjectCode.Length - 1) / 2;
            var parent = level > 1 ? subjectCode![..^2] : null;
            var classification = subjectCode is null ? null : Classify(subjectCode, kind);
            if (classification is null && role == RowRole.Subject && code is null && plan.Side == "expenditure"
                && kind is TableKind.IncomeExpenditureSummary or TableKind.FiscalGrantSummary)
                classification = "function";
            raw.Add(new LedgerRow(i + table.HeaderRowCount, plan.Side, unit, code ?? otherCode, cleanName, level, parent,
                classification, role, style > 0 && subjectCode is null, cells.ToImmutable()));
            styles.Add(subjectCode is null && role == RowRole.Subject ? style : 0);
            ordinals.Add(style > 0 ? Numbering.Ordinal(name!) : 0);
            indents.Add(nameColumn is { } col && covering.TryGetValue((i + table.HeaderRowCount, col), out var nameCell) && nameCell.Col == col
                ? textIndents.Of(nameCell) : null);
        }
        return IndentLevels.Assign(AssignNumberingLevels(raw, styles, ordinals), indents);
    }

    /// <summary>
    /// Levels for names numbered 一、/（一）/1.: the styles present, in their customary order, are levels 1, 2, 3. A list
    /// restarting at 一 right under a row numbered 一 of the same style (长春 财政拨款收支总表: 一、本年支出 then
    /// 一、一般公共服务支出 … 四、住房保障支出, then 二、结转下年支出) is nested one level deeper until a number continues
    /// the outer list.
    /// </summary>
    private static ImmutableArray<LedgerRow> AssignNumberingLevels(List<LedgerRow> rows, List<int> styles, List<int> ordinals)
    {
        var present = styles.Where(s => s > 0).Distinct().Order().ToList();
        if (present.Count == 0) return [.. rows];
        var result = ImmutableArray.CreateBuilder<LedgerRow>(rows.Count);
        var lastAtLevel = new Dictionary<int, string?>();
        string? anchor = null;
        var lists = new Dictionary<int, List<int>>(); // per style: the last number of each open list, outermost first
        var previous = (Style: 0, Ordinal: 0);
        for (var i = 0; i < rows.Count; i++)
        {
            if (styles[i] == 0)
            {
                // A total ends the numbered list above it; an unnumbered name after it (上年结余、结转) heads the
                // numbered items that follow (1.财政拨款结余、结转), which must not hang under the list before the total.
                if (rows[i].Role == RowRole.Total)
                {
                    lastAtLevel.Clear();
                    anchor = null;
                }
                else if (rows[i].Role == RowRole.Subject && rows[i].Code is null && lastAtLevel.Count == 0) anchor = rows[i].Name;
                previous = (0, 0);
                result.Add(rows[i]);
                continue;
            }
            var ordinal = ordinals[i];
            var depth = ListDepth(lists, styles[i], ordinal, restartsUnder: previous == (styles[i], 1) && ordinal == 1);
            previous = (styles[i], ordinal);
            var level = present.IndexOf(styles[i]) + 1 + depth;
            if (level == 1) anchor = null;
            var parent = level > 1 ? lastAtLevel.GetValueOrDefault(level - 1) ?? anchor : null;
            lastAtLevel[level] = rows[i].Name;
            foreach (var deeper in lastAtLevel.Keys.Where(k => k > level).ToList()) lastAtLevel.Remove(deeper);
            result.Add(rows[i] with { Level = level, Parent = parent });
        }
        return result.ToImmutable();
    }

    /// <summary>How deep (0 = outermost) the numbered row sits among the open lists of its style, updating them.</summary>
    private static int ListDepth(Dictionary<int, List<int>> lists, int style, int ordinal, bool restartsUnder)
    {
        if (!lists.TryGetValue(style, out var open)) lists[style] = open = [];
        if (open.Count == 0 || restartsUnder) open.Add(ordinal);
        else if (ordinal != open[^1] + 1)
        {
            // Not the next number here: an outer list it continues, else a restart of the current list.
            var outer = open.FindLastIndex(n => n + 1 == ordinal);
            if (outer >= 0) open.RemoveRange(outer + 1, open.Count - outer - 1);
            open[^1] = ordinal;
        }
        else open[^1] = ordinal;
        return open.Count - 1;
    }

    /// <summary>A unit printed in the column header ("预算数（万元）") overrides the table's unit.</summary>
    private static decimal ColumnScale(string label, decimal tableScale)
    {
        var m = HeaderUnit().Match(CellText.Compact(label));
        return m.Success ? AmountUnit.Scale(m.Groups[1].Value) : tableScale;
    }

    /// <summary>A code printed in 类 | 款 | 项 columns: a 款 or 项 alone continues the 类 and 款 above it.</summary>
    private static string? ComposeSplitCode(ColumnPlan plan, Func<int, string> text, ref string? codeClass, ref string? codeSection)
    {
        var cls = plan.Columns(ColumnRole.CodeClass).Select(text).FirstOrDefault(t => t.Length > 0);
        var sec = plan.Columns(ColumnRole.CodeSection).Select(text).FirstOrDefault(t => t.Length > 0);
        var item = plan.Columns(ColumnRole.CodeItem).Select(text).FirstOrDefault(t => t.Length > 0);
        if (cls is null && sec is null && item is null) return null;
        if (cls is not null)
        {
            codeClass = cls;
            codeSection = null;
        }
        if (sec is not null) codeSection = sec.Length > 2 ? sec[^2..] : sec;
        if (codeClass is null) return null;
        if (item is not null) return codeSection is null ? null : codeClass + codeSection + (item.Length > 2 ? item[^2..] : item);
        if (sec is not null) return codeClass + codeSection;
        return codeClass;
    }

    /// <summary>Function codes start with 2 (3/5/7 digits); economic codes with 3 or 5 (3/5 digits).</summary>
    private static string? Classify(string code, string? kind)
    {
        if (kind is TableKind.GeneralBudgetByEconomic or TableKind.GeneralBudgetBasicByEconomic or TableKind.GeneralBudgetProjectByEconomic
            && code.Length <= 5) return "economic";
        if (code[0] == '2') return "function";
        if (code[0] is '3' or '5' && code.Length <= 5) return "economic";
        return null;
    }

    public static bool IsTotal(string name)
    {
        var n = CellText.Compact(name);
        return n.Length <= 10 && (n.EndsWith("合计", StringComparison.Ordinal) || n.EndsWith("总计", StringComparison.Ordinal) || n == "小计");
    }

    /// <summary>The columns of each side: a header row printing 收入 … 支出 splits the table at 支出.</summary>
    private static IEnumerable<(int Start, int End, string? Side)> Sides(ImmutableArray<ImmutableArray<string>> grid, int headerRows, int columns)
    {
        for (var r = 0; r < Math.Min(grid.Length, Math.Max(headerRows, 1)); r++)
        {
            var row = grid[r];
            var income = -1;
            for (var c = 0; c < row.Length; c++)
            {
                var t = CellText.Compact(row[c]);
                if (income < 0 && t.Contains("收入", StringComparison.Ordinal) && t.Length <= 6) income = c;
                else if (income >= 0 && t.Contains("支出", StringComparison.Ordinal) && t.Length <= 6 && row.Count(x => x.Trim().Length > 0) <= 4)
                {
                    yield return (0, c, "income");
                    yield return (c, columns, "expenditure");
                    yield break;
                }
            }
        }
        yield return (0, columns, null);
    }

    private static string StripSideWord(string label)
    {
        var parts = label.Split('/');
        var first = CellText.Compact(parts[0]);
        return parts.Length > 1 && first.Length <= 6 && (first.Contains("收入", StringComparison.Ordinal) || first.Contains("支出", StringComparison.Ordinal))
            ? string.Join("/", parts[1..]) : label;
    }

    /// <summary>The text of a label cell spanning into this group's name column from a group to its left.</summary>
    private static string? SpanningLabel(ColumnPlan plan, Dictionary<(int, int), TableCell> covering, int gridRow)
    {
        foreach (var c in plan.Columns(ColumnRole.Name))
            if (covering.TryGetValue((gridRow, c), out var cell) && cell.Col < plan.Start && CellText.Clean(cell.Text) is { Length: > 0 } text
                && !AmountParser.IsNumber(text))
                return text;
        return null;
    }

    /// <summary>The column after a label of this group's name column that spans past the group's end, else null.</summary>
    private static int? SpanEnd(ColumnPlan plan, Dictionary<(int, int), TableCell> covering, int gridRow)
    {
        foreach (var c in plan.Columns(ColumnRole.Name))
            if (covering.TryGetValue((gridRow, c), out var cell) && cell.Col + Math.Max(1, cell.ColSpan) > plan.End)
                return cell.Col + Math.Max(1, cell.ColSpan);
        return null;
    }

    /// <summary>The cell covering each grid position (a spanning cell covers all of its positions).</summary>
    private static Dictionary<(int, int), TableCell> CoveringCells(Table table)
    {
        var covering = new Dictionary<(int, int), TableCell>();
        foreach (var cell in table.Cells)
            for (var r = cell.Row; r < cell.Row + Math.Max(1, cell.RowSpan); r++)
                for (var c = cell.Col; c < cell.Col + Math.Max(1, cell.ColSpan); c++)
                    covering[(r, c)] = cell;
        return covering;
    }

    /// <summary>The page each grid position was read from (spanned positions take their cell's page).</summary>
    private static Dictionary<(int, int), int> CellPages(Table table)
    {
        var pages = new Dictionary<(int, int), int>();
        foreach (var cell in table.Cells)
            for (var r = cell.Row; r < cell.Row + Math.Max(1, cell.RowSpan); r++)
                for (var c = cell.Col; c < cell.Col + Math.Max(1, cell.ColSpan); c++)
                    pages[(r, c)] = cell.Page;
        return pages;
    }

    [GeneratedRegex(@"^[\[【]?(\d{3}(?:\d{2}){0,2})[\]】]?\s*([^\d\s\]】].*)$")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"[(（](?:单位[:：])?(亿元|万元|千元|元)[)）]")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}$")]
    private static partial Regex SubjectCode();
}
