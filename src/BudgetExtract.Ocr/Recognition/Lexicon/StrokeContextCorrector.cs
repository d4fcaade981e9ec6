namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>Applies <see cref="StrokeContext"/> to the words of one reading, character for character, so word boxes stay.</summary>
internal static class StrokeContextCorrector
{
    /// <summary>The words with lost-stroke characters put back, or null when the context leaves them. The context runs
    /// over the reading's text without spaces: a cell read as 年度 日标 still has 度 beside 日.</summary>
    public static IReadOnlyList<OcrWord>? Correct(StrokeContext context, IReadOnlyList<OcrWord> words) =>
        context.Correct(CompactWords.Text(words)) is { } corrected ? CompactWords.WithText(words, corrected) : null;
}
