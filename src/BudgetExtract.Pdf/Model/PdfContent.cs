using System.Collections.Immutable;
using BudgetExtract.Diagnostics;

namespace BudgetExtract.Pdf.Model;

/// <summary>The pages read from one PDF file.</summary>
/// <param name="File">Path of the file as given.</param>
/// <param name="PageCount">Number of pages the document has (not only those read).</param>
/// <param name="Pages">The pages read, in document order.</param>
/// <param name="Diagnostics">Document-level diagnostics (page-level ones sit on each page).</param>
public sealed record PdfContent(
    string File,
    int PageCount,
    ImmutableArray<PageContent> Pages,
    ImmutableArray<Diagnostic> Diagnostics);
