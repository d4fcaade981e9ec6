using System.Collections.Immutable;
using BudgetExtract.Layout.Furniture;
using BudgetExtract.Layout.Text;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Layout;

/// <summary>Runs the layout stage over a whole document: lines per page, then furniture across pages.</summary>
public sealed class DocumentLayoutAnalyzer(ITextLineBuilder? lineBuilder = null, IFurnitureDetector? furniture = null)
{
    private readonly ITextLineBuilder _lineBuilder = lineBuilder ?? new BaselineBandLineBuilder();
    private readonly IFurnitureDetector _furniture = furniture ?? new RepeatedMarginTextDetector();

    public ImmutableArray<PageLayout> Analyze(IReadOnlyList<PageContent> pages)
    {
        var lined = new (PageContent, ImmutableArray<TextLine>)[pages.Count];
        for (var i = 0; i < pages.Count; i++) lined[i] = (pages[i], _lineBuilder.Build(pages[i]));
        var furniture = _furniture.Detect(lined);
        var result = ImmutableArray.CreateBuilder<PageLayout>(pages.Count);
        for (var p = 0; p < lined.Length; p++)
        {
            var (page, lines) = lined[p];
            var content = ImmutableArray.CreateBuilder<TextLine>();
            var furnitureLines = ImmutableArray.CreateBuilder<TextLine>();
            for (var i = 0; i < lines.Length; i++)
                (furniture[p].Contains(i) ? furnitureLines : content).Add(lines[i]);
            result.Add(new PageLayout(page, content.ToImmutable(), furnitureLines.ToImmutable()));
        }
        return result.MoveToImmutable();
    }
}
