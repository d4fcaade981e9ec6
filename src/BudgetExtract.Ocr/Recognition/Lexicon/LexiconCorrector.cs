namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>Applies a lexicon correction to the words of one cell reading, character for character, so word boxes stay.</summary>
internal static class LexiconCorrector
{
    /// <summary>The words with the cell's text replaced by its lexicon term, or null when the lexicon leaves it.
    /// A word without per-character confidences lends its word confidence to each of its characters.</summary>
    /// <param name="pairs">Character-pair counts of real budget text that may overrule Tesseract's confidence (<see cref="OcrLexicon.Correct"/>), or null.</param>
    public static IReadOnlyList<OcrWord>? Correct(OcrLexicon lexicon, IReadOnlyList<OcrWord> words, Func<char, char, int>? pairs = null)
    {
        var text = string.Concat(words.Select(w => w.Text));
        if (text.Any(char.IsWhiteSpace)) return null;
        var confidences = words.SelectMany(w => w.Symbols is { } s && s.Count == w.Text.Length ? s : Enumerable.Repeat(w.Confidence, w.Text.Length)).ToList();
        if (lexicon.Correct(text, confidences, pairs) is not { } correction) return null;
        var corrected = new List<OcrWord>(words.Count);
        var at = 0;
        foreach (var word in words)
        {
            corrected.Add(word with { Text = correction.Term.Substring(at, word.Text.Length) });
            at += word.Text.Length;
        }
        return corrected;
    }
}
