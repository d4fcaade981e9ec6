using BudgetExtract.Layout;

namespace BudgetExtract.Extraction.Writers;

/// <summary>Plain text: each page's content lines in reading order, furniture left out.</summary>
public static class PlainTextFormat
{
    public static void Write(ExtractedDocument document, TextWriter output)
    {
        foreach (var page in document.Pages) WritePage(page, output);
    }

    private static void WritePage(PageLayout page, TextWriter output)
    {
        output.Write("--- page ");
        output.Write(page.Number);
        output.WriteLine(" ---");
        foreach (var line in page.Lines) output.WriteLine(line.Text);
    }
}
