using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetExtract.CorpusGen.Seeds;

/// <summary>
/// Reads a seed text rendering: tables are runs of tab-separated (or Markdown pipe) lines; "表 N", a title,
/// "部门名称：…" and "单位：万元" lines precede them, "注：…" lines follow. A chunk whose 表 N repeats the
/// previous table's continues it (the seed broke the page there); its repeated header rows are dropped.
/// </summary>
internal static partial class SeedParser
{
    public static SeedDocument Parse(string name, string text)
    {
        var lines = text.Replace("\r", "").Split('\n');
        var prose = new List<string>();
        var tables = new List<Builder>();
        var context = new List<string>();
        Builder? last = null;
        string? signer = null;
        DateTime? stamp = null;
        var i = 0;
        while (i < lines.Length)
        {
            if (!IsRow(lines[i]))
            {
                var line = lines[i].Trim();
                if (Stamp().Match(line) is { Success: true } m)
                {
                    stamp ??= DateTime.ParseExact(m.Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                    if (signer is null && context.Count > 0 && context[^1].Length < 30) signer = context[^1];
                    if (context.Count > 0 && context[^1].Length < 30) context.RemoveAt(context.Count - 1);
                }
                else if (line.Length > 0 && (line.StartsWith('注') || line.StartsWith("备注")) && last is not null && context.Count == 0)
                    last.Notes.Add(SeedText.Clean(line));
                else if (line.Length > 0)
                {
                    context.Add(line);
                    if (IsProse(line)) prose.Add(SeedText.Clean(line.TrimStart('#', '-', ' ')));
                }
                i++;
                continue;
            }

            var rows = new List<string[]>();
            while (i < lines.Length && (IsRow(lines[i]) || (lines[i].Trim().Length == 0 && i + 1 < lines.Length && IsRow(lines[i + 1]) && !IsTitleRow(Cells(lines[i + 1])))))
            {
                if (IsRow(lines[i]) && !Separator().IsMatch(lines[i].Trim())) rows.Add(Cells(lines[i]));
                i++;
            }
            var head = ReadContext(context);
            // Same 表 N, or a bare chunk (no number, no title) as wide as the previous table: the table goes on.
            var continues = last is not null && (head.Number is not null && head.Number == last.Number
                || head.Number is null && head.Title is null && rows.Count > 0 && rows.Max(r => r.Length) == last.Chunks[0].Select(r => r.Length).DefaultIfEmpty(0).Max() && !IsTitleRow(rows[0]));
            if (continues && last is not null)
                last.Chunks.Add(rows);
            else
            {
                last = new Builder(head.Number, head.Title, head.Unit, head.Meta);
                last.Chunks.Add(rows);
                tables.Add(last);
            }
            context.Clear();
        }
        // The document's name for a running title: its first line, unless that is already a table row.
        var first = lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        var title = IsRow(first) ? "" : SeedText.Clean(first.TrimStart('#', ' '));
        return new SeedDocument(name, title.Length <= 40 && !title.EndsWith('表') ? title : "", prose, [.. tables.Select(t => t.Build())],
            signer ?? "深圳市财政局 审核专用", stamp ?? new DateTime(2023, 4, 12, 22, 4, 31));
    }

    private sealed record Head(string? Number, string? Title, string? Unit, List<string> Meta);

    private static Head ReadContext(List<string> context)
    {
        var start = context.FindLastIndex(l => NumberLine().IsMatch(l));
        string? number = null, title = null, unit = null;
        var meta = new List<string>();
        IEnumerable<string> after;
        if (start >= 0)
        {
            number = SeedText.Clean(context[start]);
            after = context.Skip(start + 1);
        }
        else
        {
            // No 表 N: the title is a short line naming a table (…表), possibly followed by meta lines.
            var t = context.FindLastIndex(l => SeedText.Clean(l.TrimStart('#', ' ')).EndsWith('表'));
            if (t < context.Count - 3) t = -1;
            if (t < 0) return new Head(null, null, null, meta);
            after = context.Skip(t);
        }
        foreach (var raw in after)
        {
            var line = SeedText.Clean(raw.TrimStart('#', ' '));
            if (UnitLine().Match(line) is { Success: true } u) unit = u.Groups[1].Value;
            else if (title is null && !MetaLine().IsMatch(line)) title = line;
            else meta.Add(line);
        }
        return new Head(number, title, unit, meta);
    }

    /// <summary>
    /// A 绩效目标表 or 自评表 is a form (key | value rows, no header); 部门预算绩效管理项目情况表 names 绩效 too but is a
    /// list with a head row, repeated on its continuation page.
    /// </summary>
    private static bool IsFormTitle(string? title) => title is not null && (title.Contains("绩效目标") || title.Contains("自评"));

    /// <summary>A row holding only a name in its first cell (财政项目支出绩效自评价): a form's title.</summary>
    private static bool IsTitleRow(string[] row) => row.Length > 1 && row[0].Length > 0 && row.Skip(1).All(c => c.Length == 0);

    private static bool IsRow(string line) => line.Contains('\t') || line.TrimStart().StartsWith('|');

    private static bool IsProse(string line) => line.Length >= 40 && !line.StartsWith('-') && !line.StartsWith('#');

    private static string[] Cells(string line)
    {
        if (line.Contains('\t')) return [.. line.Split('\t').Select(SeedText.Clean)];
        var s = line.Trim();
        s = s[1..];
        if (s.EndsWith('|')) s = s[..^1];
        return [.. s.Split('|').Select(SeedText.Clean)];
    }

    private sealed class Builder(string? number, string? title, string? unit, List<string> meta)
    {
        public string? Number { get; } = number;
        public List<List<string[]>> Chunks { get; } = [];
        public List<string> Notes { get; } = [];

        public SeedTable Build()
        {
            var rows = Chunks.Select(c => c.Where(r => r.Any(x => x.Length > 0)).ToList()).Where(c => c.Count > 0).ToList();
            var width = rows.SelectMany(c => c).Select(r => LastNonEmpty(r) + 1).DefaultIfEmpty(1).Max();
            rows = [.. rows.Select(c => c.Select(r => Pad(r, width)).ToList())];

            var isForm = IsFormTitle(title);
            var first = rows.FirstOrDefault() ?? [];
            string[]? titleRow = null;
            // A form's first row holding only its name (财政项目支出绩效自评价) is the title, not a row.
            if (title is null && first.Count > 0 && first[0][0].Length > 0 && first[0].Count(x => x.Length > 0) == 1)
            {
                titleRow = first[0];
                first.RemoveAt(0);
                isForm = true;
            }
            var headerCount = isForm ? 0 : HeaderCount(rows);
            var header = first.Take(headerCount).ToList();
            var body = new List<string[]>();
            var breaks = new List<int>();
            for (var c = 0; c < rows.Count; c++)
            {
                var chunk = rows[c];
                var skip = 0;
                if (c == 0) skip = headerCount;
                else
                {
                    // A continuation repeats the title row and/or the header rows: drop them.
                    var offset = titleRow is not null && chunk.Count > 0 && chunk[0].SequenceEqual(titleRow) ? 1 : 0;
                    skip = offset;
                    while (skip < chunk.Count && skip - offset < header.Count && chunk[skip].SequenceEqual(header[skip - offset])) skip++;
                    breaks.Add(body.Count);
                }
                body.AddRange(chunk.Skip(skip));
            }
            var finalTitle = title ?? (titleRow is null ? null : titleRow[0]);
            return new SeedTable(Number, finalTitle, unit, meta, header, body, [.. breaks.Where(b => b > 0 && b < body.Count).Distinct()], Notes, isForm);

            int HeaderCount(List<List<string[]>> chunks)
            {
                if (chunks.Count > 1)
                {
                    // The seed repeated the header on its continuation page: the common leading rows are the header.
                    var n = 0;
                    while (n < chunks[0].Count - 1 && n < chunks[1].Count && chunks[0][n].SequenceEqual(chunks[1][n])) n++;
                    if (n > 0) return n;
                }
                var rowsOfFirst = chunks.Count > 0 ? chunks[0] : [];
                var k = rowsOfFirst.FindIndex(r => r.Any(SeedText.IsNumeric));
                // No number anywhere: a table with a header and no body (本表无数据) when it is that short.
                if (k < 0) return rowsOfFirst.Count <= 3 ? rowsOfFirst.Count : 1;
                var rows = 1;
                // A lower header row starts with an empty cell (the one above spans down over it), unless the
                // first header cell spans across (收入 over 项目 | 2023 年预算数).
                while (rows < Math.Min(k, 4) && (rowsOfFirst[rows][0].Length == 0 || rowsOfFirst[rows - 1].Length > 1 && rowsOfFirst[rows - 1][1].Length == 0)) rows++;
                return rows;
            }
        }

        private static int LastNonEmpty(string[] r)
        {
            for (var k = r.Length - 1; k >= 0; k--) if (r[k].Length > 0) return k;
            return -1;
        }

        private static string[] Pad(string[] r, int width) =>
            r.Length >= width ? r[..width] : [.. r, .. Enumerable.Repeat("", width - r.Length)];
    }

    [GeneratedRegex(@"^表\s*\d+(-\d+)?$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?:金额)?单位\s*[:：]\s*((?:万|千|亿)?元)$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^((部门|单位|预算单位)名称\s*[:：]|单位\s*[:：]|\(?\s*\d{4}\s*年度\s*\)?$)")]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^\|[-\s|:]+\|?$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")]
    private static partial Regex Stamp();
}
