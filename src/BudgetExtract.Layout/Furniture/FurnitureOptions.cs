namespace BudgetExtract.Layout.Furniture;

/// <summary>Where furniture is looked for and how often it must repeat.</summary>
public sealed record FurnitureOptions
{
    /// <summary>Share of the page height at the top and at the bottom where furniture may sit. Default: 0.13.</summary>
    public double MarginShare { get; init; } = 0.13;

    /// <summary>A line counts as repeated when its text (digits ignored) recurs on at least this share of pages. Default: 0.3.</summary>
    public double RepeatShare { get; init; } = 0.3;

    /// <summary>…and on at least this many pages. Default: 3.</summary>
    public int MinRepeatPages { get; init; } = 3;

    /// <summary>Two occurrences are "at the same place" when their positions differ by at most this share of the page height. Default: 0.03.</summary>
    public double PositionTolerance { get; init; } = 0.03;

    /// <summary>
    /// Lines printed larger than this multiple of the document's median font size are titles, never furniture,
    /// however often they repeat (per-project forms repeat their title at the top of a page). Default: 1.3.
    /// </summary>
    public double MaxSizeOverBody { get; init; } = 1.3;
}
