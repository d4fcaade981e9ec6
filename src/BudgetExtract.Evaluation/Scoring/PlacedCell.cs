using BudgetExtract.Geometry;

namespace BudgetExtract.Evaluation.Scoring;

/// <summary>A table cell with where it is printed: page and box in points (y down), as in the JSON output's <c>cells</c>.</summary>
public readonly record struct PlacedCell(int Page, Box Box, string Text, bool Header);

/// <summary>A box on a page (an <c>ocr-low-confidence</c> diagnostic's).</summary>
public readonly record struct PageBox(int Page, Box Box);
