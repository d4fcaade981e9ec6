namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>
/// A reading's words as one text without spaces, for correctors that work on characters, and back: the corrected text's
/// characters put into the words in order, so word boxes and spaces stay.
/// </summary>
internal static class CompactWords
{
    public static string Text(IReadOnlyList<OcrWord> words) => string.Concat(words.SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)));

    /// <param name="corrected">As long as <see cref="Text"/> of the words.</param>
    public static IReadOnlyList<OcrWord> WithText(IReadOnlyList<OcrWord> words, string corrected)
    {
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
