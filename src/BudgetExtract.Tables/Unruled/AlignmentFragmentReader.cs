using BudgetExtract.Layout;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Unruled;

/// <summary>Finds tables drawn without (full) rulings from the alignment of words across lines.</summary>
internal static class AlignmentFragmentReader
{
    public static List<(Fragment Fragment, HashSet<int> Words)> Read(
        PageLayout page, IReadOnlyList<PageWord> words, HashSet<int> used, IReadOnlyList<Fragment> ruled, TableOptions options) => [];
}
