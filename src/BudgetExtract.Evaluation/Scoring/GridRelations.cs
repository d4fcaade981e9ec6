namespace BudgetExtract.Evaluation.Scoring;

/// <summary>An ICDAR-2013 adjacency relation: a non-empty cell and its nearest non-empty neighbour to the right or below.</summary>
public readonly record struct Adjacency(string From, string To, char Direction);

/// <summary>What the scorer compares: normalized rows and adjacency relations of a grid.</summary>
public static class GridRelations
{
    /// <summary>Each row's normalized cells joined into one key; rows with no text are left out.</summary>
    public static IEnumerable<string> RowKeys(ScoredTable table) =>
        table.Grid.Select(r => r.Select(TextNormalizer.Normalize).ToArray())
            .Where(r => r.Any(c => c.Length > 0))
            .Select(r => string.Join('\u001F', r));

    /// <summary>
    /// For every non-empty cell: the nearest non-empty cell to its right in the same row ('R') and the nearest
    /// non-empty cell below it in the same column ('D'), skipping empty positions (so spans are crossed).
    /// </summary>
    public static IEnumerable<Adjacency> Adjacencies(ScoredTable table)
    {
        var grid = table.Grid.Select(r => r.Select(TextNormalizer.Normalize).ToArray()).ToArray();
        for (var r = 0; r < grid.Length; r++)
        for (var c = 0; c < grid[r].Length; c++)
        {
            var text = grid[r][c];
            if (text.Length == 0) continue;
            for (var k = c + 1; k < grid[r].Length; k++)
                if (grid[r][k].Length > 0) { yield return new Adjacency(text, grid[r][k], 'R'); break; }
            for (var k = r + 1; k < grid.Length; k++)
                if (c < grid[k].Length && grid[k][c].Length > 0) { yield return new Adjacency(text, grid[k][c], 'D'); break; }
        }
    }

    /// <summary>Normalized non-empty cell texts: what two tables share decides which expected table an extracted one is.</summary>
    public static IEnumerable<string> CellTexts(ScoredTable table) =>
        table.Grid.SelectMany(r => r).Select(TextNormalizer.Normalize).Where(t => t.Length > 0);
}
