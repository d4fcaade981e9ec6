using System.Globalization;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Recognition.Lexicon;

namespace BudgetExtract.ScanGen;

/// <summary>
/// Builds the character-pair counts of the OCR stroke context (src/BudgetExtract.Ocr/Recognition/Lexicon/budget-bigrams.txt)
/// from the plain text of real text-layer budget PDFs (<c>mutool draw -F txt</c>, one .txt per document): adjacent
/// Chinese characters within a line, whitespace removed (text layers space out 2025 年度), counted over all documents.
/// Every pair is kept: <see cref="CharacterVote"/> looks up any pair (until session 10 only pairs holding a character
/// of <see cref="StrokeLoss"/> were kept, the only ones the stroke context looks up).
/// </summary>
public static class BigramBuilder
{
    /// <summary>Lines "pair TAB count", sorted (ordinal), from every *.txt under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Build(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).ToList();
        if (files.Count == 0) throw new FormatException($"bigrams: no *.txt text files under {root}");
        return Build(files.SelectMany(File.ReadLines));
    }

    public static IReadOnlyList<string> Build(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var text = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
            for (var i = 1; i < text.Length; i++)
            {
                var (a, b) = (text[i - 1], text[i]);
                if (!Han.IsIdeograph(a) || !Han.IsIdeograph(b)) continue;
                var pair = string.Concat(a, b);
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }
        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}\t{c.Value}"))];
    }
}
