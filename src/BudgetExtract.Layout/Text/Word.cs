using BudgetExtract.Geometry;

namespace BudgetExtract.Layout.Text;

/// <summary>A run of glyphs on one baseline with no gap wider than a fraction of the font size.</summary>
public sealed record Word(string Text, Box Box, double FontSize, string Font);
