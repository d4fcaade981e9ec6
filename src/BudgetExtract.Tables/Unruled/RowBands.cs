namespace BudgetExtract.Tables.Unruled;

/// <summary>
/// Consecutive lines whose boxes overlap vertically: one row band. Vertically centred cells interleave their
/// lines (a one-line label sits between the two lines of the wrapped name beside it), so a band, not a line,
/// is a row's worth of cells.
/// </summary>
internal readonly record struct RowBand(int First, int Count, double Top, double Bottom, int CellCount)
{
    public int Last => First + Count - 1;

    /// <summary>Two cells or more: a table row rather than a line of prose.</summary>
    public bool IsTabular => CellCount >= 2;

    public IEnumerable<StreamLine> Lines(IReadOnlyList<StreamLine> lines) => lines.Skip(First).Take(Count);

    public IEnumerable<StreamCell> Cells(IReadOnlyList<StreamLine> lines) => Lines(lines).SelectMany(l => l.Cells);
}

internal static class RowBands
{
    /// <summary>Lines overlapping by more than this share of the font size share a band.</summary>
    private const double OverlapRatio = 0.15;

    /// <summary>The gap between two lines of one wrapped cell (the leading) stays under this share of the font size.</summary>
    internal const double MaxLeadingRatio = 0.6;

    /// <summary>The bands of lines sorted top to bottom; a caption line is a band of its own and never tabular.</summary>
    public static List<RowBand> Of(IReadOnlyList<StreamLine> lines)
    {
        var bands = new List<RowBand>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = line.IsCaption ? 0 : line.Cells.Count;
            if (bands.Count > 0 && !line.IsCaption && lines[i - 1] is { IsCaption: false } && line.Box.Y0 < bands[^1].Bottom - OverlapRatio * line.FontSize)
            {
                var b = bands[^1];
                bands[^1] = b with { Count = b.Count + 1, Bottom = Math.Max(b.Bottom, line.Box.Y1), CellCount = b.CellCount + cells };
            }
            else
            {
                bands.Add(new RowBand(i, 1, line.Box.Y0, line.Box.Y1, cells));
            }
        }
        return bands;
    }

    /// <summary>
    /// Bands closer than the leading of a wrapped cell taken as one row, on a page whose rows stand further apart
    /// than that (with single-spaced rows, every row would be one).
    /// </summary>
    public static List<RowBand> JoinWrapped(List<RowBand> bands, double maxGap)
    {
        var rows = new List<RowBand>();
        foreach (var band in bands)
        {
            if (rows.Count > 0 && band.CellCount > 0 && rows[^1].CellCount > 0 && band.Top - rows[^1].Bottom < maxGap)
            {
                var r = rows[^1];
                rows[^1] = r with { Count = band.Last - r.First + 1, Bottom = Math.Max(r.Bottom, band.Bottom), CellCount = Math.Max(r.CellCount, band.CellCount) };
            }
            else
            {
                rows.Add(band);
            }
        }
        return rows;
    }
}
