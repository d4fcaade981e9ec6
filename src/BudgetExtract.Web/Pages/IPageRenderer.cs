namespace BudgetExtract.Web.Pages;

/// <summary>Renders one page (1-based) of a PDF to a PNG file; the seam that keeps mutool out of unit tests.</summary>
public interface IPageRenderer
{
    Task RenderAsync(string pdfPath, int page, int resolution, string pngPath, CancellationToken cancellationToken);
}
