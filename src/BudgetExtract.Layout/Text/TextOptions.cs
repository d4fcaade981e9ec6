namespace BudgetExtract.Layout.Text;

/// <summary>How glyphs group into words and lines.</summary>
public sealed record TextOptions
{
    /// <summary>A horizontal gap wider than this share of the font size starts a new word. Default: 0.3.</summary>
    public double WordGapRatio { get; init; } = 0.3;

    /// <summary>Glyphs whose vertical centres differ by at most this share of the font size share a line. Default: 0.35.</summary>
    public double LineCenterTolerance { get; init; } = 0.35;
}
