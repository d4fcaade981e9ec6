using BudgetExtract.Geometry;

namespace BudgetExtract.Pdf.Model;

/// <summary>A filled axis-aligned rectangle too thick to be a ruling (a shaded cell, a background).</summary>
/// <param name="Box">The rectangle in page points.</param>
/// <param name="IsWhite">True when painted white (or nearly), i.e. it hides rather than draws.</param>
public readonly record struct FilledRect(Box Box, bool IsWhite);
