namespace BudgetExtract.Layout.Text;

/// <summary>How glyphs group into words and lines.</summary>
public sealed record TextOptions
{
    /// <summary>A horizontal gap wider than this share of the font size starts a new word. Default: 0.3.</summary>
    public double WordGapRatio { get; init; } = 0.3;

    /// <summary>
    /// Between a digit or % and a Chinese character, or between % and a digit, a gap wider than this share of the font size starts a new word:
    /// running text sets them without a gap, while a value can end this close to the next column's text
    /// (100% | 考察…); so can a percentage before the next column's amount (100% | 1978.55). Default: 0.15.
    /// </summary>
    public double ValueTextGapRatio { get; init; } = 0.15;

    /// <summary>Glyphs whose vertical centres differ by at most this share of the font size share a line. Default: 0.35.</summary>
    public double LineCenterTolerance { get; init; } = 0.35;
}
