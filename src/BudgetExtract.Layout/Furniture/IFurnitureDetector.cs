using System.Collections.Immutable;
using BudgetExtract.Layout.Text;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Furniture;

/// <summary>Finds page furniture: lines that belong to the page, not to its content.</summary>
public interface IFurnitureDetector
{
    /// <summary>For each page (same order as given), the set of indexes into its lines that are furniture.</summary>
    ImmutableArray<ImmutableHashSet<int>> Detect(IReadOnlyList<(PageContent Page, ImmutableArray<TextLine> Lines)> pages);
}
