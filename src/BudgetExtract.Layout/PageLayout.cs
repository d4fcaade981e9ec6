using System.Collections.Immutable;
using BudgetExtract.Diagnostics;
using BudgetExtract.Layout.Text;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout;

/// <summary>A page after layout analysis: content lines in reading order, furniture set apart.</summary>
/// <param name="Page">The page as read.</param>
/// <param name="Lines">Content lines, top to bottom (furniture removed).</param>
/// <param name="Furniture">Lines recognized as page furniture.</param>
public sealed record PageLayout(PageContent Page, ImmutableArray<TextLine> Lines, ImmutableArray<TextLine> Furniture)
{
    public int Number => Page.Number;
    public ImmutableArray<Diagnostic> Diagnostics => Page.Diagnostics;
}
