using System.Reflection;

namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>The lines of a text file embedded in this assembly (the generated term and character-pair lists).</summary>
internal static class EmbeddedLines
{
    public static List<string> Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"BudgetExtract.Ocr.Lexicon.{fileName}")
            ?? throw new InvalidOperationException($"the embedded resource {fileName} is missing from BudgetExtract.Ocr");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
