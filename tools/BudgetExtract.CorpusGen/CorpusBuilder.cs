using System.Text;
using BudgetExtract.CorpusGen.Render;
using BudgetExtract.CorpusGen.Seeds;

namespace BudgetExtract.CorpusGen;

/// <summary>Renders every seed in every variant and writes the PDFs and their expected tables.</summary>
internal static class CorpusBuilder
{
    public static IEnumerable<string> Build(string corpus)
    {
        var sources = Path.Combine(corpus, "seeds", "src");
        if (!Directory.Exists(sources)) throw new IOException($"{sources}: seed folder not found");
        var expectedDir = Path.Combine(corpus, "expected");
        Directory.CreateDirectory(expectedDir);
        foreach (var file in Directory.GetFiles(sources, "*.txt").Order(StringComparer.Ordinal))
        {
            var seed = SeedParser.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file, Encoding.UTF8));
            foreach (var variant in Enum.GetValues<Variant>())
            {
                var (pdf, expected) = Render(seed, variant);
                var stem = $"{seed.Name}-{variant.Name()}";
                var pdfPath = Path.Combine(corpus, "seeds", stem + ".pdf");
                File.WriteAllBytes(pdfPath, pdf);
                File.WriteAllText(Path.Combine(expectedDir, stem + ".json"), expected, new UTF8Encoding(false));
                yield return pdfPath;
            }
        }
    }

    /// <summary>One seed in one variant: the PDF bytes and the expected JSON text.</summary>
    public static (byte[] Pdf, string ExpectedJson) Render(SeedDocument seed, Variant variant)
    {
        var (pdf, expected) = new DocumentComposer(seed, variant).Compose();
        return (pdf, ExpectedJson.Write(expected));
    }
}
