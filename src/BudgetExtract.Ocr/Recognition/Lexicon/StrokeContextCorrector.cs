namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>Applies <see cref="StrokeContext"/> to the words of one reading, character for character, so word boxes stay.</summary>
internal static class StrokeContextCorrector
{
    /// <summary>The words with lost-stroke characters put back, or null when the context leaves them. The context runs
    /// over the reading's text without spaces: a cell read as 年度 日标 still has 度 beside 日.</summary>
    public static IReadOnlyList<OcrWord>? Correct(StrokeContext context, IReadOnlyList<OcrWord> words)
    {
        var compact = string.Concat(words.SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)));
        if (context.Correct(compact) is not { } corrected) return null;
        var at = 0;
        var result = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            var chars = word.Text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (!char.IsWhiteSpace(chars[i])) chars[i] = corrected[at++];
            result.Add(word with { Text = new string(chars) });
        }
        return result;
    }
}
