using System.Collections.Immutable;
using BudgetExtract.Tables.Model;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Stitching;

/// <summary>Builds one <see cref="Table"/> from its parts: later parts' repeated headers dropped, columns mapped by position.</summary>
internal static class TableAssembler
{
    public static Table Assemble(IReadOnlyList<Fragment> parts)
    {
        var head = parts[0];
        var headerRows = head.HeaderRows;
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        foreach (var c in head.Cells)
            cells.Add(new TableCell(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Row < headerRows, c.Text, head.Page, c.Box));
        var rowCount = head.RowCount;

        foreach (var part in parts.Skip(1))
        {
            var skip = RepeatsHeader(head, part) ? part.HeaderRows : 0;
            var map = MapColumns(head, part);
            foreach (var c in part.Cells)
            {
                if (c.Row < skip) continue;
                var from = map[c.Col];
                var to = map[Math.Min(c.Col + c.ColSpan, part.ColumnCount) - 1];
                cells.Add(new TableCell(rowCount + c.Row - skip, from, c.RowSpan, Math.Max(1, to - from + 1), false, c.Text, part.Page, c.Box));
            }
            rowCount += part.RowCount - skip;
        }

        var caption = parts.Select(p => p.Caption).FirstOrDefault(c => !c.IsEmpty) ?? TableCaption.None;
        return new Table(
            caption.Number,
            caption.Title,
            parts.Select(p => p.Caption.Unit).FirstOrDefault(u => u is not null),
            [.. parts.Select(p => p.Page).Distinct().Order()],
            head.ColumnCount,
            headerRows,
            rowCount,
            DeduplicatePositions(cells.ToImmutable()),
            [.. parts.SelectMany(p => p.Notes)],
            caption.MetaLines);
    }

    private static bool RepeatsHeader(Fragment head, Fragment part)
    {
        if (part.HeaderRows == 0) return false;
        if (ContinuedTableStitcher.SameHeader(head, part)) return true;
        // A header repeated with small differences (a wrapped word, a renamed year) is still a repeated header.
        var a = head.TextRows().Take(head.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToHashSet();
        var b = part.TextRows().Take(part.HeaderRows).SelectMany(r => r).Where(t => t.Length > 0).Select(ContinuedTableStitcher.Normalize).ToList();
        return b.Count > 0 && b.Count(a.Contains) >= 0.5 * b.Count;
    }

    /// <summary>For each column of <paramref name="part"/>, the column of <paramref name="head"/> it overlaps most.</summary>
    private static int[] MapColumns(Fragment head, Fragment part)
    {
        var map = new int[part.ColumnCount];
        if (part.ColumnCount == head.ColumnCount)
        {
            for (var i = 0; i < map.Length; i++) map[i] = i;
            return map;
        }
        var scale = part.PageWidth > 0 ? head.PageWidth / part.PageWidth : 1;
        for (var i = 0; i < part.ColumnCount; i++)
        {
            var x0 = part.ColumnEdges[i] * scale;
            var x1 = part.ColumnEdges[i + 1] * scale;
            var best = 0;
            var bestOverlap = double.MinValue;
            for (var j = 0; j < head.ColumnCount; j++)
            {
                var overlap = Math.Min(x1, head.ColumnEdges[j + 1]) - Math.Max(x0, head.ColumnEdges[j]);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = j;
                }
            }
            map[i] = best;
        }
        return map;
    }

    /// <summary>Two part-columns mapped onto one column: keep one cell per position, texts joined.</summary>
    private static ImmutableArray<TableCell> DeduplicatePositions(ImmutableArray<TableCell> cells)
    {
        var byPosition = new Dictionary<(int, int), TableCell>();
        foreach (var c in cells)
        {
            if (byPosition.TryGetValue((c.Row, c.Col), out var existing))
            {
                var text = existing.Text.Length == 0 ? c.Text : c.Text.Length == 0 ? existing.Text : existing.Text + " " + c.Text;
                byPosition[(c.Row, c.Col)] = existing with { Text = text, Box = existing.Box.Union(c.Box) };
            }
            else
            {
                byPosition[(c.Row, c.Col)] = c;
            }
        }
        return [.. byPosition.Values.OrderBy(c => c.Row).ThenBy(c => c.Col)];
    }
}
