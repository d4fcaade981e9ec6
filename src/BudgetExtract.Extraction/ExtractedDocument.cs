using System.Collections.Immutable;
using BudgetExtract.Diagnostics;
using BudgetExtract.Layout;
using BudgetExtract.Normalize;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction;

/// <summary>Everything the pipeline learned about one document, before it is written out.</summary>
public sealed record ExtractedDocument(
    string File,
    string Sha256,
    int PageCount,
    ImmutableArray<PageLayout> Pages,
    ImmutableArray<Table> Tables,
    ImmutableArray<Diagnostic> Diagnostics,
    NormalizedDocument? Normalized = null);
