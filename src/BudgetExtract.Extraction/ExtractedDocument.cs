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
    NormalizedDocument? Normalized = null)
{
    /// <summary>Wall time spent in each stage, for benchmarks.</summary>
    public StageTimings Timings { get; init; }
}

/// <summary>Wall time of the stages of one document: reading (mutool and parsing), layout, tables, normalization.</summary>
public readonly record struct StageTimings(TimeSpan Read, TimeSpan Layout, TimeSpan Tables, TimeSpan Normalize);
