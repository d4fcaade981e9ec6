namespace BudgetExtract.Tables;

/// <summary>Tolerances of table reconstruction, in PDF points unless said otherwise.</summary>
public sealed record TableOptions
{
    /// <summary>Rulings closer than this (across their direction) are one line. Default: 2.</summary>
    public double RulingMergeTolerance { get; init; } = 2.0;

    /// <summary>Collinear rulings separated by a gap up to this are joined. Default: 3.</summary>
    public double RulingGapTolerance { get; init; } = 3.0;

    /// <summary>A vertical and a horizontal ruling this close count as touching. Default: 3.</summary>
    public double IntersectionTolerance { get; init; } = 3.0;

    /// <summary>A border must cover this share of a cell side to separate two cells. Default: 0.6.</summary>
    public double BorderCoverage { get; init; } = 0.6;

    /// <summary>How far above a table (points) its number, title, unit and meta lines may sit. Default: 90.</summary>
    public double CaptionReach { get; init; } = 90;

    /// <summary>How far below a table (points) a note (注：…) may start. Default: 40.</summary>
    public double NoteReach { get; init; } = 40;

    /// <summary>Column edges of two parts of a continued table may differ by this much. Default: 6.</summary>
    public double ColumnMatchTolerance { get; init; } = 6;
}
