namespace BudgetExtract.Cli.Infrastructure;

/// <summary>Expands a FILE|DIR argument into the PDF files to process.</summary>
public static class InputFiles
{
    /// <summary>A directory yields its *.pdf files (recursively, sorted); a file path is returned as is, even if missing.</summary>
    public static IReadOnlyList<string> Expand(string path, out bool isDirectory)
    {
        isDirectory = Directory.Exists(path);
        if (!isDirectory) return [path];
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
