using System.Collections.Immutable;
using BudgetExtract.Geometry;
using BudgetExtract.Layout;
using BudgetExtract.Pdf.Model;
using BudgetExtract.Tables.Cells;
using BudgetExtract.Tables.Pipeline;
using BudgetExtract.Tables.Rulings;

namespace BudgetExtract.Tables.Ruled;

/// <summary>
/// Finds ruled tables on a page: rulings merged into lines, grouped into touching regions, each region
/// turned into a grid whose missing borders make spanning cells; words go to the cell holding their centre.
/// </summary>
internal static class RuledFragmentReader
{
    /// <param name="rulings">The page's rulings merged into lines (<see cref="RulingLines.Merge"/>).</param>
    public static List<(Fragment Fragment, HashSet<int> Words)> Read(
        PageLayout page, (List<Ruling> Horizontal, List<Ruling> Vertical) rulings, IReadOnlyList<PageWord> words, TableOptions options)
    {
        var (horizontal, vertical) = rulings;
        var result = new List<(Fragment, HashSet<int>)>();
        if (horizontal.Count < 2 || vertical.Count < 2) return result;

        foreach (var region in RuledRegions.Find(horizontal, vertical, options))
        {
            if (region.Horizontal.Count < 2 || region.Vertical.Count < 2) continue;
            var grid = RulingGridBuilder.Build(region, options);
            // One column between two side borders is a row-ruled table; the alignment reader handles it.
            if (grid is null || grid.Rows < 1 || grid.Columns < 2) continue;
            var fragment = Fill(page, grid, region.Box, words, out var used);
            if (fragment is null) continue;
            result.Add((fragment, used));
        }
        return result;
    }

    private static Fragment? Fill(PageLayout page, GridLayout grid, Box box, IReadOnlyList<PageWord> words, out HashSet<int> used)
    {
        used = [];
        var byCell = new Dictionary<(int, int), List<PageWord>>();
        var owner = new (int Row, int Col)[grid.Rows, grid.Columns];
        foreach (var c in grid.Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            for (var k = c.Col; k < c.Col + c.ColSpan; k++)
                owner[r, k] = (c.Row, c.Col);

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Word.Box;
            if (!box.Contains(w.CenterX, w.CenterY)) continue;
            var col = Locate(grid.Xs, w.CenterX);
            var row = Locate(grid.Ys, w.CenterY);
            if (col < 0 || row < 0) continue;
            var key = owner[row, col];
            if (!byCell.TryGetValue(key, out var list)) byCell[key] = list = [];
            list.Add(words[i]);
            used.Add(i);
        }

        var nonEmptyCells = byCell.Count;
        var multiCellGrid = grid.Cells.Count >= 2 && grid.Rows >= 2 || grid.Columns >= 2 && grid.Cells.Count >= 2;
        // A frame around text (one cell, or a box around a paragraph) is not a table.
        if (!multiCellGrid || nonEmptyCells == 0 || grid.Cells.Count < 2)
        {
            used.Clear();
            return null;
        }

        var cells = grid.Cells.Select(c =>
        {
            var box = new Box(grid.Xs[c.Col], grid.Ys[c.Row], grid.Xs[c.Col + c.ColSpan], grid.Ys[c.Row + c.RowSpan]);
            return byCell.TryGetValue((c.Row, c.Col), out var ws)
                ? new FragmentCell(c.Row, c.Col, c.RowSpan, c.ColSpan, CellText.Join(ws), box) { Content = Box.Bounding(ws.Select(w => w.Word.Box)) }
                : new FragmentCell(c.Row, c.Col, c.RowSpan, c.ColSpan, "", box);
        }).ToImmutableArray();
        return new Fragment(page.Number, box, page.Page.Width, page.Page.Height, grid.Xs, grid.Rows, cells, Ruled: true);
    }

    private static int Locate(double[] edges, double value)
    {
        if (value < edges[0] || value > edges[^1]) return -1;
        var i = Array.BinarySearch(edges, value);
        if (i >= 0) return Math.Min(i, edges.Length - 2);
        return Math.Min(~i - 1, edges.Length - 2);
    }
}
