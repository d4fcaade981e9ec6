using System.Collections.Immutable;
using BudgetExtract.Layout;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Tables;

/// <summary>Finds and rebuilds every table of a document, stitching tables continued across pages.</summary>
public interface ITableExtractor
{
    ImmutableArray<Table> Extract(IReadOnlyList<PageLayout> pages);
}
