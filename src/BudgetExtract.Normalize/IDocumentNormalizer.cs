using System.Collections.Immutable;
using BudgetExtract.Contract;
using BudgetExtract.Layout;
using BudgetExtract.Normalize.Checks;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize;

/// <summary>Turns a document's rebuilt tables into the records users query: document, table kinds, lines, indicators, checks.</summary>
public interface IDocumentNormalizer
{
    NormalizedDocument Normalize(NormalizeInput input);
}

/// <summary>What normalization reads.</summary>
/// <param name="FileName">The document's file name or URL (metadata fallback).</param>
/// <param name="Tables">The rebuilt tables, in document order (their index is the <c>table</c> member of lines and checks).</param>
/// <param name="TitleLines">Text lines of the first pages, top to bottom, for the title page.</param>
/// <param name="Pages">The laid-out pages (optional): where a name starts in its cell, for levels shown by indentation only.</param>
public sealed record NormalizeInput(string? FileName, ImmutableArray<Table> Tables, ImmutableArray<string> TitleLines, ImmutableArray<PageLayout> Pages = default);

/// <summary>The normalized document.</summary>
/// <param name="Kinds">The recognized kind of each table (same order as the input tables), null when unknown.</param>
/// <param name="Checks">Every failed check (passed checks are only counted, in <paramref name="Summary"/>).</param>
public sealed record NormalizedDocument(
    DocumentInfo Document,
    ImmutableArray<string?> Kinds,
    ImmutableArray<BudgetLineRecord> Lines,
    ImmutableArray<IndicatorRecord> Indicators,
    ImmutableArray<CheckRecord> Checks,
    CheckSummary Summary)
{
    public static readonly NormalizedDocument Empty = new(DocumentInfo.Unknown, [], [], [], [], CheckSummary.Empty);
}
