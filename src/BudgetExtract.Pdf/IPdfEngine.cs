using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Pdf;

/// <summary>Reads the drawn content of a PDF's pages. The seam between BudgetExtract and a PDF library.</summary>
public interface IPdfEngine
{
    /// <summary>Reads the selected pages of <paramref name="file"/>.</summary>
    /// <exception cref="BudgetExtract.Diagnostics.InputException">The file cannot be used at all.</exception>
    Task<PdfContent> ReadAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default);
}
