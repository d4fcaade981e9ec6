using System.Collections.Immutable;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout.Text;

/// <summary>Groups a page's glyphs into text lines made of words.</summary>
public interface ITextLineBuilder
{
    ImmutableArray<TextLine> Build(PageContent page);
}
