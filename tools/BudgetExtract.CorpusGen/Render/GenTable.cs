using BudgetExtract.CorpusGen.Seeds;

namespace BudgetExtract.CorpusGen.Render;

/// <summary>One cell as drawn (and as expected back): a spanning cell appears once, at its top-left.</summary>
internal sealed record GenCell(int Row, int Col, int RowSpan, int ColSpan, bool Header, string Text);

/// <summary>A table ready to draw: full-width grid (header rows first) plus its cells with spans.</summary>
internal sealed record GenTable(SeedTable Seed, int ColumnCount, int HeaderRowCount, string[][] Grid, IReadOnlyList<GenCell> Cells)
{
    public int RowCount => Grid.Length;

    /// <summary>
    /// Derives spans from the seed grid. Header rows: a cell spans the empty, uncovered cells to its right,
    /// then down while every position below is empty (2023 年政府采购项目 over 小计 / 其中：…).
    /// Form tables (performance targets): label cells in the first two columns span down over the rows whose
    /// cell is empty (一级指标/二级指标), and text cells span the empty cells to their right. Other body cells are 1×1.
    /// </summary>
    public static GenTable From(SeedTable seed)
    {
        var grid = seed.HeaderRows.Concat(seed.BodyRows).Select(r => r.ToArray()).ToArray();
        var width = grid.Length == 0 ? 1 : grid.Max(r => r.Length);
        var h = seed.HeaderRows.Count;
        var covered = new bool[grid.Length, width];
        var cells = new List<GenCell>();
        // Label columns of a form: the first, and those headed 一级指标/二级指标 (the first two when none is).
        var labelColumns = grid.SelectMany(row => row.Select((text, col) => (text, col)))
            .Where(x => x.text is "一级指标" or "二级指标").Select(x => x.col).Prepend(0).Distinct().Order().ToList();
        if (labelColumns.Count == 1) labelColumns.Add(1);
        for (var r = 0; r < grid.Length; r++)
        for (var c = 0; c < width; c++)
        {
            if (covered[r, c]) continue;
            var text = grid[r][c];
            int rs = 1, cs = 1;
            if (text.Length > 0 && r < h)
            {
                while (c + cs < width && grid[r][c + cs].Length == 0 && !covered[r, c + cs]) cs++;
                while (r + rs < h && Enumerable.Range(c, cs).All(k => grid[r + rs][k].Length == 0 && !covered[r + rs, k])) rs++;
            }
            else if (text.Length > 0 && seed.IsForm && !SeedText.IsNumeric(text))
            {
                // A label (一级指标, 二级指标) spans down over empty cells, but only while the label columns to its
                // left stay empty too, so it never reaches into the next group.
                if (labelColumns.Contains(c))
                    while (r + rs < grid.Length && grid[r + rs][c].Length == 0 && !covered[r + rs, c]
                           && labelColumns.Where(k => k < c).All(k => grid[r + rs][k].Length == 0)) rs++;
                while (c + cs < width && Enumerable.Range(r, rs).All(k => grid[k][c + cs].Length == 0 && !covered[k, c + cs])) cs++;
            }
            for (var dr = 0; dr < rs; dr++)
            for (var dc = 0; dc < cs; dc++) covered[r + dr, c + dc] = true;
            cells.Add(new GenCell(r, c, rs, cs, r < h, text));
        }
        return new GenTable(seed, width, h, grid, cells);
    }
}
