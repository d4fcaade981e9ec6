using BudgetExtract.Geometry;

namespace BudgetExtract.Tables.Captions;

/// <summary>A line of text outside any table, with the indexes of its words in the page word list.</summary>
internal sealed record FreeLine(string Text, Box Box, IReadOnlyList<int> WordIndexes, double FontSize)
{
    /// <summary>Every word recognized by OCR.</summary>
    public bool ReadByOcr { get; init; }

    /// <summary>Opens with a footnote marker printed smaller than the text after it (¹ Includes NASA and NSF.).</summary>
    public bool Footnote { get; init; }
}
