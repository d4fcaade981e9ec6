using BudgetExtract.CorpusGen;
using BudgetExtract.CorpusGen.Render;
using BudgetExtract.CorpusGen.Seeds;
using BudgetExtract.Evaluation.Scoring;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Testing;

namespace BudgetExtract.Evaluation.Tests;

public sealed class CorpusGenerationTests
{
    [Fact]
    public void Regenerating_GivesTheCommittedCorpusByteForByte()
    {
        using var dir = new TempDir();
        var src = Path.Combine(dir.Path, "seeds", "src");
        Directory.CreateDirectory(src);
        foreach (var seed in Directory.GetFiles(RepoPaths.Corpus("seeds", "src"), "*.txt"))
            File.Copy(seed, Path.Combine(src, Path.GetFileName(seed)));

        var written = CorpusBuilder.Build(dir.Path).ToList();

        Assert.Equal(Directory.GetFiles(RepoPaths.Corpus("seeds"), "*.pdf").Length, written.Count);
        foreach (var pdf in written)
        {
            var name = Path.GetFileName(pdf);
            Assert.True(File.ReadAllBytes(RepoPaths.Corpus("seeds", name)).AsSpan().SequenceEqual(File.ReadAllBytes(pdf)), $"{name} differs");
            var json = Path.ChangeExtension(name, ".json");
            Assert.Equal(File.ReadAllText(RepoPaths.Corpus("expected", json)), File.ReadAllText(Path.Combine(dir.Path, "expected", json)));
        }
    }

    [Fact]
    public void WrappedCellLines_JoinBackToTheCellText()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus("seeds", "src"), "*.txt"))
        {
            var seed = SeedParser.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            foreach (var table in seed.Tables)
            {
                var layout = TableLayout.Measure(GenTable.From(table));
                foreach (var (cell, lines) in layout.Lines)
                    Assert.Equal(cell.Text, Join(lines));
            }
        }
    }

    [Fact]
    public void SeedParser_StitchesContinuedTablesAndDropsRepeatedHeaders()
    {
        var seed = SeedParser.Parse("000", File.ReadAllText(RepoPaths.Corpus("seeds", "src", "000_7b0e8fb7a46aa85b.txt")));
        var table3 = Assert.Single(seed.Tables, t => t.Number == "表 3");
        Assert.Equal("支出总表", table3.Title);
        Assert.Equal("万元", table3.Unit);
        Assert.Equal(2, table3.HeaderRows.Count);
        Assert.Equal(20, table3.BodyRows.Count);
        Assert.DoesNotContain(table3.BodyRows, r => r[0] == "预算单位");
        Assert.Equal(["注：本表本年无发生额。"], seed.Tables.Single(t => t.Number == "表 10").Notes);
        var spans = GenTable.From(table3).Cells.Single(c => c.Text == "2023 年政府采购项目");
        Assert.Equal((0, 6, 1, 3), (spans.Row, spans.Col, spans.RowSpan, spans.ColSpan));
        Assert.Contains(GenTable.From(table3).Cells, c => c.Text == "其中：面向中小企业政府采购项目" && c.Row == 1);
    }

    [Fact]
    public async Task RenderedText_ComesBackFromMutoolInsideTheExpectedCellBoxes()
    {
        // One variant per seed, all three variants covered; the rects variant stores landscape pages rotated.
        var variants = new[] { "ruled-lines", "ruled-rects", "unruled" };
        var seeds = Directory.GetFiles(RepoPaths.Corpus("seeds", "src"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        for (var i = 0; i < seeds.Count; i++)
        {
            var variant = variants[i % variants.Length];
            var stem = $"{seeds[i]}-{variant}";
            var content = await new MuPdfEngine().ReadAsync(RepoPaths.Corpus("seeds", stem + ".pdf"));
            var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.Corpus("expected", stem + ".json")));
            var checkedCells = 0;
            foreach (var table in expected.RootElement.GetProperty("tables").EnumerateArray())
            foreach (var cell in table.GetProperty("cells").EnumerateArray())
            {
                var text = TextNormalizer.Normalize(cell.GetProperty("text").GetString());
                if (text.Length == 0) continue;
                var page = content.Pages[cell.GetProperty("page").GetInt32() - 1];
                var b = cell.GetProperty("bbox").EnumerateArray().Select(x => x.GetDouble()).ToArray();
                var inside = string.Concat(page.Glyphs
                    .Where(g => !g.IsWhitespace && g.Box.CenterX > b[0] && g.Box.CenterX < b[2] && g.Box.CenterY > b[1] && g.Box.CenterY < b[3])
                    .Select(g => g.Text));
                Assert.Equal(text, inside);
                checkedCells++;
            }
            Assert.True(checkedCells > 100, $"{stem}: only {checkedCells} cells checked");
            if (variant != "unruled") Assert.Contains(content.Pages, p => p.Rulings.Length + p.FilledRects.Length > 20);
        }
    }

    /// <summary>The contract's joining rule: nothing between CJK characters, one space between Latin words.</summary>
    private static string Join(List<string> lines)
    {
        if (lines.Count == 0) return "";
        var text = lines[0];
        foreach (var line in lines.Skip(1))
            text += SeedText.IsCjk(text[^1]) && SeedText.IsCjk(line[0]) ? line : " " + line;
        return text;
    }
}
